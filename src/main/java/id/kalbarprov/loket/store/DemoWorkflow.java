package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.processing.CloudRecord;
import id.kalbarprov.loket.core.processing.EmailRecord;
import id.kalbarprov.loket.core.processing.HostingRecord;
import id.kalbarprov.loket.core.processing.NetworkRecord;
import id.kalbarprov.loket.core.processing.ProcessingRecord;
import id.kalbarprov.loket.core.processing.VideoConferenceRecord;
import id.kalbarprov.loket.core.request.RequestState;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The workflow side of demo letters whose state is set directly: who reviews and processes them,
 * why they were returned or refused (with the paused clock), and what processing recorded.
 */
final class DemoWorkflow {

    static final String[] REVIEWERS = {"andi", "siti", "yuliana"};
    static final String[] PROCESSORS = {"budi", "dedi", "rina", "hendra"};
    private static final String[][] RETURNS = {
        {"Surat permintaan belum dibubuhi cap/stempel PD", "Surat permintaan yang dibubuhi cap/stempel PD"},
        {"Surat tidak ditandatangani Kepala PD", "Surat permintaan yang ditandatangani Kepala PD atau Kepala UPT"},
        {"Data teknis permintaan belum lengkap", "Formulir isian teknis (nama domain, jadwal, atau lokasi)"}};
    private static final String[] REFUSALS = {
        "Permintaan bukan layanan Diskominfo Provinsi Kalimantan Barat",
        "Berkas tidak dilengkapi dalam waktu yang ditentukan",
        "Permintaan sama dengan surat yang sudah diproses sebelumnya"};
    private static final String[] LOCATIONS = {"Ruang rapat lantai 2", "Aula utama", "Ruang Kepala Dinas",
        "Gedung B lantai 1", "Ruang pelayanan terpadu"};
    private static final String[] POSITIONS = {"Pranata Komputer Ahli Pertama", "Analis Sistem Informasi",
        "Pranata Komputer Terampil", "Kepala Subbagian Umum dan Kepegawaian"};

    private DemoWorkflow() {
    }

    /**
     * What a demo request in {@code state} has been through: the letter's workflow columns (who
     * reviews and processes it, why it was returned or refused, the paused clock) and, once
     * processed, what processing recorded. Nothing is written here: {@link DemoData} stores the
     * letter with these facts in one insert.
     */
    record Facts(Map<String, Object> columns, ProcessingRecord processing, String processedBy, LocalDateTime at) {
    }

    static Facts facts(RequestState state, ServiceKind kind, Agency agency, DemoTimeline.Result t, Random rnd) {
        String reviewer = REVIEWERS[rnd.nextInt(REVIEWERS.length)];
        String processor = PROCESSORS[rnd.nextInt(PROCESSORS.length)];
        LocalDateTime at = t.last();
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("clock_days_used", t.daysUsed());
        ProcessingRecord processing = null;
        switch (state) {
            case DIKAJI -> {
                set.put("reviewer", reviewer);
                set.put("updated_by", reviewer);
            }
            case DIPROSES -> {
                set.put("reviewer", reviewer);
                set.put("processor", processor);
                set.put("updated_by", reviewer);
            }
            case SIAP_SURAT, SELESAI -> {
                processing = record(kind, agency, t.done(), rnd);
                set.put("reviewer", reviewer);
                set.put("processor", processor);
                set.put("updated_by", processor);
            }
            case DIKEMBALIKAN -> {
                String[] why = RETURNS[rnd.nextInt(RETURNS.length)];
                set.put("reviewer", reviewer);
                set.put("decision_reason", why[0]);
                set.put("missing_items", why[1]);
                set.put("paused_on", t.pausedOn().toString());
                set.put("updated_by", reviewer);
            }
            case DITOLAK -> {
                set.put("reviewer", reviewer);
                set.put("decision_reason", REFUSALS[rnd.nextInt(REFUSALS.length)]);
                set.put("updated_by", reviewer);
            }
            default -> {
            }
        }
        if (set.containsKey("updated_by")) {
            set.put("updated_at", at.toString());
        }
        return new Facts(set, processing, processor, at);
    }

    /** A realistic record of step c for the service, valid by the core's own rules. */
    static ProcessingRecord record(ServiceKind kind, Agency agency, LocalDateTime received, Random rnd) {
        String slug = agency.abbreviation() == null ? "pd" + agency.id()
                : agency.abbreviation().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return switch (kind) {
            case VICON -> new VideoConferenceRecord(true, "vicon" + (1 + rnd.nextInt(5)) + "@kalbarprov.go.id",
                    received.toLocalDate().plusDays(1 + rnd.nextInt(7)).atTime(8 + rnd.nextInt(6), rnd.nextBoolean() ? 0 : 30));
            case HOSTING -> {
                HostingRecord.Type type = HostingRecord.Type.values()[rnd.nextInt(HostingRecord.Type.values().length)];
                String host = (type == HostingRecord.Type.APLIKASI ? "sim" + slug : slug) + ".kalbarprov.go.id";
                yield new HostingRecord(host, type, (2 + rnd.nextInt(4) * 2) + " GB", "srv-web-0" + (1 + rnd.nextInt(4)));
            }
            case EMAIL -> {
                EmailRecord.Action action = EmailRecord.Action.values()[rnd.nextInt(3)];
                String box = (rnd.nextBoolean() ? "sekretariat." : "umum.") + slug + "@kalbarprov.go.id";
                yield switch (action) {
                    case TAMBAH -> new EmailRecord(action, box + "\nppid." + slug + "@kalbarprov.go.id", null, null);
                    case UBAH -> new EmailRecord(action, box, "nama tampilan diubah menjadi Sekretariat "
                            + (agency.abbreviation() == null ? agency.name() : agency.abbreviation()), null);
                    case RESET -> new EmailRecord(action, box, null, rnd.nextBoolean()
                            ? "langsung kepada pemohon dalam amplop tertutup" : "melalui telepon kepada narahubung PD");
                };
            }
            case CLOUD -> {
                LocalDate birth = LocalDate.of(1975 + rnd.nextInt(20), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                String nip = String.format("%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(),
                        birth.getDayOfMonth(), birth.getYear() + 24 + rnd.nextInt(3), 1 + rnd.nextInt(12),
                        1 + rnd.nextInt(2), 1 + rnd.nextInt(99));
                yield new CloudRecord(slug, (50 + rnd.nextInt(4) * 50) + " GB", DemoData.name(rnd), nip, false,
                        POSITIONS[rnd.nextInt(POSITIONS.length)]);
            }
            case JARINGAN -> new NetworkRecord(LOCATIONS[rnd.nextInt(LOCATIONS.length)] + " "
                    + (agency.abbreviation() == null ? agency.name() : agency.abbreviation()),
                    NetworkRecord.Work.values()[rnd.nextInt(NetworkRecord.Work.values().length)],
                    (10 + rnd.nextInt(5) * 10) + " Mbps");
        };
    }
}
