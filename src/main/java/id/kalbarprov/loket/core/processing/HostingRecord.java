package id.kalbarprov.loket.core.processing;

import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.validation.Checks;
import id.kalbarprov.loket.core.validation.Violation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hosting: the domain or subdomain activated, what it hosts, its quota and server. */
public record HostingRecord(String hostName, Type type, String quota, String server) implements ProcessingRecord {

    public static final String HOST = "hosting.host";
    public static final String TYPE = "hosting.type";
    public static final String QUOTA = "hosting.quota";
    public static final String SERVER = "hosting.server";

    /** What the hosting serves; {@code words} is how the confirmation letter says it. */
    public enum Type {
        WEBSITE("website"), APLIKASI("aplikasi"), SUBDOMAIN("subdomain");

        private final String words;

        Type(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    @Override
    public ServiceKind kind() {
        return ServiceKind.HOSTING;
    }

    @Override
    public List<Violation> validate(LocalDate today) {
        Checks c = new Checks().required(HOST, hostName);
        if (!c.has(HOST) && !Addresses.isHostName(hostName)) {
            c.add(HOST, Addresses.HOST_NAME);
        }
        c.required(TYPE, type).required(QUOTA, quota).maxLength(QUOTA, quota, 40)
                .required(SERVER, server).maxLength(SERVER, server, 100);
        return c.violations();
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hostName", Addresses.normalizeHost(hostName));
        m.put("type", type.name());
        m.put("quota", quota.strip());
        m.put("server", server.strip());
        return m;
    }

    @Override
    public String summary() {
        return "Hosting " + type.words() + " untuk " + Addresses.normalizeHost(hostName)
                + " telah diaktifkan di server " + server.strip() + " dengan kuota " + quota.strip() + ".";
    }
}
