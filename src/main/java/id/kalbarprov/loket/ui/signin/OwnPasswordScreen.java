package id.kalbarprov.loket.ui.signin;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.OperatorService;
import id.kalbarprov.loket.ui.common.DialogService;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.Screen;
import id.kalbarprov.loket.ui.common.TaskRunner;
import javafx.scene.Node;

/** Pengaturan → "Kata sandi saya": every operator changes their own password here (or from the shell). */
public final class OwnPasswordScreen implements Screen {

    private final ChangePasswordViewModel vm;
    private final ChangePasswordView view;

    public OwnPasswordScreen(I18n i18n, OperatorService operators, Actor actor, TaskRunner runner,
                             DialogService dialogs) {
        this.vm = new ChangePasswordViewModel(operators, actor, null, runner, i18n, dialogs::unexpected,
                () -> dialogs.info(i18n.t("password.title"), i18n.t("password.changed")));
        this.view = new ChangePasswordView(i18n, vm, this::clear, null);
    }

    private void clear() {
        vm.oldPassword().set("");
        vm.newPassword().set("");
        vm.confirm().set("");
        vm.errors().clear();
    }

    @Override
    public Node view() {
        return view.view();
    }

    @Override
    public void onShow() {
        clear();
    }
}
