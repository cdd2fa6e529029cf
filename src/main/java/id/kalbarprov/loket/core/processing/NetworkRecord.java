package id.kalbarprov.loket.core.processing;

import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.validation.Checks;
import id.kalbarprov.loket.core.validation.Violation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Network: where, what kind of work, and the bandwidth delivered. */
public record NetworkRecord(String location, Work work, String bandwidth) implements ProcessingRecord {

    public static final String LOCATION = "network.location";
    public static final String WORK = "network.work";
    public static final String BANDWIDTH = "network.bandwidth";

    /** Kinds of network work; {@code words} is how the confirmation letter says it. */
    public enum Work {
        PEMASANGAN("pemasangan jaringan"), PENAMBAHAN_AKSES("penambahan titik akses"),
        PERBAIKAN("perbaikan jaringan"), PENINGKATAN_BANDWIDTH("peningkatan bandwidth");

        private final String words;

        Work(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    @Override
    public ServiceKind kind() {
        return ServiceKind.JARINGAN;
    }

    @Override
    public List<Violation> validate(LocalDate today) {
        return new Checks().required(LOCATION, location).maxLength(LOCATION, location, 200)
                .required(WORK, work).required(BANDWIDTH, bandwidth).maxLength(BANDWIDTH, bandwidth, 40)
                .violations();
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("location", location.strip());
        m.put("work", work.name());
        m.put("bandwidth", bandwidth.strip());
        return m;
    }

    @Override
    public String summary() {
        String w = work.words();
        return Character.toUpperCase(w.charAt(0)) + w.substring(1) + " di " + location.strip()
                + " telah dilaksanakan dengan bandwidth " + bandwidth.strip() + ".";
    }
}
