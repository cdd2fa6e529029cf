package id.kalbarprov.loket.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.ui.FxTestSupport;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RefusalTest {

    final I18n i18n = new I18n(I18n.INDONESIAN);
    final Actor clerk = new Actor(3, "budi", "Budi", Set.of(Role.PETUGAS_LOKET));

    @Test
    void aRefusalEvenWrappedNamesTheMissingRightAndOtherFailuresStayUnexpected() {
        var dialogs = new FxTestSupport.RecordingDialogs();
        var handler = Refusal.orUnexpected(i18n, dialogs, "access.denied.title");
        handler.accept(new RuntimeException(new AccessDeniedException(clerk, Permission.VIEW_AUDIT)));
        handler.accept(new IllegalStateException("disk"));
        assertThat(dialogs.shown).hasSize(2);
        assertThat(dialogs.shown.get(0)).startsWith("error: Tidak berwenang: Hak yang diperlukan: Melihat log audit.");
        assertThat(dialogs.shown.get(1)).startsWith("unexpected: java.lang.IllegalStateException");
        assertThat(Refusal.explain(i18n, "Tidak boleh.", new IllegalStateException())).isEqualTo("Tidak boleh.");
    }
}
