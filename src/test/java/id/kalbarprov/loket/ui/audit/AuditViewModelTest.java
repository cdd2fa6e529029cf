package id.kalbarprov.loket.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.audit.AuditService;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.OperatorService;
import id.kalbarprov.loket.core.auth.PasswordHasher;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.auth.SecurityPolicy;
import id.kalbarprov.loket.store.AuditStore;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.OperatorStore;
import id.kalbarprov.loket.store.TempDb;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditViewModelTest {

    @TempDir
    Path dir;
    Database db;
    OperatorService operators;
    Actor admin;
    AuditViewModel vm;
    List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db = TempDb.open(dir);
        operators = new OperatorService(new OperatorStore(db), new PasswordHasher(1024, 1, 1),
                () -> SecurityPolicy.DEFAULT, Clock.systemDefaultZone());
        admin = operators.createFirstAdministrator("siti", "Siti Rahmawati", "rahasia-kantor");
        vm = new AuditViewModel(new AuditService(new AuditStore(db)), () -> admin, TaskRunner.direct(),
                errors::add, new I18n(I18n.INDONESIAN));
    }

    @Test
    void rowsShowWhatChangedInWordsNewestFirst() {
        var budi = operators.create(admin, "budi", "Budi Santoso", Set.of(Role.PETUGAS_LOKET), null).operator();
        operators.update(admin, budi.id(), budi.version(), "Budi S.", Set.of(Role.PETUGAS_LOKET, Role.ANALIS));
        vm.load();
        assertThat(errors).isEmpty();
        assertThat(vm.rows()).hasSize(3);
        AuditViewModel.Row newest = vm.rows().get(0);
        assertThat(newest.action()).isEqualTo("Diubah");
        assertThat(newest.what()).isEqualTo("Operator Budi S.");
        assertThat(newest.change()).isEqualTo("nama: Budi Santoso → Budi S.; peran: Petugas Loket → Petugas Loket, Analis");
        assertThat(vm.rows().get(1).change()).contains("nama pengguna: budi", "wajib ganti kata sandi: Ya")
                .doesNotContain("argon2");
        assertThat(vm.chainBroken().get()).isFalse();
        assertThat(vm.chainText().get()).startsWith("Rantai log audit utuh");
        assertThat(vm.entities()).containsExactly("", "operator");
    }

    @Test
    void pagesOfFiftyAndFilters() {
        for (int i = 0; i < 55; i++) {
            operators.create(admin, "petugas" + i, "Petugas " + i, Set.of(Role.PETUGAS_LOKET), null);
        }
        vm.load();
        assertThat(vm.rows()).hasSize(AuditService.PAGE_SIZE);
        assertThat(vm.pageText().get()).isEqualTo("Baris 1–50, terbaru di atas");
        vm.next();
        assertThat(vm.rows()).hasSize(6);
        assertThat(vm.hasMore().get()).isFalse();
        vm.previous();
        assertThat(vm.rows()).hasSize(50);
        vm.next();
        vm.actorFilter().set("orang lain");
        vm.search();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.pageText().get()).isEqualTo("Tidak ada catatan untuk filter ini.");
        vm.clearFilters();
        assertThat(vm.rows()).hasSize(50);
    }

    @Test
    void aBrokenChainIsReportedWithItsRow() {
        operators.create(admin, "budi", "Budi", Set.of(Role.ANALIS), null);
        db.jdbi().useHandle(h -> {
            h.execute("DROP TRIGGER audit_log_no_delete");
            h.execute("DELETE FROM audit_log WHERE id = 1");
        });
        vm.load();
        assertThat(vm.chainBroken().get()).isTrue();
        assertThat(vm.chainText().get()).startsWith("Log audit telah diubah di luar aplikasi mulai baris 2.");
    }
}
