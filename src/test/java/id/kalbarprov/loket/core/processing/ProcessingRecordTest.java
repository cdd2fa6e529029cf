package id.kalbarprov.loket.core.processing;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.nip.Nip;
import id.kalbarprov.loket.core.validation.Violation;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ProcessingRecordTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @ValueSource(strings = {"dinkes.kalbarprov.go.id", "sipd-2.bappeda.kalbarprov.go.id", "Kalbarprov.GO.ID",
        "ppid.kalbarprov.go.id."})
    void validHostNames(String host) {
        assertThat(Addresses.isHostName(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dinkes", "dinkes..kalbarprov.go.id", "-dinkes.kalbarprov.go.id", "dinkes-.kalbarprov.go.id",
        "din kes.kalbarprov.go.id", "https://dinkes.kalbarprov.go.id", "dinkes_kalbar.go.id", "dinkes.kalbarprov.go.1d",
        "10.0.0.1", ""})
    void invalidHostNames(String host) {
        assertThat(Addresses.isHostName(host)).isFalse();
        assertThat(new HostingRecord(host, HostingRecord.Type.WEBSITE, "5 GB", "srv-web-01").validate(TODAY))
                .extracting(Violation::field).contains(HostingRecord.HOST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vicon3@kalbarprov.go.id", "sekretariat.dinkes@kalbarprov.go.id", "umum+ppid@diskominfo.kalbarprov.go.id"})
    void validMailboxes(String m) {
        assertThat(Addresses.isMailbox(m)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vicon3", "@kalbarprov.go.id", "a@@kalbarprov.go.id", "a@b@kalbarprov.go.id", ".a@kalbarprov.go.id",
        "a..b@kalbarprov.go.id", "a@kalbarprov", "a b@kalbarprov.go.id", "a@kalbarprov.go.id."})
    void invalidMailboxes(String m) {
        assertThat(Addresses.isMailbox(m)).isFalse();
    }

    @Test
    void viconSummaryReadsLikeTheLetter() {
        var r = new VideoConferenceRecord(true, "vicon3@kalbarprov.go.id", LocalDateTime.of(2026, 11, 30, 9, 0));
        assertThat(r.validate(TODAY)).isEmpty();
        assertThat(r.summary()).isEqualTo("Akun Zoom vicon3@kalbarprov.go.id telah diaktifkan untuk kegiatan pada "
                + "Senin, 30 November 2026 pukul 09.00 WIB.");
        assertThat(r.details()).containsEntry("eventAt", "2026-11-30T09:00").containsEntry("accountActivated", true);
    }

    @Test
    void viconNeedsActivationAValidAccountAndATime() {
        assertThat(new VideoConferenceRecord(false, "vicon3", null).validate(TODAY))
                .extracting(Violation::field, Violation::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(VideoConferenceRecord.ACTIVATED, "validation.mustConfirm"),
                        org.assertj.core.groups.Tuple.tuple(VideoConferenceRecord.ACCOUNT, "validation.mailbox"),
                        org.assertj.core.groups.Tuple.tuple(VideoConferenceRecord.EVENT_AT, "validation.required"));
    }

    @Test
    void hostingNormalizesTheHostName() {
        var r = new HostingRecord(" Dinkes.Kalbarprov.go.id ", HostingRecord.Type.WEBSITE, "5 GB", "srv-web-01");
        assertThat(r.validate(TODAY)).isEmpty();
        assertThat(r.summary()).isEqualTo(
                "Hosting website untuk dinkes.kalbarprov.go.id telah diaktifkan di server srv-web-01 dengan kuota 5 GB.");
    }

    @Test
    void emailMailboxesAreEachValidated() {
        var bad = new EmailRecord(EmailRecord.Action.TAMBAH, "umum@dinkes.kalbarprov.go.id, keuangan@dinkes", null, null);
        assertThat(bad.validate(TODAY)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo(EmailRecord.MAILBOXES);
            assertThat(v.key()).isEqualTo("validation.mailboxIn");
            assertThat(v.args()).containsExactly("keuangan@dinkes");
        });
        var ok = new EmailRecord(EmailRecord.Action.TAMBAH, "umum@dinkes.kalbarprov.go.id\nkeuangan@dinkes.kalbarprov.go.id",
                null, null);
        assertThat(ok.validate(TODAY)).isEmpty();
        assertThat(ok.summary()).isEqualTo("Akun-akun email kedinasan umum@dinkes.kalbarprov.go.id, "
                + "keuangan@dinkes.kalbarprov.go.id telah dibuat.");
    }

    @Test
    void aResetRecordsHowTheNewPasswordWasHandedOverButNeverAPassword() {
        var missing = new EmailRecord(EmailRecord.Action.RESET, "ppid@kalbarprov.go.id", null, " ");
        assertThat(missing.validate(TODAY)).extracting(Violation::field).containsExactly(EmailRecord.HANDOVER);
        var r = new EmailRecord(EmailRecord.Action.RESET, "ppid@kalbarprov.go.id", null,
                "langsung kepada pemohon dalam amplop tertutup");
        assertThat(r.validate(TODAY)).isEmpty();
        assertThat(r.summary()).isEqualTo("Kata sandi email kedinasan ppid@kalbarprov.go.id telah direset; "
                + "kata sandi baru disampaikan langsung kepada pemohon dalam amplop tertutup.");
        assertThat(r.details().keySet()).noneMatch(k -> k.toLowerCase(Locale.ROOT).contains("password"));
    }

    @Test
    void noProcessingRecordHasAPasswordField() {
        for (Class<?> c : ProcessingRecord.class.getPermittedSubclasses()) {
            assertThat(Arrays.stream(c.getRecordComponents()).map(RecordComponent::getName))
                    .as(c.getSimpleName()).noneMatch(n -> n.toLowerCase(Locale.ROOT).matches(".*(password|sandi|pass).*"));
        }
        assertThat(ProcessingRecord.class.getPermittedSubclasses()).hasSize(5);
    }

    @Test
    void cloudAdminNipIsChecked() {
        var ok = new CloudRecord("dinkes", "100 GB", "Dewi Lestari", "19850412 201001 2 003", false, "Pranata Komputer");
        assertThat(ok.validate(TODAY)).isEmpty();
        assertThat(ok.details()).containsEntry("adminNip", "198504122010012003");
        assertThat(ok.summary()).isEqualTo("Akun data cloud dinkes dengan kuota 100 GB telah diaktifkan dengan admin "
                + "pengelola Dewi Lestari (NIP 19850412 201001 2 003), Pranata Komputer.");
        var implausible = new CloudRecord("dinkes", "100 GB", "Dewi", "198513122010012003", false, "Staf");
        assertThat(implausible.validate(TODAY)).singleElement()
                .satisfies(v -> assertThat(v.key()).isEqualTo(Nip.INVALID_BIRTH));
        var shortNip = new CloudRecord("dinkes", "100 GB", "Dewi", "19850412", false, "Staf");
        assertThat(shortNip.validate(TODAY)).singleElement()
                .satisfies(v -> assertThat(v.key()).isEqualTo(Nip.INVALID_FORMAT));
    }

    @Test
    void aPppkNumberSkipsThePlausibilityCheckButNotTheLength() {
        var pppk = new CloudRecord("dinkes", "100 GB", "Dewi", "198513122010012003", true, "PPPK Pranata Komputer");
        assertThat(pppk.validate(TODAY)).isEmpty();
        assertThat(pppk.summary()).contains("(NI PPPK 19851312 201001 2 003)");
        var tooShort = new CloudRecord("dinkes", "100 GB", "Dewi", "1985131220100120", true, "Staf");
        assertThat(tooShort.validate(TODAY)).singleElement()
                .satisfies(v -> assertThat(v.key()).isEqualTo(Nip.INVALID_FORMAT));
    }

    @Test
    void networkNeedsEveryField() {
        assertThat(new NetworkRecord(" ", null, "").validate(TODAY)).extracting(Violation::field)
                .containsExactly(NetworkRecord.LOCATION, NetworkRecord.WORK, NetworkRecord.BANDWIDTH);
        assertThat(new NetworkRecord("Ruang rapat lantai 2", NetworkRecord.Work.PENAMBAHAN_AKSES, "50 Mbps").summary())
                .isEqualTo("Penambahan titik akses di Ruang rapat lantai 2 telah dilaksanakan dengan bandwidth 50 Mbps.");
    }
}
