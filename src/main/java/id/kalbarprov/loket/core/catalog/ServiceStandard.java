package id.kalbarprov.loket.core.catalog;

import java.util.List;

/** One published service standard (Standar Pelayanan), as seeded from SK 09/DISKOMINFO/2022. */
public record ServiceStandard(
        long id,
        ServiceKind kind,
        String name,
        String legalBasis,
        List<Requirement> requirements,
        List<String> procedure,
        int workingDays,
        String cost,
        String product) {

    public ServiceStandard {
        requirements = List.copyOf(requirements);
        procedure = List.copyOf(procedure);
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays < 0");
        }
    }

    /** A requirement of the checklist ("Surat permintaan ... ditandatangani Kepala PD ..."). */
    public record Requirement(long id, String text) {
    }
}
