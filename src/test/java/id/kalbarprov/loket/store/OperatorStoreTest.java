package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.audit.AuditEntry;
import id.kalbarprov.loket.core.audit.AuditFilter;
import id.kalbarprov.loket.core.audit.AuditService;
import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.OperatorService;
import id.kalbarprov.loket.core.auth.PasswordHasher;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.auth.SecurityPolicy;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@OnBothBackends
class OperatorStoreTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    Database db;
    OperatorStore store;
    OperatorService service;
    AuditService audit;
    Actor admin;

    @BeforeEach
    void setUp() {
        db = backend.open(dir);
        store = new OperatorStore(db);
        service = new OperatorService(store, new PasswordHasher(1024, 1, 1),
                () -> OperatorStore.policy(new SettingsStore(db)), Clock.systemDefaultZone());
        audit = new AuditService(new AuditStore(db));
        admin = service.createFirstAdministrator("admin", "Siti Admin", "rahasia-kantor");
    }

    @Test
    void everyOperatorChangeIsAuditedWithoutThePasswordHash() {
        var budi = service.create(admin, "budi", "Budi Santoso", Set.of(Role.PETUGAS_LOKET, Role.ANALIS), null);
        var updated = service.update(admin, budi.operator().id(), budi.operator().version(), "Budi S.",
                Set.of(Role.ANALIS));
        service.resetPassword(admin, updated.id(), updated.version(), null);
        List<AuditLog.Entry> rows = AuditLog.forEntity(db.jdbi(), "operator", budi.operator().id());
        assertThat(rows).extracting(AuditLog.Entry::action).containsExactly("create", "update", "resetPassword");
        assertThat(rows.get(0).actor()).isEqualTo("Siti Admin (admin)");
        assertThat(rows.get(0).after()).contains("\"roles\":\"PETUGAS_LOKET,ANALIS\"");
        assertThat(rows.get(1).before()).contains("Budi Santoso");
        assertThat(rows.get(1).after()).contains("Budi S.");
        assertThat(rows.get(2).after()).contains("\"password\":\"diganti\"", "\"mustChangePassword\":true");
        String hash = store.passwordHash(budi.operator().id()).orElseThrow();
        assertThat(hash).startsWith("$argon2id$");
        for (var r : AuditLog.forEntity(db.jdbi(), "operator", budi.operator().id())) {
            assertThat(String.valueOf(r.before()) + r.after()).doesNotContain("argon2").doesNotContain(budi.temporaryPassword());
        }
        assertThat(AuditLog.verify(db.jdbi()).ok()).isTrue();
    }

    @Test
    void theStoredPasswordIsArgon2idNeverPlainText() {
        var budi = service.create(admin, "budi", "Budi", Set.of(Role.PETUGAS_LOKET), "sandi-budi-1");
        String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM operator WHERE id = ?")
                .bind(0, budi.operator().id()).mapTo(String.class).one());
        assertThat(stored).startsWith("$argon2id$").doesNotContain("sandi-budi-1");
    }

    @Test
    void theVersionProtectsAgainstALostUpdate() {
        var budi = service.create(admin, "budi", "Budi", Set.of(Role.PETUGAS_LOKET), null).operator();
        service.update(admin, budi.id(), budi.version(), "Budi A", Set.of(Role.ANALIS));
        assertThatThrownBy(() -> service.setActive(admin, budi.id(), budi.version(), false))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(store.find(budi.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void lockoutSettingsComeFromTheDatabase() {
        assertThat(OperatorStore.policy(new SettingsStore(db))).isEqualTo(SecurityPolicy.DEFAULT);
        new SettingsStore(db).put(OperatorStore.IDLE_MINUTES, "3");
        new SettingsStore(db).put(OperatorStore.LOCKOUT_ATTEMPTS, "tidak angka");
        SecurityPolicy p = OperatorStore.policy(new SettingsStore(db));
        assertThat(p.idleLock()).isEqualTo(Duration.ofMinutes(3));
        assertThat(p.maxFailures()).isEqualTo(5);
    }

    @Test
    void auditSearchIsNewestFirstFilteredAndPaged() {
        for (int i = 0; i < 60; i++) {
            service.create(admin, "petugas" + i, "Petugas " + i, Set.of(Role.PETUGAS_LOKET), null);
        }
        var first = audit.search(admin, AuditFilter.ALL, 0);
        assertThat(first.items()).hasSize(AuditService.PAGE_SIZE);
        assertThat(first.hasMore()).isTrue();
        assertThat(first.items().get(0).after()).contains("petugas59");
        var second = audit.search(admin, AuditFilter.ALL, AuditService.PAGE_SIZE);
        assertThat(second.items()).hasSize(11);
        assertThat(second.hasMore()).isFalse();
        assertThat(second.items().get(10).action()).isEqualTo("createFirstAdmin");
        assertThat(audit.search(admin, new AuditFilter("letter", null, null, null), 0).items()).isEmpty();
        assertThat(audit.search(admin, new AuditFilter("operator", "siti", LocalDate.now(), LocalDate.now()), 0)
                .items()).hasSize(AuditService.PAGE_SIZE);
        assertThat(audit.search(admin, new AuditFilter(null, "orang lain", null, null), 0).items()).isEmpty();
        assertThat(audit.search(admin, new AuditFilter(null, null, LocalDate.now().plusDays(1), null), 0).items())
                .isEmpty();
        assertThat(audit.entities(admin)).containsExactly("operator");
    }

    @Test
    void anEditBehindTheAppsBackIsFound() {
        service.create(admin, "budi", "Budi", Set.of(Role.PETUGAS_LOKET), null);
        service.create(admin, "dewi", "Dewi", Set.of(Role.ANALIS), null);
        assertThat(audit.firstBrokenRow(admin)).isEmpty();
        Backend.behindTheAppsBack(db, backend.dropTrigger("audit_log_no_update", "audit_log"),
                "UPDATE audit_log SET actor = 'Orang Lain' WHERE id = 2");
        assertThat(audit.firstBrokenRow(admin)).contains(2L);
    }

    @Test
    void readingTheAuditNeedsViewAudit() {
        var budi = service.create(admin, "budi", "Budi", Set.of(Role.PETUGAS_LOKET, Role.ANALIS, Role.PELAKSANA), null);
        Actor clerk = budi.operator().actor();
        assertThatThrownBy(() -> audit.search(clerk, AuditFilter.ALL, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.firstBrokenRow(clerk)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.entities(clerk)).isInstanceOf(AccessDeniedException.class);
        Actor head = new Actor(99, "kabid", "Kepala", Set.of(Role.KEPALA_BIDANG));
        List<AuditEntry> seen = audit.search(head, AuditFilter.ALL, 0).items();
        assertThat(seen).isNotEmpty();
    }
}
