package id.kalbarprov.loket.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.validation.ValidationException;
import id.kalbarprov.loket.core.validation.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SurveyServiceTest {

    static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 11, 23, 10, 0).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    static final Actor DESK = new Actor(3, "rina", "Rina", Set.of(Role.PETUGAS_LOKET));
    static final Actor ANALYST = new Actor(4, "andi", "Andi", Set.of(Role.ANALIS));
    static final int[] GOOD = {3, 4, 3, 4, 3, 3, 4, 3, 4};

    /** A store in memory: enough to see what the service hands it. */
    static final class Fake implements SurveyStorePort {
        final List<NewResponse> stored = new ArrayList<>();
        final Map<String, LetterRef> letters = new HashMap<>();
        int batches;

        @Override
        public long insert(NewResponse r, String actor, LocalDateTime at) {
            stored.add(r);
            return stored.size();
        }

        @Override
        public void update(long id, int expectedVersion, NewResponse r, String actor, LocalDateTime at) {
            stored.set((int) id - 1, r);
        }

        @Override
        public void delete(long id, int expectedVersion, String actor, LocalDateTime at) {
            stored.set((int) id - 1, null);
        }

        @Override
        public int insertAll(List<NewResponse> rows, String actor, LocalDateTime at) {
            batches++;
            stored.addAll(rows);
            return rows.size();
        }

        @Override
        public Optional<SurveyResponse> find(long id) {
            NewResponse r = stored.get((int) id - 1);
            return Optional.of(new SurveyResponse(id, r.answeredOn(), r.serviceId(), r.answers(), r.profile(),
                    r.letterId(), null, r.source(), "x", LocalDateTime.now(CLOCK), 1));
        }

        @Override
        public Optional<LetterRef> letterByAgenda(String agendaNumber) {
            return Optional.ofNullable(letters.get(agendaNumber));
        }

        @Override
        public Map<String, Long> serviceIds() {
            return SurveyCsvTest.SERVICES;
        }

        @Override
        public List<SurveyResponse> enteredOn(LocalDate day, int limit) {
            return List.of();
        }

        @Override
        public int requestsReceived(LocalDate from, LocalDate to, Long serviceId) {
            return serviceId == null ? 1200 : 90;
        }

        @Override
        public Map<Long, Ikm> sums(LocalDate from, LocalDate to) {
            return Map.of(2L, new Ikm(1, new long[]{4, 4, 4, 4, 4, 4, 4, 4, 4}),
                    4L, new Ikm(1, new long[]{2, 2, 2, 2, 2, 2, 2, 2, 2}));
        }
    }

    private static SurveyDraft draft(LocalDate on, Long service, int[] answers, String agenda) {
        return new SurveyDraft(on, service, answers, Profile.NONE, agenda, SurveySource.KETIK);
    }

    @Test
    void aCompleteQuestionnaireIsStored() {
        Fake store = new Fake();
        SurveyService s = new SurveyService(store, CLOCK);
        s.enter(new SurveyDraft(LocalDate.of(2026, 11, 20), 2L, GOOD,
                new Profile(Profile.Sex.P, Profile.AgeBand.FROM_35, null, Profile.Occupation.PNS), null,
                SurveySource.KETIK), DESK);
        assertThat(store.stored).singleElement().satisfies(r -> {
            assertThat(r.serviceId()).isEqualTo(2L);
            assertThat(r.answers()).isEqualTo(Answers.of(GOOD));
            assertThat(r.profile().sex()).isEqualTo(Profile.Sex.P);
            assertThat(r.letterId()).isNull();
        });
    }

    @Test
    void everyMissingAnswerIsNamedAndNothingIsStored() {
        Fake store = new Fake();
        SurveyService s = new SurveyService(store, CLOCK);
        int[] partial = {3, 0, 3, 4, 3, 3, 4, 3, 0};
        assertThatThrownBy(() -> s.enter(draft(LocalDate.of(2026, 11, 24), null, partial, null), DESK))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("answeredOn", "u2", "u9", "service"));
        assertThat(store.stored).isEmpty();
    }

    @Test
    void theRequestIsFoundByItsAgendaNumberAndGivesTheService() {
        Fake store = new Fake();
        store.letters.put("0042/SM/2026", new SurveyStorePort.LetterRef(42, "0042/SM/2026", 4));
        SurveyService s = new SurveyService(store, CLOCK);
        s.enter(draft(LocalDate.of(2026, 11, 23), null, GOOD, " 0042/SM/2026 "), DESK);
        assertThat(store.stored.get(0).letterId()).isEqualTo(42L);
        assertThat(store.stored.get(0).serviceId()).isEqualTo(4L);
        assertThatThrownBy(() -> s.enter(draft(LocalDate.of(2026, 11, 23), 2L, GOOD, "0042/SM/2026"), DESK))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::key).containsExactly(SurveyService.OTHER_SERVICE));
        assertThatThrownBy(() -> s.enter(draft(LocalDate.of(2026, 11, 23), 2L, GOOD, "9999/SM/2026"), DESK))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::key).containsExactly(SurveyService.UNKNOWN_LETTER));
    }

    @Test
    void onlyTheDeskMayEnterQuestionnaires() {
        SurveyService s = new SurveyService(new Fake(), CLOCK);
        assertThatThrownBy(() -> s.enter(draft(LocalDate.of(2026, 11, 23), 2L, GOOD, null), ANALYST))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> s.importCsv("", ANALYST)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anImportWithOneBadLineStoresNothing() {
        Fake store = new Fake();
        SurveyService s = new SurveyService(store, CLOCK);
        String file = "tanggal,layanan,u1,u2,u3,u4,u5,u6,u7,u8,u9\n2026-11-02,VICON,3,4,3,4,3,3,4,3,4\n"
                + "2026-11-02,VICON,3,4,3,4,3,3,4,3,9\n";
        assertThatThrownBy(() -> s.importCsv(file, DESK)).isInstanceOfSatisfying(SurveyImportException.class,
                e -> assertThat(e.problems()).extracting(SurveyCsv.Problem::line).containsExactly(3));
        assertThat(store.batches).isZero();
        assertThat(s.importCsv(file.substring(0, file.lastIndexOf("2026-11-02")), DESK)).isEqualTo(1);
        assertThat(store.batches).isEqualTo(1);
        assertThat(store.stored.get(0).source()).isEqualTo(SurveySource.IMPOR);
    }

    @Test
    void theIndexOfOneServiceOrOfAll() {
        SurveyService s = new SurveyService(new Fake(), CLOCK);
        LocalDate d = LocalDate.of(2026, 11, 1);
        assertThat(s.index(d, d, 2L).index()).isEqualByComparingTo("100.00");
        assertThat(s.index(d, d, 4L).index()).isEqualByComparingTo("50.00");
        assertThat(s.index(d, d, null).index()).isEqualByComparingTo("75.00");
        assertThat(s.index(d, d, 1L).hasRespondents()).isFalse();
        IkmLine all = s.indexLine(d, d, null, "Semua");
        assertThat(all.population()).isEqualTo(1200);
        assertThat(all.required()).isEqualTo(291); // Krejcie–Morgan row 1200
        assertThat(all.enough()).isFalse();
        assertThat(all.missing()).isEqualTo(289);
    }

    @Test
    void aCorrectionKeepsWhereTheQuestionnaireCameFrom() {
        Fake store = new Fake();
        SurveyService s = new SurveyService(store, CLOCK);
        store.stored.add(new SurveyStorePort.NewResponse(LocalDate.of(2026, 11, 1), 2L, Answers.of(GOOD),
                Profile.NONE, null, SurveySource.KIOS));
        s.correct(1, 1, draft(LocalDate.of(2026, 11, 1), 2L, new int[]{1, 1, 1, 1, 1, 1, 1, 1, 1}, null), DESK);
        assertThat(store.stored.get(0).source()).isEqualTo(SurveySource.KIOS);
        assertThat(store.stored.get(0).answers()).isEqualTo(Answers.of(1, 1, 1, 1, 1, 1, 1, 1, 1));
    }
}
