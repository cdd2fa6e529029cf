package id.kalbarprov.loket.ui.workstation;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.database.DatabaseException;
import id.kalbarprov.loket.core.database.DatabaseProblem;
import id.kalbarprov.loket.core.database.ServerAddress;
import id.kalbarprov.loket.core.database.ServerCheck;
import id.kalbarprov.loket.core.database.WorkstationSetup;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.workstation.WorkstationViewModel.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first screen's rules without a window: what is wrong is named at its field, and only a working choice is kept. */
class WorkstationViewModelTest {

    final List<String> calls = new ArrayList<>();
    DatabaseException answer;
    final List<WorkstationViewModel.Chosen> chosen = new ArrayList<>();

    final WorkstationSetup setup = new WorkstationSetup() {
        @Override
        public ServerCheck test(ServerAddress address, String password) {
            calls.add("test " + address.url());
            if (answer != null) {
                throw answer;
            }
            return new ServerCheck(58, 70);
        }

        @Override
        public void keepThisComputer() {
            calls.add("keep sqlite");
        }

        @Override
        public void keepServer(ServerAddress address) {
            calls.add("keep " + address.url());
        }

        @Override
        public void forget() {
            calls.add("forget");
        }
    };
    final WorkstationViewModel vm = new WorkstationViewModel(setup, TaskRunner.direct(), new I18n(I18n.INDONESIAN),
            chosen::add);

    @Test
    void emptyOrWrongFieldsAreNamedAndNothingIsTriedOrKept() {
        vm.server().set(true);
        vm.port().set("70000");
        vm.database().set(" ");
        vm.confirm();
        assertThat(vm.error(Field.HOST).get()).startsWith("Isi nama atau alamat IP server kantor");
        assertThat(vm.error(Field.PORT).get()).isEqualTo("Port harus angka 1–65535 (biasanya 5432).");
        assertThat(vm.error(Field.DATABASE).get()).startsWith("Isi nama database");
        assertThat(calls).isEmpty();
        assertThat(chosen).isEmpty();
    }

    @Test
    void eachServerProblemShowsAtTheFieldToChangeAndNothingIsKept() {
        vm.server().set(true);
        vm.host().set("server-kantor");
        record Case(DatabaseProblem problem, Field field, String... args) {
        }
        for (Case c : List.of(new Case(DatabaseProblem.HOST_UNKNOWN, Field.HOST, "server-kantor"),
                new Case(DatabaseProblem.SERVER_UNREACHABLE, Field.PORT, "server-kantor", "5432"),
                new Case(DatabaseProblem.AUTH_FAILED, Field.PASSWORD, "loket", "server-kantor"),
                new Case(DatabaseProblem.DATABASE_MISSING, Field.DATABASE, "loket", "server-kantor"),
                new Case(DatabaseProblem.NOT_LOKET, Field.DATABASE, "postgresql://loket@server-kantor:5432/loket"),
                new Case(DatabaseProblem.TOO_NEW, Field.DATABASE, "80", "70"))) {
            answer = new DatabaseException(c.problem(), null, c.args());
            vm.confirm();
            assertThat(vm.error(c.field()).get()).as(c.problem().name()).isNotBlank().doesNotContain("Exception");
            assertThat(vm.busy().get()).isFalse();
        }
        assertThat(vm.error(Field.DATABASE).get()).contains("perbarui Loket");
        assertThat(calls).allMatch(c -> c.startsWith("test ")).hasSize(6);
        assertThat(chosen).isEmpty();
    }

    @Test
    void aWorkingServerIsKeptWithoutItsPasswordAndTheTestSaysWhatItFound() {
        vm.server().set(true);
        vm.host().set("192.168.1.10");
        vm.password().set("rahasia");
        vm.testConnection();
        assertThat(vm.status().get()).startsWith("Tersambung. Database 'loket' dibuat Loket versi lebih lama (skema V58)");
        assertThat(calls).containsExactly("test postgresql://loket@192.168.1.10:5432/loket");

        vm.confirm();
        assertThat(calls).last().isEqualTo("keep postgresql://loket@192.168.1.10:5432/loket");
        assertThat(chosen).singleElement().satisfies(c -> {
            assertThat(c.server().url()).doesNotContain("rahasia");
            assertThat(c.password()).isEqualTo("rahasia"); // for this run only, in memory
            assertThat(c.toString()).doesNotContain("rahasia");
        });
    }

    @Test
    void askedOnlyForThePasswordTheKeptAddressIsNotWrittenAgain() {
        vm.askPassword(new ServerAddress("server-kantor", 5433, "kantor", "loket"),
                new DatabaseException(DatabaseProblem.PASSWORD_MISSING, null, "loket", "server-kantor"));
        assertThat(vm.passwordOnly().get()).isTrue();
        assertThat(vm.error(Field.PASSWORD).get()).isEqualTo(
                "Server server-kantor meminta kata sandi untuk pengguna 'loket'. Ketik kata sandinya.");
        vm.password().set("rahasia");
        vm.confirm();
        assertThat(calls).containsExactly("test postgresql://loket@server-kantor:5433/kantor");
        assertThat(chosen).hasSize(1);
    }

    @Test
    void thisComputerIsKeptAtOnce() {
        vm.confirm();
        assertThat(calls).containsExactly("keep sqlite");
        assertThat(chosen).singleElement().satisfies(c -> assertThat(c.server()).isNull());
    }
}
