package id.kalbarprov.loket.ui.intake;

import id.kalbarprov.loket.ui.common.DateText;
import static id.kalbarprov.loket.core.intake.LetterFields.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.LetterStore;
import id.kalbarprov.loket.store.ReferenceStore;
import id.kalbarprov.loket.store.SettingsStore;
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

/** The registration form without a window: on a real database, the same-thread task runner. */
class IntakeViewModelTest {

    @TempDir
    Path dir;
    LetterStore letters;
    ReferenceStore ref;
    IntakeViewModel vm;
    FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();
    List<String> focused = new ArrayList<>();
    int savedCalls;
    Actor actor = new Actor(1, "siti", "Siti Rahmawati", Set.of(Role.PETUGAS_LOKET));

    @BeforeEach
    void setUp() {
        Database db = Database.open(dir.resolve("loket.db"));
        ref = new ReferenceStore(db);
        letters = new LetterStore(db, () -> ref.calendar(new SettingsStore(db)), FxTestSupport.clock());
        IntakeService intake = new IntakeService(letters,
                id -> ref.services().stream().filter(s -> s.id() == id).findFirst(),
                () -> ref.calendar(new SettingsStore(db)), FxTestSupport.clock());
        vm = new IntakeViewModel(intake, () -> actor,
                () -> new IntakeViewModel.Reference(ref.services(), ref.agencies()), letters::nextAgendaNumber,
                TaskRunner.direct(), dialogs, new I18n(I18n.INDONESIAN), FxTestSupport.clock());
        vm.onFocus(focused::add);
        vm.onSaved(() -> savedCalls++);
        vm.load();
    }

