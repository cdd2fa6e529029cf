package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ComplaintCategory;
import id.kalbarprov.loket.core.catalog.ComplaintChannel;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.complaints.ComplaintDraft;
import id.kalbarprov.loket.core.complaints.ComplaintState;
import id.kalbarprov.loket.core.complaints.ComplaintStorePort;
import id.kalbarprov.loket.core.complaints.DeliveryChannel;
import id.kalbarprov.loket.core.survey.Answers;
import id.kalbarprov.loket.core.survey.Profile;
import id.kalbarprov.loket.core.survey.SurveySource;
import id.kalbarprov.loket.core.survey.SurveyStorePort;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Demo data, part 3: what the public says. Satisfaction questionnaires month by month for each service
 * (some services well answered, the network service rarely, so the report has both "enough" and
 * "not yet enough" samples) and a modest number of complaints through the eight channels, most of
 * them settled, some late, a few forwarded. Written through the stores' own inserts, with their
 * history and audit entries.
 */
public final class DemoFeedback {

    /** Questionnaires per 100 requests of each service (network 25 ... video conference 80). */
    private static final Map<ServiceKind, Integer> ANSWERED = Map.of(ServiceKind.JARINGAN, 25, ServiceKind.VICON, 80,
            ServiceKind.EMAIL, 60, ServiceKind.HOSTING, 40, ServiceKind.CLOUD, 50);
    /** At most this many questionnaires and complaints, whatever the number of letters. */
    static final int MAX_SURVEYS = 12_000;
    static final int MAX_COMPLAINTS = 400;

    private static final String[] TEXTS = {
        "Akun email kedinasan tidak dapat dibuka setelah reset kata sandi",
        "Jaringan internet di ruang rapat sering terputus",
        "Tautan Zoom untuk rapat koordinasi belum dikirim sampai jam rapat",
        "Website perangkat daerah tidak dapat diakses sejak kemarin",
        "Permohonan hosting belum ada kabar setelah satu minggu",
        "Kuota data cloud penuh, mohon penambahan segera",
        "Petugas loket kurang ramah saat menerima berkas",
        "Informasi persyaratan layanan di situs web tidak sama dengan di loket"};
    private static final String[] ANSWERS = {
        "Kendala telah diperbaiki dan layanan sudah dapat digunakan kembali.",
        "Permohonan telah diproses; mohon maaf atas keterlambatan.",
        "Informasi persyaratan telah diselaraskan di situs web dan loket."};
    private static final int[] CHANNEL_WEIGHTS = {15, 5, 30, 10, 15, 10, 10, 5};
    private static final int[] CATEGORY_WEIGHTS = {50, 25, 20, 5};

    private DemoFeedback() {
    }

    /** Writes questionnaires for the requests of 2024 to {@code until}; returns how many. */
    public static int surveys(Database db, long seed, LocalDate until) {
        ReferenceStore ref = new ReferenceStore(db);
        List<ServiceStandard> services = ref.services();
        Random rnd = new Random(seed);
        Map<String, Integer> perMonth = new java.util.HashMap<>();
        db.jdbi().useHandle(h -> h.createQuery("""
                        SELECT service_id, substr(received_at, 1, 7), count(*) FROM letter
                        GROUP BY service_id, substr(received_at, 1, 7)""")
                .map((rs, ctx) -> perMonth.put(rs.getLong(1) + "|" + rs.getString(2), rs.getInt(3))).list());
        long all = perMonth.values().stream().mapToLong(Integer::longValue).sum();
        double scale = Math.min(1.0, MAX_SURVEYS / Math.max(1.0, all * 0.6));
        return db.jdbi().inTransaction(h -> {
            int n = 0;
            for (YearMonth m = YearMonth.of(2024, 1); !m.isAfter(YearMonth.from(until)); m = m.plusMonths(1)) {
                for (ServiceStandard s : services) {
                    int letters = perMonth.getOrDefault(s.id() + "|" + m, 0);
                    int count = (int) Math.round(letters * ANSWERED.get(s.kind()) / 100.0 * scale);
                    int days = m.equals(YearMonth.from(until)) ? until.getDayOfMonth() : m.lengthOfMonth();
                    for (int i = 0; i < count; i++) {
                        LocalDate on = m.atDay(1 + rnd.nextInt(days));
                        SurveyStorePort.NewResponse r = new SurveyStorePort.NewResponse(on, s.id(), answers(s.kind(),
                                on.getYear(), rnd), profile(rnd), null, rnd.nextInt(3) == 0 ? SurveySource.KIOS
                                : SurveySource.KETIK);
                        SurveyStore.insert(h, r, "demo", on.atTime(15, 0).plusMinutes(rnd.nextInt(60)));
                        n++;
                    }
                }
            }
            return n;
        });
    }

    /** Mostly 3s and 4s, a little better every year; the cost is free, so Biaya is nearly always Gratis. */
    static Answers answers(ServiceKind kind, int year, Random rnd) {
        int[] a = new int[9];
        int mood = rnd.nextInt(100) + 4 * (year - 2024) + (kind == ServiceKind.JARINGAN ? -8 : 0);
        for (int e = 0; e < 9; e++) {
            if (e == 3) {
                a[e] = rnd.nextInt(50) == 0 ? 3 : 4;
                continue;
            }
            int x = mood + rnd.nextInt(60) - 30 - (e == 2 ? 10 : 0); // waiting time is rated lowest
            a[e] = x < 5 ? 1 : x < 25 ? 2 : x < 75 ? 3 : 4;
        }
        return Answers.of(a);
    }

