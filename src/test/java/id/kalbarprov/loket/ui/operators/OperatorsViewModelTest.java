package id.kalbarprov.loket.ui.operators;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Operator;
import id.kalbarprov.loket.core.auth.OperatorService;
import id.kalbarprov.loket.core.auth.PasswordHasher;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.auth.SecurityPolicy;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.OperatorStore;
import id.kalbarprov.loket.store.TempDb;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatorsViewModelTest {

    @TempDir
    Path dir;
    OperatorService service;
    Actor admin;
    OperatorsViewModel vm;
    FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();

    @BeforeEach
    void setUp() {
        Database db = TempDb.open(dir);
        service = new OperatorService(new OperatorStore(db), new PasswordHasher(1024, 1, 1),
                () -> SecurityPolicy.DEFAULT, Clock.systemDefaultZone());
        admin = service.createFirstAdministrator("siti", "Siti Rahmawati", "rahasia-kantor");
        vm = new OperatorsViewModel(service, () -> admin, TaskRunner.direct(), dialogs, new I18n(I18n.INDONESIAN));
        vm.load();
    }

    @Test
    void createWithSeveralRolesShowsTheTemporaryPasswordOnceAndItWorks() {
        vm.newOperator();
        vm.username().set("budi");
        vm.fullName().set("Budi Santoso");
        vm.role(Role.ANALIS).set(true);
        vm.role(Role.PELAKSANA).set(true);
        vm.save();
        assertThat(vm.errors()).isEmpty();
        assertThat(dialogs.shown).hasSize(1);
        String text = dialogs.shown.get(0);
        String temporary = text.replaceAll("(?s).*\\(budi\\): (\\S+)\\n.*", "$1");
        assertThat(service.signIn("budi", temporary).actor().roles())
                .containsExactlyInAnyOrder(Role.ANALIS, Role.PELAKSANA);
        assertThat(vm.list()).extracting(Operator::username).containsExactly("budi", "siti");
        assertThat(vm.selected().get().username()).isEqualTo("budi");
        assertThat(vm.status().get()).contains("harus mengganti kata sandi");
    }

    @Test
    void problemsShowUnderTheirFieldsAndNothingIsSaved() {
        vm.newOperator();
        vm.username().set("B");
        vm.save();
        assertThat(vm.errors()).containsKeys("username", "fullName", "roles");
        assertThat(vm.errors().get("roles")).isEqualTo("Pilih paling sedikit satu peran.");
        assertThat(vm.list()).hasSize(1);
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void theLastAdministratorIsProtectedWithAMessage() {
        vm.selected().set(vm.list().get(0));
        vm.toggleActive();
        assertThat(dialogs.shown).anyMatch(s -> s.startsWith("error: Tidak dapat dilakukan: Ini Administrator aktif terakhir"));
        vm.role(Role.ADMIN).set(false);
        vm.role(Role.ANALIS).set(true);
        vm.save();
        assertThat(vm.errors().get("roles")).startsWith("Ini Administrator aktif terakhir");
        assertThat(service.list(admin).get(0).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void deactivateAsksFirstAndNeverDeletes() {
        var budi = service.create(admin, "budi", "Budi", java.util.Set.of(Role.PETUGAS_LOKET), null).operator();
        vm.load();
        vm.selected().set(vm.list().stream().filter(o -> o.id() == budi.id()).findFirst().orElseThrow());
        dialogs.answer = false;
        vm.toggleActive();
        assertThat(service.list(admin)).filteredOn(o -> o.id() == budi.id()).allMatch(Operator::active);
        dialogs.answer = true;
        vm.toggleActive();
        assertThat(service.list(admin)).filteredOn(o -> o.id() == budi.id()).noneMatch(Operator::active);
        assertThat(vm.list()).hasSize(2);
        assertThat(vm.status().get()).startsWith("Nonaktif");
    }
}
