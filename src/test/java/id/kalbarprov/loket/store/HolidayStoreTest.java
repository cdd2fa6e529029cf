package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.calendar.Holiday;
import id.kalbarprov.loket.core.calendar.HolidayCsv;
import id.kalbarprov.loket.core.calendar.HolidayImportException;
import id.kalbarprov.loket.core.calendar.HolidayKind;
import id.kalbarprov.loket.core.calendar.HolidayService;
import id.kalbarprov.loket.core.office.OfficeSettingsService;
import id.kalbarprov.loket.core.validation.ValidationException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@OnBothBackends
class HolidayStoreTest {

    @Parameter
    Backend backend;

    static final Actor ADMIN = new Actor(1, "admin", "Admin Kominfo", Set.of(Role.ADMIN));
    static final Actor CLERK = new Actor(2, "siti", "Siti Rahmawati", Set.of(Role.PETUGAS_LOKET));

    @TempDir
    Path dir;
    Database db;
    HolidayService service;

    @BeforeEach
    void open() {
        db = backend.open(dir);
        service = new HolidayService(new HolidayStore(db));
    }

    int auditRows() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log WHERE entity = 'holiday'")
                .mapTo(Integer.class).one());
    }

    @Test
    void addAndRemoveAreAuditedAndChangeTheCalendar() {
        assertThat(service.years()).containsExactly(2024, 2025, 2026, 2027);
        LocalDate day = LocalDate.of(2026, 12, 31);
        service.add(day, HolidayKind.CUTI_BERSAMA, " Cuti bersama akhir tahun ", "Keppres 9/2026", ADMIN);
        assertThat(service.inYear(2026)).contains(new Holiday(day, "cuti_bersama", "Cuti bersama akhir tahun",
                "Keppres 9/2026"));
        assertThat(new ReferenceStore(db).calendar(new SettingsStore(db)).isWorkingDay(day)).isFalse();
        assertThat(AuditLog.forEntity(db.jdbi(), "holiday", "2026-12-31")).singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("add");
                    assertThat(e.actor()).isEqualTo("Admin Kominfo (admin)");
                    assertThat(e.after()).contains("Cuti bersama akhir tahun");
                });

        assertThat(service.remove(day, ADMIN)).isTrue();
        assertThat(service.remove(day, ADMIN)).isFalse();
        assertThat(new ReferenceStore(db).calendar(new SettingsStore(db)).isWorkingDay(day)).isTrue();
        assertThat(AuditLog.forEntity(db.jdbi(), "holiday", "2026-12-31")).extracting(AuditLog.Entry::action)
                .containsExactly("add", "remove");
        assertThat(AuditLog.verify(db.jdbi()).ok()).isTrue();
    }

    @Test
    void addingAnExistingDateOrWithoutNameIsRefused() {
        assertThatThrownBy(() -> service.add(LocalDate.of(2026, 12, 25), HolidayKind.LIBUR, "Natal", null, ADMIN))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).key())
                        .isEqualTo("validation.holiday.exists"));
        assertThatThrownBy(() -> service.add(LocalDate.of(2026, 12, 30), HolidayKind.LIBUR, " ", null, ADMIN))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).field())
                        .isEqualTo(HolidayService.NAME));
        assertThat(auditRows()).isZero();
    }

    /** Regression (robustness test): 1-1-12027 was saved, then no year of the table showed it, so it stayed for good. */
    @Test
    void aDayOutsideTheYearsTheTableShowsIsRefused() {
        for (LocalDate typo : new LocalDate[] {LocalDate.of(12027, 1, 1), LocalDate.of(207, 1, 1),
                LocalDate.of(1, 1, 1), LocalDate.of(2101, 1, 1), LocalDate.of(1989, 12, 31)}) {
            assertThatThrownBy(() -> service.add(typo, HolidayKind.LIBUR, "Salah ketik", null, ADMIN))
                    .as(typo.toString())
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .singleElement().satisfies(v -> {
                                assertThat(v.field()).isEqualTo(HolidayService.DATE);
                                assertThat(v.key()).isEqualTo(HolidayService.YEAR_RANGE);
                                assertThat(v.args()).containsExactly("1990", "2100");
                            }));
        }
        assertThat(auditRows()).isZero();
        service.add(LocalDate.of(2100, 12, 31), HolidayKind.LIBUR, "Batas akhir", null, ADMIN);
        assertThat(service.inYear(2100)).extracting(Holiday::name).containsExactly("Batas akhir");
    }

    @Test
    void wrongRoleChangesNothing() {
        LocalDate christmas = LocalDate.of(2026, 12, 25);
        assertThatThrownBy(() -> service.add(LocalDate.of(2026, 12, 31), HolidayKind.LIBUR, "X", null, CLERK))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.remove(christmas, CLERK)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.importCsv("date,kind,name,basis\n2028-01-01,libur,Tahun Baru,\n", "x.csv",
                CLERK)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.inYear(2026)).extracting(Holiday::date).contains(christmas);
        assertThat(service.years()).doesNotContain(2028);
        assertThat(auditRows()).isZero();
    }

    @Test
    void aGoodFileIsImportedInOneGoWithAnAuditRowPerDay() {
        String csv = "date,kind,name,basis\n"
                + "2028-01-01,libur,Tahun Baru 2028 Masehi,SKB 2026\n"
                + "2028-03-22,libur,Hari Raya Idulfitri 1449 H,SKB 2026\n"
                + "2028-03-23,cuti_bersama,Cuti bersama Idulfitri,SKB 2026\n";
        HolidayService.Imported result = service.importCsv(csv, "libur2028.csv", ADMIN);
        assertThat(result.count()).isEqualTo(3);
        assertThat(result.perYear()).containsEntry(2028, 3);
        assertThat(service.years()).contains(2028);
        assertThat(service.inYear(2028)).hasSize(3);
        assertThat(auditRows()).isEqualTo(3);
        assertThat(AuditLog.forEntity(db.jdbi(), "holiday", "2028-03-23").get(0).action())
                .isEqualTo("import libur2028.csv");
        assertThat(new ReferenceStore(db).calendar(new SettingsStore(db)).hasHolidayListFor(2028)).isTrue();
    }

    @Test
    void aFileWithBadLinesOrDatesAlreadyInTheTableImportsNothing() {
        String csv = "date,kind,name,basis\n"
                + "2028-01-01,libur,Tahun Baru 2028 Masehi,SKB 2026\n"
                + "2026-12-25,libur,Hari Raya Natal,SKB 2025\n"          // line 3: already in the table
                + "2028-13-01,libur,Bulan salah,\n";                      // line 4: bad date
        assertThatThrownBy(() -> service.importCsv(csv, "x.csv", ADMIN))
                .isInstanceOfSatisfying(HolidayImportException.class, e -> assertThat(e.problems())
                        .extracting(HolidayCsv.Problem::line, HolidayCsv.Problem::key)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, HolidayCsv.EXISTS),
                                org.assertj.core.groups.Tuple.tuple(4, HolidayCsv.BAD_DATE)));
        assertThat(service.years()).doesNotContain(2028);
        assertThat(auditRows()).isZero();
    }

    @Test
    void officeSettingsAreSavedReadByTheCalendarAndAudited() {
        OfficeSettingsService office = new OfficeSettingsService(new OfficeSettingsStore(db));
        assertThat(office.load().closingTime()).isEqualTo(LocalTime.of(16, 0));
        office.save("15.30", "Pontianak", ADMIN);
        assertThat(new ReferenceStore(db).calendar(new SettingsStore(db)).closingTime()).isEqualTo(LocalTime.of(15, 30));
        assertThat(new SettingsStore(db).get(SettingsStore.PLACE)).contains("Pontianak");
        assertThat(AuditLog.forEntity(db.jdbi(), "setting", "office")).singleElement()
                .satisfies(e -> assertThat(e.after()).contains("15:30"));
        assertThatThrownBy(() -> office.save("16:00", "Sambas", CLERK)).isInstanceOf(AccessDeniedException.class);
        assertThat(office.load().place()).isEqualTo("Pontianak");
    }

    @Test
    void theEmblemIsStoredInLettersSettingsAndAuditedByItsHash() throws Exception {
        OfficeSettingsService office = new OfficeSettingsService(new OfficeSettingsStore(db));
        byte[] png = id.kalbarprov.loket.documents.LetterPdfTestAccess.emblemPng();
        office.saveEmblem(png, ADMIN);
        assertThat(office.emblem()).isEqualTo(png);
        assertThat(new OutgoingLetterStore(db).settings().letterhead().emblem()).isEqualTo(png);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(png));
        assertThat(AuditLog.forEntity(db.jdbi(), "setting", OfficeSettingsStore.EMBLEM)).singleElement()
                .satisfies(e -> assertThat(e.after()).contains("sha256:" + sha));
        office.saveEmblem(null, ADMIN);
        assertThat(new OutgoingLetterStore(db).settings().letterhead().emblem()).isNull();
        assertThat(AuditLog.forEntity(db.jdbi(), "setting", OfficeSettingsStore.EMBLEM)).hasSize(2);
    }
}