    ServiceStandard service(ServiceKind kind) {
        return vm.services().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    void fill(String number) {
        vm.agencyQuery().set("dinkes");
        vm.chooseAgency(vm.agencySuggestions().get(0));
        vm.letterNumber().set(number);
        vm.letterDate().set(LocalDate.of(2026, 11, 20));
        vm.subject().set("Permohonan hosting SIMPUS");
        vm.service().set(service(ServiceKind.HOSTING));
        vm.signerName().set("dr. Erna Yulianti");
        vm.checklist().forEach(c -> c.fulfilled().set(true));
    }

    @Test
    void defaultsToNowAndPreviewsTheAgendaNumber() {
        assertThat(vm.receivedDate().get()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(vm.receivedTime().get()).isEqualTo("10.00");
        assertThat(vm.agendaPreview().get()).isEqualTo("otomatis (berikutnya: 0001/SM/2026)");
        assertThat(vm.dirty()).isFalse();
    }

    @Test
    void agencyTypeAheadMatchesNameAndAbbreviationAndSetsTheSignerRole() {
        vm.agencyQuery().set("dinkes");
        assertThat(vm.agencySuggestions().get(0).abbreviation()).isEqualTo("Dinkes");
        vm.agencyQuery().set("kesehatan");
        assertThat(vm.agencySuggestions()).extracting(Agency::name).contains("Dinas Kesehatan Provinsi Kalimantan Barat");
        Agency upt = vm.agencies().stream().filter(a -> a.parentId() != null).findFirst().orElseThrow();
        vm.agencyQuery().set(upt.name());
        vm.chooseAgency(vm.agencySuggestions().get(0));
        assertThat(vm.agency().get()).isEqualTo(upt);
        assertThat(vm.signerRole().get()).isEqualTo(SignerRole.KEPALA_UPT);
        vm.agencyQuery().set(upt.label() + "x");
        assertThat(vm.agency().get()).as("editing the text drops the choice").isNull();
    }

    @Test
    void theChecklistFollowsTheServiceAndSaysWhetherTheClockStarts() {
        assertThat(vm.checklist()).isEmpty();
        vm.service().set(service(ServiceKind.VICON));
        assertThat(vm.checklist()).extracting(c -> c.requirement().text())
                .containsExactlyElementsOf(service(ServiceKind.VICON).requirements().stream()
                        .map(ServiceStandard.Requirement::text).toList());
        assertThat(vm.checklistHint().get()).contains("Berkas belum lengkap", "belum mulai dihitung");
        vm.checklist().forEach(c -> c.fulfilled().set(true));
        assertThat(vm.complete().get()).isTrue();
        assertThat(vm.checklistHint().get()).isEqualTo("Berkas lengkap: jangka waktu layanan 1 hari kerja mulai dihitung.");
        vm.service().set(service(ServiceKind.HOSTING));
        assertThat(vm.checklist()).extracting(c -> c.requirement().text())
                .containsExactlyElementsOf(service(ServiceKind.HOSTING).requirements().stream()
                        .map(ServiceStandard.Requirement::text).toList());
        assertThat(vm.checklist()).noneMatch(c -> c.fulfilled().get());
        assertThat(vm.checklistHint().get()).startsWith("Berkas belum lengkap");
        vm.checklist().forEach(c -> c.fulfilled().set(true));
        assertThat(vm.checklistHint().get()).contains("3 hari kerja");
    }

    @Test
    void validationMessagesLandOnTheirFieldsInIndonesianAndNothingIsSaved() {
        vm.receivedTime().set("25.99");
        vm.agencyQuery().set("tidak ada instansi begini");
        vm.contactPhone().set("12ab");
        vm.save();
        assertThat(vm.errors()).containsEntry(RECEIVED_AT, "Jam tidak valid. Tulis seperti 09.15.")
                .containsEntry(AGENCY, "Instansi tidak ditemukan. Pilih dari daftar yang muncul saat mengetik.")
                .containsEntry(LETTER_NUMBER, "Wajib diisi.")
                .containsEntry(LETTER_DATE, "Wajib diisi.")
                .containsEntry(SUBJECT, "Wajib diisi.")
                .containsEntry(SERVICE, "Wajib diisi.")
                .containsEntry(SIGNER_NAME, "Wajib diisi.");
        assertThat(vm.errors().get(CONTACT_PHONE)).startsWith("Nomor telepon/WhatsApp tidak valid.");
        assertThat(vm.status().get()).isEqualTo("Belum tersimpan: periksa kolom yang ditandai merah.");
        assertThat(focused).containsExactly(RECEIVED_AT);
        assertThat(letters.count(LetterFilter.ALL).value()).isZero();
        assertThat(savedCalls).isZero();

        vm.receivedTime().set("09.15");
        fill("445/1/Dinkes");
        vm.contactPhone().set("0812 3456 7890");
        vm.letterDate().set(LocalDate.of(2026, 11, 24));
        vm.subject().set("x".repeat(501));
        focused.clear();
        vm.save();
        assertThat(vm.errorsSnapshot()).containsOnlyKeys(LETTER_DATE, SUBJECT);
        assertThat(vm.errors().get(LETTER_DATE)).isEqualTo("Tanggal surat tidak boleh sesudah tanggal diterima.");
        assertThat(vm.errors().get(SUBJECT)).isEqualTo("Terlalu panjang: paling banyak 500 karakter.");
        assertThat(focused).containsExactly(LETTER_DATE);
        assertThat(letters.count(LetterFilter.ALL).value()).isZero();
    }

    @Test
    void savingShowsTheAgendaNumberClearsTheFormAndFocusesTheAgency() {
        fill("445/1/Dinkes");
        vm.notes().set("Diantar langsung");
        vm.save();
        assertThat(vm.status().get()).isEqualTo(
                "Tersimpan: surat masuk nomor agenda 0001/SM/2026. Silakan registrasi surat berikutnya.");
        assertThat(vm.statusIsError().get()).isFalse();
        assertThat(savedCalls).isEqualTo(1);
        assertThat(vm.dirty()).isFalse();
        assertThat(vm.agencyQuery().get()).isEmpty();
        assertThat(vm.checklist()).isEmpty();
        assertThat(focused).containsExactly(AGENCY);
        assertThat(vm.agendaPreview().get()).endsWith("0002/SM/2026)");
        var row = letters.search(LetterFilter.ALL, 0, 5).items().get(0);
        assertThat(row.state()).isEqualTo(RequestState.DITERIMA);
        assertThat(row.receivedAt()).isEqualTo(FxTestSupport.NOW);
        assertThat(letters.detail(row.id()).orElseThrow().createdBy()).isEqualTo(actor.label());
    }

    @Test
    void anIncompleteChecklistIsSavedAsBerkasBelumLengkap() {
        fill("445/1/Dinkes");
        vm.checklist().forEach(c -> c.fulfilled().set(false));
        vm.save();
        assertThat(vm.status().get()).contains("0001/SM/2026", "Berkas belum lengkap", "belum dihitung");
        var row = letters.search(LetterFilter.ALL, 0, 5).items().get(0);
        assertThat(row.state()).isEqualTo(RequestState.BERKAS_BELUM_LENGKAP);
        assertThat(row.clockStart()).isNull();
    }

    @Test
    void aDuplicateAsksNamingTheExistingLetterAndSavesOnlyWhenConfirmed() {
        fill("445/1/Dinkes");
        vm.save();
        fill("445/1/DINKES ");
        dialogs.answer = false;
        focused.clear();
        vm.save();
        assertThat(dialogs.shown).singleElement().asString()
                .startsWith("confirm: Nomor surat sudah pernah diregistrasi")
                .contains("0001/SM/2026", "20 November 2026", "Permohonan hosting SIMPUS")
                .as("the consequence in words, the action named (Batal is the default answer)")
                .contains("tidak dapat dihapus lagi", "[Registrasi sebagai surat baru]");
        assertThat(letters.count(LetterFilter.ALL).value()).isEqualTo(1);
        assertThat(vm.errors().get(LETTER_NUMBER)).isEqualTo("Nomor ini sudah tercatat dengan nomor agenda 0001/SM/2026.");
        assertThat(vm.dirty()).as("the form keeps what was typed").isTrue();
        assertThat(focused).containsExactly(LETTER_NUMBER);

        dialogs.answer = true;
        vm.save();
        assertThat(dialogs.shown).hasSize(2);
        assertThat(letters.count(LetterFilter.ALL).value()).isEqualTo(2);
        assertThat(vm.status().get()).contains("0002/SM/2026");
    }

    @Test
    void onlyFrontDeskMayRegisterAndTheClerkIsToldPlainly() {
        actor = new Actor(2, "agus", "Agus", Set.of(Role.PELAKSANA));
        fill("445/1/Dinkes");
        vm.save();
        assertThat(dialogs.shown).singleElement().asString().startsWith("error: Tidak berwenang");
        assertThat(letters.count(LetterFilter.ALL).value()).isZero();
    }

    @Test
    void cancelAsksOnlyWhenSomethingWasTyped() {
        assertThat(vm.cancel()).isTrue();
        assertThat(dialogs.shown).isEmpty();
        vm.letterNumber().set("445/1");
        dialogs.answer = false;
        assertThat(vm.cancel()).isFalse();
        assertThat(vm.letterNumber().get()).isEqualTo("445/1");
        dialogs.answer = true;
        assertThat(vm.cancel()).isTrue();
        assertThat(vm.letterNumber().get()).isEmpty();
        assertThat(dialogs.shown).hasSize(2);
    }

    @Test
    void readsTimesAndDatesAsClerksTypeThem() {
        assertThat(IntakeViewModel.parseTime("9.15")).hasToString("09:15");
        assertThat(IntakeViewModel.parseTime("09:15")).hasToString("09:15");
        assertThat(IntakeViewModel.parseTime("24.00")).isNull();
        assertThat(IntakeViewModel.parseTime("pagi")).isNull();
        assertThat(DateText.parse("20-11-2026")).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(DateText.parse("2/1/2026")).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(DateText.parse("31-02-2026")).isNull();
        assertThat(DateText.format(LocalDate.of(2026, 1, 2))).isEqualTo("02-01-2026");
    }
}
