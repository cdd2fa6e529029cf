package id.kalbarprov.loket.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.backup.BackupSettings;
import id.kalbarprov.loket.core.calendar.HolidayKind;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.letters.Delivery;
import id.kalbarprov.loket.core.letters.LetterKind;
import id.kalbarprov.loket.core.office.OfficeSettingsService;
import id.kalbarprov.loket.core.auth.SecuritySettingsService;
import id.kalbarprov.loket.store.LetterFixtures;
import id.kalbarprov.loket.store.OfficeSettingsStore;
import id.kalbarprov.loket.store.SecuritySettingsStore;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.layout.DeskFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit log speaks the office's language (issue 13): after a desk has registered, reviewed,
 * returned, processed and answered letters and complaints, issued, delivered and cancelled outgoing
 * letters, and its administrator changed operators, holidays, templates and every setting, no row of
 * the audit view shows a code word: no camelCase or snake_case field, no state constant, no
 * "transition", no ISO date, no "#id", and people appear by full name.
 */
class AuditWordsTest {

    @TempDir
    static Path dir;
    static Loket loket;
    static List<AuditViewModel.Row> rows = new ArrayList<>();

    /** Words that are codes in Loket's source, never in an office's Indonesian. */
    static final List<Pattern> CODE = List.of(
            Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b"),             // camelCase: receivedAt
            Pattern.compile("\\b[A-Za-z]+_[A-Za-z_]+\\b"),             // snake_case, SIAP_SURAT, outgoing_letter
            Pattern.compile("\\b(DITERIMA|DIKAJI|DIPROSES|SELESAI|DITOLAK|DIKEMBALIKAN|DIVERIFIKASI|DITERUSKAN"
                    + "|DITINDAKLANJUTI|TERBIT|DIBATALKAN|LANGSUNG|DIKIRIM|JARINGAN|VICON|EMAIL|HOSTING|CLOUD"
                    + "|KEPALA|ANALIS|PELAKSANA|ADMIN|A4|F4)\\b"),
            Pattern.compile("\\btransition\\b|->|\\b(issue|cancel|delivery|reply|register|update|add|remove)\\b"),
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}"),                   // ISO dates and times
            Pattern.compile("#\\d"),                                   // "Operator #5"
            Pattern.compile("\\b[A-Za-z]+\\.[A-Za-z]+\\.[A-Za-z]+\\b"));              // setting keys: letters.signer.name

    @BeforeAll
    static void aDeskAfterAWhile() {
        loket = FxTestSupport.open(dir);
        Actor first = loket.operators().createFirstAdministrator("siti", "Siti Rahmawati", "rahasia-kantor-1");
        Actor admin = new Actor(first.id(), first.username(), first.fullName(), java.util.EnumSet.allOf(Role.class));
        loket.signIn(admin);
        DeskFixture desk = new DeskFixture(loket);
        var budi = loket.operators().create(admin, "budi", "Budi Santoso", Set.of(Role.PELAKSANA), null).operator();
        loket.operators().update(admin, budi.id(), budi.version(), "Budi Santoso", Set.of(Role.PELAKSANA, Role.ANALIS));
        var flow = loket.workflow();
        flow.takeForReview(desk.received, desk.version(desk.received), admin);
        flow.forwardToProcessing(desk.received, desk.version(desk.received), admin, "budi", null);
        // a correction after the review started (Kepala Bidang): every correctable field changed
        var letter = loket.corrections().current(desk.received).orElseThrow();
        var f = letter.fields();
        loket.corrections().correct(desk.received, letter.version(), new id.kalbarprov.loket.core.intake.LetterCorrection(
                f.receivedAt().minusHours(1), f.agencyId() == 5 ? 6L : 5L, f.letterNumber() + "-A", f.letterDate().minusDays(1),
                f.subject() + " (perbaikan)", f.signerRole() == id.kalbarprov.loket.core.intake.SignerRole.KEPALA_PD
                        ? id.kalbarprov.loket.core.intake.SignerRole.KEPALA_UPT
                        : id.kalbarprov.loket.core.intake.SignerRole.KEPALA_PD,
                "Nama Baru", "Narahubung Baru", "0812 0000 1111", "Catatan baru"), "Salah ketik saat registrasi", admin);
        loket.holidays().add(LocalDate.of(2026, 12, 28), HolidayKind.CUTI_BERSAMA, "Cuti bersama Natal", "SKB 3 Menteri",
                admin);
        loket.holidays().remove(LocalDate.of(2026, 12, 28), admin);
        new OfficeSettingsService(new OfficeSettingsStore(loket.database(), () -> { })).save("15.30", "Pontianak", admin);
        new SecuritySettingsService(new SecuritySettingsStore(loket.database())).save("5", "15", "10", admin);
        loket.backups().saveSettings(new BackupSettings(dir.resolve("cadangan"), 10), admin);
        loket.outgoing().saveSettings(admin, LetterFixtures.form(LetterFixtures.SIGNER));
        var template = loket.outgoing().template(ServiceKind.VICON, LetterKind.SELESAI);
        loket.outgoing().saveTemplate(admin, new id.kalbarprov.loket.core.letters.LetterTemplate(
                template.service(), template.kind(), template.subject() + " (diperbarui)", template.body(), template.version()));
        var issued = loket.outgoing().issued(10);
        loket.outgoing().recordDelivery(admin, issued.get(0).id(), Delivery.LANGSUNG, DeskFixture.TODAY, "Andi Pratama");
        loket.outgoing().cancel(admin, issued.get(1).id(), "Salah alamat");
        AuditViewModel vm = new AuditViewModel(loket.audit(), loket.reference(), () -> admin, TaskRunner.direct(),
                e -> { throw new AssertionError(e); }, new I18n(I18n.INDONESIAN));
        vm.load();
        rows.addAll(vm.rows());
        while (vm.hasMore().get()) {
            vm.next();
            rows.addAll(vm.rows());
        }
    }

    @Test
    void noRowShowsACodeWord() {
        List<String> found = new ArrayList<>();
        for (AuditViewModel.Row r : rows) {
            for (String shown : List.of(r.actor(), r.what(), r.action(), r.change())) {
                for (Pattern p : CODE) {
                    Matcher m = p.matcher(shown);
                    if (m.find()) {
                        found.add("'" + m.group() + "' in: " + r.what() + " | " + r.action() + " | " + shown);
                    }
                }
            }
        }
        assertThat(rows).hasSizeGreaterThan(80);
        assertThat(found).isEmpty();
    }

    /** A new operator's entry says when it was made inactive (demo-data's people); other "no"s stay out. */
    @Test
    void aNewInactiveOperatorIsSaidToBeInactive() {
        AuditWords words = new AuditWords(new I18n(I18n.INDONESIAN), null, null);
        String made = "{\"username\":\"budi\",\"fullName\":\"Budi Santoso\",\"roles\":\"PELAKSANA\","
                + "\"active\":%s,\"mustChangePassword\":false,\"lockedUntil\":null}";
        assertThat(words.change(null, made.formatted("false"))).contains("aktif: Tidak").doesNotContain("sandi");
        assertThat(words.change(null, made.formatted("true"))).contains("aktif: Ya");
    }

    @Test
    void peopleAndRecordsAreNamedAsTheOfficeKnowsThem() {
        assertThat(rows).extracting(AuditViewModel.Row::actor).contains("Siti Rahmawati").doesNotContain("siti",
                "Siti Rahmawati (siti)");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.what()).isEqualTo("Operator Budi Santoso");
            assertThat(r.change()).isEqualTo("peran: Pelaksana → Analis, Pelaksana");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.what()).matches("Surat masuk \\d{5,6}/SM/2026");
            assertThat(r.action()).isEqualTo("Status diubah: Dikaji → Diproses");
            assertThat(r.change()).contains("pelaksana: – → Budi Santoso");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.what()).isEqualTo("Pengaturan Kantor");
            assertThat(r.change()).contains("jam tutup loket: ");
        });
        assertThat(rows).anySatisfy(r -> assertThat(r.what()).isEqualTo("Hari libur 28-12-2026"));
        assertThat(rows).anySatisfy(r -> assertThat(r.change()).contains("PD: Bappeda"));
    }
}
