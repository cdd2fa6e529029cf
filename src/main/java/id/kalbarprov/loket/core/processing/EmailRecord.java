package id.kalbarprov.loket.core.processing;

import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.validation.Checks;
import id.kalbarprov.loket.core.validation.Violation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Official e-mail: a change, new mailboxes, or a password reset. A reset records only that it
 * was done and how the new password was handed over, never the password itself.
 */
public record EmailRecord(Action action, String mailboxes, String detail, String handover) implements ProcessingRecord {

    public static final String ACTION = "email.action";
    public static final String MAILBOXES = "email.mailboxes";
    public static final String DETAIL = "email.detail";
    public static final String HANDOVER = "email.handover";

    /** What was done to the mailboxes. */
    public enum Action { UBAH, TAMBAH, RESET }

    @Override
    public ServiceKind kind() {
        return ServiceKind.EMAIL;
    }

    public List<String> mailboxList() {
        return Addresses.splitMailboxes(mailboxes);
    }

    @Override
    public List<Violation> validate(LocalDate today) {
        Checks c = new Checks().required(ACTION, action).required(MAILBOXES, mailboxes)
                .maxLength(MAILBOXES, mailboxes, 2000);
        if (!c.has(MAILBOXES) && mailboxList().isEmpty()) {
            c.add(MAILBOXES, Checks.REQUIRED); // only separators: "," or ";" would save no mailbox
        }
        if (!c.has(MAILBOXES)) {
            for (String m : mailboxList()) {
                if (!Addresses.isMailbox(m)) {
                    c.add(MAILBOXES, Addresses.MAILBOX_IN, m);
                    break;
                }
            }
        }
        if (action == Action.UBAH) {
            c.required(DETAIL, detail);
        }
        c.maxLength(DETAIL, detail, 500);
        if (action == Action.RESET) {
            c.required(HANDOVER, handover);
        }
        c.maxLength(HANDOVER, handover, 200);
        return c.violations();
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", action.name());
        m.put("mailboxes", String.join(", ", mailboxList()));
        if (detail != null && !detail.isBlank()) {
            m.put("detail", detail.strip());
        }
        if (action == Action.RESET) {
            m.put("handover", handover.strip());
        }
        return m;
    }

    @Override
    public String summary() {
        List<String> boxes = mailboxList();
        String list = String.join(", ", boxes);
        String akun = boxes.size() == 1 ? "Akun email kedinasan " : "Akun-akun email kedinasan ";
        return switch (action) {
            case TAMBAH -> akun + list + " telah dibuat.";
            case UBAH -> akun + list + " telah diubah: " + trimDot(detail.strip()) + ".";
            case RESET -> "Kata sandi email kedinasan " + list + " telah direset; kata sandi baru disampaikan "
                    + trimDot(handover.strip()) + ".";
        };
    }

    private static String trimDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
