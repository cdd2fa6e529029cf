package id.kalbarprov.loket.ui.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.complaints.ComplaintFields;
import id.kalbarprov.loket.core.complaints.ComplaintFilter;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registration form without a window: time parsing, the request picked from the register, roles. */
class ComplaintFormViewModelTest {

    @TempDir
    Path dir;
    Loket loket;
    FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();
    Actor actor;
    ComplaintFormViewModel vm;

    @BeforeEach
    void setUp() {
        loket = FxTestSupport.open(dir);
        actor = loket.actor();
        vm = new ComplaintFormViewModel(new ComplaintsContext(loket.complaints(), loket.complaintService(),
                loket.reference(), loket.letters(), () -> actor, loket::calendar, loket.clock(), TaskRunner.direct(),
                dialogs, new I18n(I18n.INDONESIAN)));
        vm.reset();
    }

    void fillValid() {
        vm.channel().set(vm.channels().stream().filter(c -> c.code().equals("TELEPON")).findFirst().orElseThrow());
        vm.name().set("Dewi Lestari");
        vm.contact().set("(0561) 812 345");
        vm.text().set("Permohonan hosting belum ada kabar.");
    }

    @Test
    void startsNowAndRefusesAnImpossibleTime() {
        assertThat(vm.receivedDate().get()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(vm.receivedTime().get()).isEqualTo("10.00");
        assertThat(vm.channels()).hasSize(8);
        fillValid();
        vm.receivedTime().set("25.70");
        List<Long> saved = new ArrayList<>();
        vm.save(r -> saved.add(r.id()));
        assertThat(vm.errors()).containsEntry(ComplaintFields.RECEIVED_AT, "Jam tidak valid. Tulis seperti 09.15.");
        assertThat(saved).isEmpty();
        assertThat(loket.complaints().list(ComplaintFilter.ALL)).isEmpty();
    }

    @Test
    void theRequestIsPickedFromTheRegisterAndShownOnItsComplaints() {
        var email = loket.reference().services().stream().filter(s -> s.kind() == ServiceKind.EMAIL).findFirst()
                .orElseThrow();
        long dinkes = loket.reference().agencies().stream().filter(a -> "Dinkes".equals(a.abbreviation()))
                .findFirst().orElseThrow().id();
        var done = (IntakeService.Done) loket.intake().register(new LetterDraft(FxTestSupport.NOW.minusDays(2), dinkes,
                "005/77/Dinkes", LocalDate.of(2026, 11, 19), "Permohonan reset password email", email.id(),
                SignerRole.KEPALA_PD, "dr. Erna", Set.of(), null, null, null),
                new Actor(1, "siti", "Siti", Set.of(Role.PETUGAS_LOKET)), false);
        fillValid();
        vm.kind().set(ComplainantKind.INSTANSI);
        vm.agency().set(vm.agencies().stream().filter(a -> a.id() == dinkes).findFirst().orElseThrow());
        vm.letterSearch().set(done.agendaNumber());
        vm.findLetters();
        assertThat(vm.letterResults()).extracting(r -> r.agendaNumber()).containsExactly(done.agendaNumber());
        vm.letter().set(vm.letterResults().get(0));
        vm.letterSearch().set("tidak-ada-yang-cocok");
        vm.findLetters();
        assertThat(vm.noLetterFound().get()).isTrue();
        List<Long> saved = new ArrayList<>();
        vm.save(r -> saved.add(r.id()));
        assertThat(vm.errors()).isEmpty();
        assertThat(saved).hasSize(1);
        assertThat(loket.complaints().forLetter(done.id())).extracting(r -> r.id()).containsExactly(saved.get(0));
        assertThat(loket.complaints().find(saved.get(0)).orElseThrow().agency()).contains("Kesehatan");
        assertThat(dialogs.shown).contains("info: Tersimpan: Pengaduan 0001/PGD/2026 tercatat.");
    }

    @Test
    void anOperatorWithoutTheRightIsToldAndNothingIsSaved() {
        actor = new Actor(9, "budi", "Budi", Set.of(Role.PELAKSANA));
        fillValid();
        vm.save(r -> { });
        assertThat(dialogs.shown).containsExactly(
                "error: Tidak berhak: Peran Anda tidak mengizinkan langkah ini. Tidak ada yang disimpan.\n"
                        + "Hak yang diperlukan: Mencatat pengaduan. Bila peran Anda baru saja diubah oleh Administrator, menu sudah disesuaikan dengan peran Anda sekarang.");
        assertThat(loket.complaints().list(ComplaintFilter.ALL)).isEmpty();
    }
}
