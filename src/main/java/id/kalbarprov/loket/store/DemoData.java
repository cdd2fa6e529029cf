package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.LetterStorePort;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.request.RequestState;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Realistic demo records: letters spread over 2024 to {@code until}, across agencies, services and
 * states (older letters mostly finished), registered through the same insert as the intake form.
 */
public final class DemoData {

    private static final String[] FIRST = {"Ahmad", "Budi", "Siti", "Dewi", "Rudi", "Yuliana", "Hendra", "Nurhayati",
        "Agus", "Fransiskus", "Maria", "Sutarmidji", "Rahmat", "Lina", "Antonius", "Syarif", "Wahyuni", "Yohanes"};
    private static final String[] LAST = {"Setiawan", "Pratama", "Rahmawati", "Hidayat", "Saputra", "Wijaya",
        "Nugroho", "Lestari", "Kurniawan", "Santoso", "Simanjuntak", "Alkadrie", "Gunawan", "Syahputra"};
    private static final String[][] SUBJECTS = {
        {"Permohonan pemasangan jaringan internet di ruang rapat", "Permohonan penambahan titik akses Wi-Fi",
            "Permohonan perbaikan jaringan LAN kantor"},
        {"Permohonan fasilitas video conference rapat koordinasi", "Permohonan akun Zoom untuk sosialisasi",
            "Permohonan fasilitasi Zoom Meeting bimbingan teknis"},
        {"Permohonan reset password email kedinasan", "Permohonan penambahan akun email kedinasan",
            "Permohonan perubahan nama akun email OPD"},
        {"Permohonan hosting aplikasi layanan publik", "Permohonan subdomain dan hosting website",
            "Permohonan penambahan kuota hosting"},
        {"Permohonan pembukaan akun data cloud", "Penunjukan admin pengelola data cloud",
            "Permohonan penambahan kuota data cloud"}};

    private DemoData() {
    }

    /** Writes {@code count} letters received between 1 January 2024 and {@code until}. Returns the count. */
    public static int write(Database db, int count, long seed, LocalDate until) {
        ReferenceStore ref = new ReferenceStore(db);
        List<ServiceStandard> services = ref.services();
        List<Agency> agencies = ref.agencies();
        WorkingCalendar calendar = ref.calendar(new SettingsStore(db));
        LetterStore store = new LetterStore(db);
        Random rnd = new Random(seed);
        LocalDate first = LocalDate.of(2024, 1, 2);
        long days = until.toEpochDay() - first.toEpochDay();
        // Ascending receive times, so agenda numbers follow the order of arrival as in a real book.
        long[] offsets = rnd.longs(count, 0, Math.max(1, days) * 480L).sorted().toArray();
        int batch = 2_000;
        db.jdbi().useHandle(bulk -> {
          bulk.setStatementBuilder(new ReusedStatements());
          bulk.execute("PRAGMA cache_size = -262144");
          for (int startIdx = 0; startIdx < count; startIdx += batch) {
            int from = startIdx;
            int to = Math.min(count, startIdx + batch);
            bulk.useTransaction(h -> {
                for (int i = from; i < to; i++) {
                    long minutes = offsets[i];
                    LocalDate day = calendar.clockStart(first.atStartOfDay().plusDays(minutes / 480));
                    LocalDateTime received = day.atTime(LocalTime.of(7, 30).plusMinutes(minutes % 480));
                    ServiceStandard s = services.get(rnd.nextInt(services.size()));
                    Agency a = agencies.get(rnd.nextInt(agencies.size()));
                    boolean complete = rnd.nextInt(100) < 92;
                    Set<Long> done = new HashSet<>();
                    if (complete) {
                        s.requirements().forEach(r -> done.add(r.id()));
                    }
                    String abbr = a.abbreviation() == null ? "PD" : a.abbreviation().replace(' ', '-');
                    LetterDraft d = new LetterDraft(received, a.id(),
                            (400 + rnd.nextInt(600)) + "/" + (1 + rnd.nextInt(999)) + "/" + abbr + "/" + received.getYear(),
                            received.toLocalDate().minusDays(rnd.nextInt(6)),
                            SUBJECTS[s.kind().ordinal()][rnd.nextInt(3)], s.id(),
                            a.parentId() != null ? SignerRole.KEPALA_UPT : SignerRole.KEPALA_PD,
                            name(rnd), done, name(rnd), "08" + (11 + rnd.nextInt(80)) + (1000000 + rnd.nextInt(8999999)),
                            rnd.nextInt(10) == 0 ? "Diantar langsung oleh staf" : null);
                    LocalDate start = complete ? calendar.clockStart(received) : null;
                    LetterStorePort.Registered r = store.insert(h,
                            new LetterStorePort.NewLetter(d, complete, start, "demo"), received);
                    RequestState state = stateFor(received.toLocalDate(), until, complete, rnd);
                    if (state != (complete ? RequestState.DITERIMA : RequestState.BERKAS_BELUM_LENGKAP)) {
                        DemoWorkflow.fill(h, r.id(), state, s.kind(), a, start, received, until, calendar, rnd);
                        h.createUpdate("""
                                        INSERT INTO request_history (letter_id, at, actor, from_state, to_state, note)
                                        VALUES (?, ?, 'demo', ?, ?, 'Data contoh')""")
                                .bind(0, r.id()).bind(1, received.plusHours(2).toString())
                                .bind(2, complete ? RequestState.DITERIMA.name() : RequestState.BERKAS_BELUM_LENGKAP.name())
                                .bind(3, state.name()).execute();
                    }
                }
            });
          }
          bulk.execute("PRAGMA cache_size = -" + ConnectionPool.CACHE_KIB);
        });
        return count;
    }

    private static RequestState stateFor(LocalDate received, LocalDate until, boolean complete, Random rnd) {
        long age = until.toEpochDay() - received.toEpochDay();
        if (!complete) {
            return age > 30 && rnd.nextBoolean() ? RequestState.DITOLAK : RequestState.BERKAS_BELUM_LENGKAP;
        }
        if (age > 14) {
            return rnd.nextInt(100) < 95 ? RequestState.SELESAI : RequestState.DITOLAK;
        }
        RequestState[] open = {RequestState.DITERIMA, RequestState.DIKAJI, RequestState.DIPROSES,
            RequestState.SIAP_SURAT, RequestState.DIKEMBALIKAN, RequestState.SELESAI};
        return open[rnd.nextInt(open.length)];
    }

    static String name(Random rnd) {
        return FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)];
    }
}
