package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.survey.Answers;
import id.kalbarprov.loket.core.survey.Ikm;
import id.kalbarprov.loket.core.survey.IkmGrade;
import id.kalbarprov.loket.core.survey.IkmLine;
import id.kalbarprov.loket.core.survey.Profile;
import id.kalbarprov.loket.core.survey.SurveyDraft;
import id.kalbarprov.loket.core.survey.SurveyImportException;
import id.kalbarprov.loket.core.survey.SurveyResponse;
import id.kalbarprov.loket.core.survey.SurveyService;
import id.kalbarprov.loket.core.survey.SurveySource;
import id.kalbarprov.loket.core.survey.SurveyStorePort;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.validation.ValidationException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Questionnaires on a real database: every write audited with the full row, imports all or none, the index. */
@OnBothBackends
class SurveyStoreTest {

    @Parameter
    Backend backend;

    static final Actor CLERK = new Actor(3, "loket", "Budi Santoso", EnumSet.of(Role.PETUGAS_LOKET));
    static final Actor ANALYST = new Actor(4, "andi", "Andi Pratama", EnumSet.of(Role.ANALIS));
    static final LocalDate TODAY = LetterFixtures.NOW.toLocalDate(); // Monday 23 November 2026

    @TempDir
    Path dir;
    Database db;
    SurveyStore store;
    SurveyService service;
    Map<String, Long> services;

    @BeforeEach
    void open() {
        db = backend.open(dir);
        store = new SurveyStore(db);
        service = new SurveyService(store, LetterFixtures.clock());
        services = store.serviceIds();
    }

    static int[] all(int v) {
        return new int[]{v, v, v, v, v, v, v, v, v};
    }

    SurveyDraft draft(LocalDate on, String code, int[] answers) {
        return new SurveyDraft(on, services.get(code), answers, Profile.NONE, null, SurveySource.KETIK);
    }

    /** The row as stored, in the audit's JSON: what the tamper check compares with. */
    String storedRow(long id) {
        return AuditLog.json(db.jdbi().withHandle(h -> AuditedRow.read(h, "survey_response", id)).orElseThrow());
    }

