package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.calendar.DueStatus;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.register.LetterDetail;
import id.kalbarprov.loket.core.request.RequestState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@OnBothBackends
class LetterDetailStoreTest {

    @Parameter
    Backend backend;

    static final Actor CLERK = new Actor(1, "siti", "Siti Rahmawati", Set.of(Role.PETUGAS_LOKET));

    @TempDir
    Path dir;
    Database db;
    LetterStore letters;
    IntakeService intake;
    ServiceStandard hosting;
    long dinkes;

    @BeforeEach
    void open() {
        db = backend.open(dir);
        ReferenceStore ref = new ReferenceStore(db);
        Clock clock = Clock.fixed(LocalDateTime.of(2026, 11, 23, 10, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        letters = new LetterStore(db, () -> ref.calendar(new SettingsStore(db)), clock);
        intake = new IntakeService(letters, id -> ref.services().stream().filter(s -> s.id() == id).findFirst(),
                () -> ref.calendar(new SettingsStore(db)), clock);
        hosting = ref.services().stream().filter(s -> s.kind() == ServiceKind.HOSTING).findFirst().orElseThrow();
        dinkes = ref.agencies().stream().filter(a -> "Dinkes".equals(a.abbreviation())).findFirst().orElseThrow().id();
    }

    LetterDraft draft(String number, Set<Long> done) {
        return new LetterDraft(LocalDateTime.of(2026, 11, 23, 9, 30), dinkes, number, LocalDate.of(2026, 11, 20),
                "Permohonan hosting aplikasi SIMPUS", hosting.id(), SignerRole.KEPALA_UPT, "dr. Erna Yulianti",
                done, "Budi", "0812 3456 7890", "Diantar langsung");
    }

    /** Rows naming a bare username (demo-data's) read as that operator's full name (issue 13 item 7). */
    @Test
    void aBareUsernameInTheRowsReadsAsTheOperatorsFullName() {
        DemoData.write(db, 40, 3, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 20));
        DemoOperators.write(db, LocalDateTime.of(2026, 11, 23, 10, 0));
        long id = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT min(id) FROM letter WHERE updated_by = 'yuliana' OR updated_by = 'andi' OR updated_by = 'siti'")
                .mapTo(Long.class).one());
        LetterDetail d = letters.detail(id).orElseThrow();
        assertThat(d.createdBy()).isEqualTo("Petugas Contoh");
        assertThat(d.history()).hasSizeGreaterThan(1)
                .allSatisfy(h -> assertThat(h.actor()).isEqualTo("Petugas Contoh"));
        var request = new RequestStore(db, () -> new ReferenceStore(db).calendar(new SettingsStore(db)))
                .detail(id, LocalDate.of(2026, 11, 23)).orElseThrow();
        assertThat(request.updatedBy()).isIn("Yuliana Lestari", "Andi Pratama", "Siti Rahmawati");
        assertThat(request.history()).allSatisfy(h -> assertThat(h.actor()).isEqualTo("Petugas Contoh"));
    }

    @Test
    void detailHoldsEveryFieldTheChecklistAndTheHistory() {
        var done = (IntakeService.Done) intake.register(draft("445/77/Dinkes", Set.of()), CLERK, false);

        LetterDetail d = letters.detail(done.id()).orElseThrow();
        assertThat(d.row().agendaNumber()).isEqualTo(done.agendaNumber());
        assertThat(d.row().state()).isEqualTo(RequestState.BERKAS_BELUM_LENGKAP);
        assertThat(d.agencyName()).isEqualTo("Dinas Kesehatan Provinsi Kalimantan Barat");
        assertThat(d.signerRole()).isEqualTo(SignerRole.KEPALA_UPT);
        assertThat(d.signerName()).isEqualTo("dr. Erna Yulianti");
        assertThat(d.contactPhone()).isEqualTo("0812 3456 7890");
        assertThat(d.notes()).isEqualTo("Diantar langsung");
        assertThat(d.createdBy()).isEqualTo(CLERK.label());
        assertThat(d.complete()).isFalse();
        assertThat(d.due()).isNull();
        assertThat(d.checklist()).extracting(LetterDetail.ChecklistItem::text)
                .containsExactlyElementsOf(hosting.requirements().stream().map(ServiceStandard.Requirement::text).toList());
        assertThat(d.checklist()).noneMatch(LetterDetail.ChecklistItem::fulfilled);
        assertThat(d.history()).singleElement().satisfies(h -> {
            assertThat(h.from()).isNull();
            assertThat(h.to()).isEqualTo(RequestState.BERKAS_BELUM_LENGKAP);
            assertThat(h.actor()).isEqualTo(CLERK.label());
            assertThat(h.note()).contains("belum lengkap");
        });
    }

    @Test
    void aCompleteLetterHasItsDueDateAndStatus() {
        Set<Long> all = Set.copyOf(hosting.requirements().stream().map(ServiceStandard.Requirement::id).toList());
        var done = (IntakeService.Done) intake.register(draft("445/78/Dinkes", all), CLERK, false);
        LetterDetail d = letters.detail(done.id()).orElseThrow();
        assertThat(d.complete()).isTrue();
        assertThat(d.checklist()).allMatch(LetterDetail.ChecklistItem::fulfilled);
        // Hosting: 3 working days from Monday 23 November 2026 -> Thursday 26 November.
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(d.dueStatus()).isEqualTo(DueStatus.ON_TRACK);
        assertThat(letters.detail(done.id() + 1000)).isEmpty();
    }

    @Test
    void previewsTheNextAgendaNumberWithoutTakingIt() {
        LocalDateTime at = LocalDateTime.of(2026, 11, 23, 9, 30);
        assertThat(letters.nextAgendaNumber(at)).isEqualTo("0001/SM/2026");
        intake.register(draft("445/79/Dinkes", Set.of()), CLERK, false);
        assertThat(letters.nextAgendaNumber(at)).isEqualTo("0002/SM/2026");
        assertThat(letters.nextAgendaNumber(at)).isEqualTo("0002/SM/2026");
    }
}
