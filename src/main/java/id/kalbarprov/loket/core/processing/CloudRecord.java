package id.kalbarprov.loket.core.processing;

import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.nip.Nip;
import id.kalbarprov.loket.core.validation.Checks;
import id.kalbarprov.loket.core.validation.Violation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Data cloud: the account, its quota and the admin the agency's letter appointed. A PPPK's
 * number is 18 digits too but is not a civil-servant NIP, so only its length is checked.
 */
public record CloudRecord(String account, String quota, String adminName, String adminNip, boolean pppk,
                          String adminPosition) implements ProcessingRecord {

    public static final String ACCOUNT = "cloud.account";
    public static final String QUOTA = "cloud.quota";
    public static final String ADMIN_NAME = "cloud.adminName";
    public static final String ADMIN_NIP = "cloud.adminNip";
    public static final String ADMIN_POSITION = "cloud.adminPosition";

    @Override
    public ServiceKind kind() {
        return ServiceKind.CLOUD;
    }

    @Override
    public List<Violation> validate(LocalDate today) {
        Checks c = new Checks().required(ACCOUNT, account).maxLength(ACCOUNT, account, 100)
                .required(QUOTA, quota).maxLength(QUOTA, quota, 40)
                .required(ADMIN_NAME, adminName).maxLength(ADMIN_NAME, adminName, 100)
                .required(ADMIN_NIP, adminNip);
        if (!c.has(ADMIN_NIP)) {
            if (pppk) {
                if (!Nip.normalize(adminNip).matches("\\d{18}")) {
                    c.add(ADMIN_NIP, Nip.INVALID_FORMAT);
                }
            } else {
                Nip.problem(adminNip, today).ifPresent(key -> c.add(ADMIN_NIP, key));
            }
        }
        c.required(ADMIN_POSITION, adminPosition).maxLength(ADMIN_POSITION, adminPosition, 150);
        return c.violations();
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account", account.strip());
        m.put("quota", quota.strip());
        m.put("adminName", adminName.strip());
        m.put("adminNip", Nip.normalize(adminNip));
        m.put("pppk", pppk);
        m.put("adminPosition", adminPosition.strip());
        return m;
    }

    @Override
    public String summary() {
        return "Akun data cloud " + account.strip() + " dengan kuota " + quota.strip()
                + " telah diaktifkan dengan admin pengelola " + adminName.strip() + " ("
                + (pppk ? "NI PPPK " : "NIP ") + Nip.display(adminNip) + "), " + adminPosition.strip() + ".";
    }
}