    @Test
    void aTypedQuestionnaireIsStoredWithItsProfileAndLetterAndAuditedAsTheFullRow() {
        long letter = LetterFixtures.request(db, RequestState.DIPROSES, 7); // 0007/SM/2026, e-mail
        long id = service.enter(new SurveyDraft(TODAY, null, new int[]{4, 3, 3, 4, 2, 3, 4, 1, 3},
                new Profile(Profile.Sex.P, Profile.AgeBand.FROM_35, Profile.Education.D4_S1, Profile.Occupation.PNS),
                " 0007/sm/2026 ", SurveySource.KETIK), CLERK);

        SurveyResponse r = store.find(id).orElseThrow();
        assertThat(r.answers()).isEqualTo(Answers.of(4, 3, 3, 4, 2, 3, 4, 1, 3));
        assertThat(r.serviceId()).as("the service follows the linked request").isEqualTo(services.get("EMAIL"));
        assertThat(r.letterId()).isEqualTo(letter);
        assertThat(r.letterAgenda()).isEqualTo("0007/SM/2026");
        assertThat(r.profile().education()).isEqualTo(Profile.Education.D4_S1);
        assertThat(r.createdBy()).isEqualTo(CLERK.label());
        assertThat(r.version()).isEqualTo(1);

        List<AuditLog.Entry> audit = AuditLog.forEntity(db.jdbi(), "survey_response", id);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).action()).isEqualTo("create");
        assertThat(audit.get(0).after()).isEqualTo(storedRow(id))
                .contains("\"u8\":1", "\"education\":\"D4_S1\"", "\"letter_id\":" + letter, "\"source\":\"KETIK\"");
        assertThat(AuditLog.verify(db.jdbi()).ok()).isTrue();
    }

    @Test
    void aCorrectionAndARemovalAreAuditedWithBeforeAndAfterAndAStaleVersionChangesNothing() {
        long id = service.enter(draft(TODAY, "VICON", all(3)), CLERK);
        String first = storedRow(id);
        service.correct(id, 1, draft(TODAY.minusDays(1), "VICON", all(4)), CLERK);
        SurveyResponse r = store.find(id).orElseThrow();
        assertThat(r.answers()).isEqualTo(Answers.of(all(4)));
        assertThat(r.answeredOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(r.version()).isEqualTo(2);

        assertThatThrownBy(() -> service.correct(id, 1, draft(TODAY, "VICON", all(1)), CLERK))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> service.remove(id, 1, CLERK)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(store.find(id).orElseThrow().answers()).isEqualTo(Answers.of(all(4)));

        String corrected = storedRow(id);
        service.remove(id, 2, CLERK);
        assertThat(store.find(id)).isEmpty();

        List<AuditLog.Entry> audit = AuditLog.forEntity(db.jdbi(), "survey_response", id);
        assertThat(audit).extracting(AuditLog.Entry::action).containsExactly("create", "update", "delete");
        assertThat(audit.get(1).before()).isEqualTo(first);
        assertThat(audit.get(1).after()).isEqualTo(corrected).contains("\"updated_by\":\"" + CLERK.label() + "\"");
        assertThat(audit.get(2).before()).isEqualTo(corrected);
        assertThat(audit.get(2).after()).isNull();
        assertThat(AuditLog.verify(db.jdbi()).ok()).isTrue();
    }

    @Test
    void badEntriesAreRefusedFieldByFieldAndOnlyClerksEnterQuestionnaires() {
        LetterFixtures.request(db, RequestState.DIPROSES, 7); // an e-mail request
        assertThatThrownBy(() -> service.enter(new SurveyDraft(TODAY.plusDays(1), services.get("VICON"),
                new int[]{4, 3, 0, 4, 5, 3, 4, 1, 3}, null, "0007/SM/2026", SurveySource.KETIK), CLERK))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.key())
                        .containsExactlyInAnyOrder("answeredOn survey.validation.future", "u3 survey.validation.answer",
                                "u5 survey.validation.answer", "letter survey.validation.otherService"));
        assertThatThrownBy(() -> service.enter(draft(TODAY, "VICON", all(3)), ANALYST))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count()).isZero();
        assertThat(AuditLog.forEntity(db.jdbi(), "survey_response", 1)).isEmpty();
    }

    int count() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM survey_response").mapTo(Integer.class).one());
    }

    @Test
    void anImportIsAllOrNoneAndNamesEveryBadLine() {
        String bad = """
                tanggal,layanan,u1,u2,u3,u4,u5,u6,u7,u8,u9
                2026-11-02,VICON,3,4,3,4,3,3,4,3,4
                2026-11-03,PERCETAKAN,3,4,3,4,3,3,4,3,4
                2026-11-03,EMAIL,3,4,3,4,3,3,4,3
                2026-11-31,EMAIL,3,4,3,4,3,3,4,3,4
                2026-11-04,hosting,4,4,4,4,4,4,4,4,4
                """;
        assertThatThrownBy(() -> service.importCsv(bad, CLERK))
                .isInstanceOfSatisfying(SurveyImportException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.line()).containsExactly(3, 4, 5));
        assertThat(count()).isZero();

        int n = service.importCsv("""
                tanggal,layanan,u1,u2,u3,u4,u5,u6,u7,u8,u9
                2026-11-02,VICON,3,4,3,4,3,3,4,3,4
                2026-11-04,hosting,4,4,4,4,4,4,4,4,4
                """, CLERK);
        assertThat(n).isEqualTo(2);
        assertThat(count()).isEqualTo(2);
        assertThat(store.sums(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 4)))
                .containsOnlyKeys(services.get("HOSTING"));
        assertThat(AuditLog.verify(db.jdbi()).rows()).isEqualTo(2);
    }

    @Test
    void aRowTheDatabaseRefusesHalfwayLeavesNoneOfTheImportBehind() {
        SurveyStorePort.NewResponse good = new SurveyStorePort.NewResponse(TODAY, services.get("VICON"),
                Answers.of(all(4)), Profile.NONE, null, SurveySource.IMPOR);
        SurveyStorePort.NewResponse noSuchService = new SurveyStorePort.NewResponse(TODAY, 999,
                Answers.of(all(4)), Profile.NONE, null, SurveySource.IMPOR);
        assertThatThrownBy(() -> store.insertAll(List.of(good, good, noSuchService, good), "test",
                LetterFixtures.NOW)).isNotNull();
        assertThat(count()).isZero();
        assertThat(AuditLog.verify(db.jdbi()).rows()).isZero();
    }

    @Test
    void theIndexPerServiceAndInTotalFromStoredAnswersWithThePopulationOfTheDays() {
        // VICON: one all-4 and one all-3 → every NRR 3.5 → IKM 3.5 × 25 = 87.50 (B, 88.31 is A)
        service.enter(draft(LocalDate.of(2026, 11, 2), "VICON", all(4)), CLERK);
        service.enter(draft(LocalDate.of(2026, 11, 20), "VICON", all(3)), CLERK);
        // HOSTING: one questionnaire 4,4,4,4,4,4,4,4,3 → Σ NRR 35 → 35/9 × 25 = 97.22 (A)
        service.enter(draft(LocalDate.of(2026, 11, 3), "HOSTING", new int[]{4, 4, 4, 4, 4, 4, 4, 4, 3}), CLERK);
        // outside the period: 31 October and 1 December are not counted
        service.enter(draft(LocalDate.of(2026, 10, 31), "VICON", all(1)), CLERK);

        LocalDate from = LocalDate.of(2026, 11, 1);
        LocalDate to = LocalDate.of(2026, 11, 30);
        Ikm vicon = service.index(from, to, services.get("VICON"));
        assertThat(vicon.respondents()).isEqualTo(2);
        assertThat(vicon.index()).isEqualByComparingTo("87.50");
        assertThat(vicon.grade()).isEqualTo(IkmGrade.B);
        assertThat(service.index(from, to, services.get("HOSTING")).index()).isEqualByComparingTo("97.22");
        // all three: Σ answers 36 + 27 + 35 = 98 over 3 respondents → 98/3/9 × 25 = 90.74
        Ikm all = service.index(from, to, null);
        assertThat(all.respondents()).isEqualTo(3);
        assertThat(all.index()).isEqualByComparingTo("90.74");
        assertThat(all.grade()).isEqualTo(IkmGrade.A);

        // the population: requests received on the days, the last day to its end
        LetterFixtures.request(db, RequestState.DIPROSES, 1); // received 16 November 09:00, e-mail
        LetterFixtures.request(db, RequestState.DIPROSES, 2);
        Backend.behindTheAppsBack(db, "UPDATE letter SET received_at = '2026-11-30T23:59' WHERE agenda_seq = 2");
        IkmLine line = service.indexLine(from, to, null, "Jumlah");
        assertThat(line.population()).isEqualTo(2);
        assertThat(line.required()).isEqualTo(2);
        assertThat(line.enough()).isTrue();
        assertThat(service.indexLine(from, LocalDate.of(2026, 11, 29), services.get("EMAIL"), "Email").population())
                .isEqualTo(1);
        assertThat(service.indexLine(from, to, services.get("VICON"), "Vicon").population()).isZero();
    }

    @Test
    void todaysListShowsWhatWasEnteredTodayNewestFirst() {
        long a = service.enter(draft(TODAY.minusDays(3), "CLOUD", all(2)), CLERK);
        long b = service.enter(draft(TODAY, "JARINGAN", all(3)), CLERK);
        store.insert(new SurveyStorePort.NewResponse(TODAY, services.get("EMAIL"), Answers.of(all(4)), Profile.NONE,
                null, SurveySource.KIOS), "kios", LocalDateTime.of(2026, 11, 22, 16, 0));
        assertThat(service.enteredToday(10)).extracting(SurveyResponse::id).containsExactly(b, a);
        assertThat(service.enteredToday(1)).extracting(SurveyResponse::id).containsExactly(b);
    }
}