    private static Profile profile(Random rnd) {
        if (rnd.nextInt(4) == 0) {
            return Profile.NONE;
        }
        return new Profile(rnd.nextBoolean() ? Profile.Sex.L : Profile.Sex.P,
                Profile.AgeBand.values()[1 + rnd.nextInt(4)],
                rnd.nextInt(3) == 0 ? Profile.Education.D1_D3 : rnd.nextInt(4) == 0 ? Profile.Education.S2
                        : Profile.Education.D4_S1,
                rnd.nextInt(8) == 0 ? Profile.Occupation.LAINNYA : Profile.Occupation.PNS);
    }

    /** Writes about one complaint per 40 letters (at most {@link #MAX_COMPLAINTS}); returns how many. */
    public static int complaints(Database db, int letters, long seed, LocalDate until) {
        ReferenceStore ref = new ReferenceStore(db);
        List<ComplaintChannel> channels = ref.complaintChannels();
        List<ComplaintCategory> categories = ref.complaintCategories();
        List<Agency> agencies = ref.agencies();
        List<ServiceStandard> services = ref.services();
        WorkingCalendar cal = ref.calendar(new SettingsStore(db));
        Random rnd = new Random(seed);
        int count = Math.min(MAX_COMPLAINTS, Math.max(5, letters / 40));
        LocalDate first = LocalDate.of(2024, 1, 2);
        long span = until.toEpochDay() - first.toEpochDay();
        long[] days = rnd.longs(count, 0, Math.max(1, span)).sorted().toArray();
        return db.jdbi().inTransaction(h -> {
            for (long d : days) {
                LocalDateTime at = cal.clockStart(first.plusDays(d).atStartOfDay()).atTime(8, 0)
                        .plusMinutes(rnd.nextInt(420));
                ComplaintChannel ch = channels.get(pick(CHANNEL_WEIGHTS, rnd));
                boolean agency = rnd.nextInt(3) == 0;
                boolean anonymous = !agency && rnd.nextInt(5) == 0;
                ComplaintDraft draft = new ComplaintDraft(at, ch.id(), ch.needsReference()
                        ? (ch.code().equals("LAPOR") ? "LAPOR-" + (4_000_000 + rnd.nextInt(999_999)) : "@warga.kalbar")
                        : null, anonymous, anonymous ? null : DemoData.name(rnd),
                        agency ? ComplainantKind.INSTANSI : ComplainantKind.MASYARAKAT,
                        agency ? agencies.get(rnd.nextInt(agencies.size())).id() : null,
                        "08" + (11 + rnd.nextInt(80)) + (1000000 + rnd.nextInt(8999999)),
                        rnd.nextBoolean() ? services.get(rnd.nextInt(services.size())).id() : null, null,
                        TEXTS[rnd.nextInt(TEXTS.length)]);
                long id = ComplaintStore.insert(h, draft, "demo", at).id();
                steps(h, id, at, until, categories, cal, rnd);
            }
            return days.length;
        });
    }

    /** Verified, followed up and closed (mostly in time), forwarded now and then; recent ones still open. */
    private static void steps(org.jdbi.v3.core.Handle h, long id, LocalDateTime received, LocalDate until,
                              List<ComplaintCategory> categories, WorkingCalendar cal, Random rnd) {
        long age = until.toEpochDay() - received.toLocalDate().toEpochDay();
        int stop = age > 70 ? 4 : rnd.nextInt(5);
        if (stop == 0) {
            return;
        }
        LocalDateTime at = received.plusHours(1 + rnd.nextInt(5));
        if (rnd.nextInt(100) < 8) {
            ComplaintStore.apply(h, id, 0, new ComplaintStorePort.Step(ComplaintState.DITERIMA,
                    ComplaintState.DITERUSKAN, "Bukan kewenangan Diskominfo, diteruskan kepada BKPSDM", null, "BKPSDM",
                    null, null, null), "demo", at);
            return;
        }
        ComplaintCategory cat = categories.get(pick(CATEGORY_WEIGHTS, rnd));
        ComplaintStore.apply(h, id, 0, new ComplaintStorePort.Step(ComplaintState.DITERIMA,
                ComplaintState.DIVERIFIKASI, "Kategori: " + cat.name(), cat.id(), null, null, null, null), "demo", at);
        if (stop == 1) {
            return;
        }
        LocalDate due = cal.dueDate(received, cat.workingDays());
        LocalDate delivered = rnd.nextInt(100) < 82 ? cal.plusWorkingDays(received.toLocalDate(),
                rnd.nextInt(cat.workingDays() + 1)) : cal.plusWorkingDays(due, 1 + rnd.nextInt(5));
        if (delivered.isAfter(until)) {
            delivered = until;
        }
        ComplaintStore.apply(h, id, 1, new ComplaintStorePort.Step(ComplaintState.DIVERIFIKASI,
                ComplaintState.DITINDAKLANJUTI, "Ditindaklanjuti oleh bidang terkait", null, null, null, null, null),
                "demo", at.plusMinutes(30));
        if (stop < 4) {
            return;
        }
        LocalDateTime closed = delivered.atTime(14, 0).isAfter(at) ? delivered.atTime(14, 0) : at.plusHours(1);
        ComplaintStore.apply(h, id, 2, new ComplaintStorePort.Step(ComplaintState.DITINDAKLANJUTI,
                ComplaintState.SELESAI, "Jawaban disampaikan kepada pengadu", null, null,
                ANSWERS[rnd.nextInt(ANSWERS.length)], DeliveryChannel.values()[rnd.nextInt(DeliveryChannel.values().length)],
                delivered), "demo", closed);
    }

    private static int pick(int[] weights, Random rnd) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = rnd.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
