package id.kalbarprov.loket.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.intake.LetterCorrection;
import id.kalbarprov.loket.core.intake.LetterCorrectionPort;
import id.kalbarprov.loket.core.intake.LetterCorrectionService;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.report.ClockReplay;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The correction form without a window: prefilled, checked by the core, confirmed in words, refused in words. */
class CorrectionViewModelTest {

    static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 11, 20, 9, 5);
    static final Agency DINKES = new Agency(5, "Dinas Kesehatan Provinsi Kalimantan Barat", "Dinkes", "dinas", null, true);
    static final Agency DISDIK = new Agency(7, "Dinas Pendidikan Provinsi Kalimantan Barat", "Disdik", "dinas", null, true);

    final FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();
    final List<LetterCorrectionPort.Apply> applied = new ArrayList<>();
    RequestState state = RequestState.DITERIMA;
    boolean stale;
    Actor actor = new Actor(1, "rina", "Rina Wijaya", Set.of(Role.PETUGAS_LOKET));
    final List<Long> saved = new ArrayList<>();
    final CorrectionViewModel vm;

    CorrectionViewModelTest() {
        LetterCorrectionPort port = new LetterCorrectionPort() {
            @Override
            public Optional<Current> find(long id) {
                List<ClockReplay.Step> steps = new ArrayList<>(List.of(new ClockReplay.Step(RECEIVED, null, RequestState.DITERIMA)));
                if (state != RequestState.DITERIMA) {
                    steps.add(new ClockReplay.Step(RECEIVED.plusHours(1), RequestState.DITERIMA, state));
                }
                return Optional.of(new Current(id, stale ? 5 : 4, "0042/SM/2026", 2026, 3, state,
                        new LetterCorrection(RECEIVED, 5L, "800/12/Dinkes", LocalDate.of(2026, 11, 18), "Akun emial",
                                SignerRole.KEPALA_PD, "dr. Erna", "Budi", null, null),
                        DINKES.name(), LocalDate.of(2026, 11, 20), 0, steps, "Andi Pratama (andi)",
                        LocalDateTime.of(2026, 11, 23, 9, 30)));
            }

            @Override
            public Optional<String> sameNumber(long agencyId, String letterNumber, long exceptId) {
                return letterNumber.equals("800/7/Dinkes") ? Optional.of("0007/SM/2026") : Optional.empty();
            }

            @Override
            public Optional<String> agencyName(long agencyId) {
                return Optional.of(agencyId == 5 ? DINKES.name() : DISDIK.name());
            }

            @Override
            public void apply(Apply c) {
                applied.add(c);
            }
        };
        LetterCorrectionService service = new LetterCorrectionService(port,
                () -> new WorkingCalendar(List.of(), LocalTime.of(16, 0)), FxTestSupport.clock());
        vm = new CorrectionViewModel(service, () -> actor, () -> List.of(DINKES, DISDIK), TaskRunner.direct(), dialogs,
                new I18n(I18n.INDONESIAN));
        vm.onSaved(saved::add);
    }

    void open() {
        vm.open(9, "Pelayanan Email Kedinasan (1 hari kerja)", () -> { });
    }

    @Test
    void theFormShowsTheLetterAsStored() {
        open();
        assertThat(vm.title().get()).isEqualTo("Koreksi surat 0042/SM/2026");
        assertThat(vm.receivedDate().get()).isEqualTo(RECEIVED.toLocalDate());
        assertThat(vm.receivedTime().get()).isEqualTo("09.05");
        assertThat(vm.agency().get()).isEqualTo(DINKES);
        assertThat(vm.subject().get()).isEqualTo("Akun emial");
        assertThat(vm.contactPhone().get()).isEmpty();
        assertThat(vm.who().get()).isEqualTo("Kajian belum dimulai: Petugas Loket atau Kepala Bidang dapat mengoreksi.");
    }

    @Test
    void aSaveAsksWithEveryChangeBeforeAndAfterAndTheReason() {
        open();
        vm.subject().set("Akun email");
        vm.agency().set(DISDIK);
        vm.receivedTime().set("8.30");
        vm.reason().set("Salah ketik");
        vm.save();
        assertThat(dialogs.shown).containsExactly("confirm: Simpan koreksi surat 0042/SM/2026?: Yang diubah:\n"
                + "Diterima '20-11-2026 09.05' → '20-11-2026 08.30'\n"
                + "Instansi (PD) 'Dinas Kesehatan Provinsi Kalimantan Barat' → 'Dinas Pendidikan Provinsi Kalimantan Barat'\n"
                + "Perihal 'Akun emial' → 'Akun email'\n\nAlasan: Salah ketik\n\n"
                + "Koreksi dicatat di riwayat surat dan log audit. Nomor agenda tetap. [Simpan koreksi]");
        assertThat(applied).hasSize(1);
        assertThat(saved).containsExactly(9L);
        assertThat(vm.status().get()).isEqualTo("Koreksi disimpan.");
    }

    @Test
    void problemsAreShownOnTheirFieldsBeforeAnyQuestion() {
        open();
        vm.receivedTime().set("25.00");
        vm.save();
        assertThat(vm.errors()).containsEntry("receivedAt", "Jam tidak valid. Tulis seperti 09.15.");
        vm.receivedTime().set("09.05");
        vm.save();
        assertThat(vm.errors()).containsEntry("reason", "Wajib diisi.");
        assertThat(vm.status().get()).isEqualTo("Tidak ada yang diubah. Ubah isian yang salah, atau tekan Esc untuk kembali.");
        assertThat(dialogs.shown).isEmpty();
        assertThat(applied).isEmpty();
    }

    @Test
    void aClerkAfterTheReviewStartedIsToldWhy() {
        state = RequestState.DIKAJI;
        open();
        assertThat(vm.who().get()).isEqualTo("Kajian sudah dimulai: koreksi hanya oleh Kepala Bidang.");
        vm.subject().set("Akun email");
        vm.reason().set("Salah ketik");
        vm.save();
        assertThat(dialogs.shown).singleElement().asString().startsWith("error: Tidak berwenang mengoreksi: Koreksi "
                + "setelah kajian dimulai hanya oleh Kepala Bidang.\nHak yang diperlukan: Mengoreksi surat masuk sesudah "
                + "kajian dimulai (Kepala Bidang).");
        assertThat(vm.status().get()).isEqualTo("Koreksi setelah kajian dimulai hanya oleh Kepala Bidang.");
        assertThat(applied).isEmpty();
    }

    @Test
    void aLetterChangedMeanwhileIsNamedWithWhoAndWhenAndShownAgain() {
        open();
        stale = true; // another desk saved a change after the form was filled
        vm.subject().set("Akun email");
        vm.reason().set("Salah ketik");
        vm.save();
        assertThat(dialogs.shown).containsExactly("error: Surat baru saja diubah: Surat ini baru saja diubah oleh "
                + "Andi Pratama (23-11-2026 09.30). Koreksi belum disimpan; periksa surat yang ditampilkan sekarang, "
                + "lalu koreksi lagi bila perlu.");
        assertThat(applied).isEmpty();
        assertThat(saved).containsExactly(9L);
    }

    @Test
    void onlyAnOperatorWithACorrectionRightSeesTheAction() {
        assertThat(vm.mayCorrect()).isTrue();
        actor = new Actor(2, "andi", "Andi Pratama", Set.of(Role.ANALIS));
        assertThat(vm.mayCorrect()).isFalse();
        actor = new Actor(3, "kartika", "Kartika Sari", Set.of(Role.KEPALA_BIDANG));
        assertThat(vm.mayCorrect()).isTrue();
    }

    @Test
    void aNumberAnotherLetterOfTheAgencyHasIsPointedOutInTheQuestion() {
        open();
        vm.letterNumber().set("800/7/Dinkes");
        vm.reason().set("Nomor salah ketik");
        vm.save();
        assertThat(dialogs.shown).singleElement().asString().contains("Nomor surat '800/12/Dinkes' → '800/7/Dinkes'")
                .contains("Perhatian: surat 0007/SM/2026 dari PD yang sama juga bernomor ini.");
    }
}
