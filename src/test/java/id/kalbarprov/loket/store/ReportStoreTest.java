package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.MutableClock;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.complaints.ComplaintDraft;
import id.kalbarprov.loket.core.complaints.ComplaintService;
import id.kalbarprov.loket.core.complaints.DeliveryChannel;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.report.ReportPeriod;
import id.kalbarprov.loket.core.report.ReportService;
import id.kalbarprov.loket.core.report.ServiceLine;
import id.kalbarprov.loket.core.report.ServiceReport;
import id.kalbarprov.loket.core.report.TrendPoint;
import id.kalbarprov.loket.core.request.RequestWorkflow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * A month of real work through the real workflow on a real database, and the report of it checked
 * request by request (November 2026 has no holidays; the 1st is a Sunday).
 */
@OnBothBackends
class ReportStoreTest {

    @Parameter
    Backend backend;

    static final Actor CLERK = new Actor(1, "rina", "Rina Wijaya", Set.of(Role.PETUGAS_LOKET));
    static final Actor ANALYST = new Actor(2, "andi", "Andi Pratama", Set.of(Role.ANALIS));
    static final Actor PROCESSOR = new Actor(3, "budi", "Budi Santoso", Set.of(Role.PELAKSANA));
    static final Actor KABID = new Actor(4, "kabid", "Rina Kartika", EnumSet.of(Role.KEPALA_BIDANG));

    @TempDir
    Path dir;
    Database db;
    MutableClock clock;
    ReferenceStore ref;
    IntakeService intake;
    RequestStore requests;
    RequestWorkflow workflow;
    ReportService reports;
    ComplaintService complaints;
    Agency agency;

    @BeforeEach
    void open() {
        db = backend.open(dir);
        ref = new ReferenceStore(db);
        clock = new MutableClock(LocalDateTime.of(2026, 10, 1, 8, 0));
        WorkingCalendar cal = ref.calendar(new SettingsStore(db));
        intake = new IntakeService(new LetterStore(db), id -> ref.services().stream().filter(s -> s.id() == id)
                .findFirst(), () -> cal, clock);
        requests = new RequestStore(db, () -> cal);
        workflow = new RequestWorkflow(requests, () -> cal, clock);
        reports = new ReportService(new ReportStore(db, ref::services), ref::services, ref::complaintChannels,
                ref::complaintCategories, () -> cal, clock);
        ComplaintStore cs = new ComplaintStore(db, () -> cal, clock);
        complaints = new ComplaintService(cs, ref::complaintChannels, ref::complaintCategories, clock);
        agency = ref.agencies().get(4);
    }

    private void at(int month, int day, int hour) {
        clock.set(LocalDateTime.of(2026, month, day, hour, 0));
    }

    private ServiceStandard service(ServiceKind kind) {
        return ref.services().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    private long register(ServiceKind kind, int month, int day, int hour, boolean complete) {
        at(month, day, hour);
        ServiceStandard s = service(kind);
        LocalDateTime received = LocalDateTime.now(clock);
        LetterDraft d = new LetterDraft(received, agency.id(), "800/" + received + "/" + kind, received.toLocalDate(),
                "Permohonan " + kind, s.id(), SignerRole.KEPALA_PD, "dr. Erna Yulianti",
                complete ? Set.of(s.requirements().get(0).id()) : Set.of(), "Budi", "0812 3456 7890", null);
        return ((IntakeService.Done) intake.register(d, CLERK, true)).id();
    }

    private int v(long id) {
        return requests.find(id).orElseThrow().version();
    }

    private void finish(long id, ServiceKind kind, int month, int day, int hour) {
        at(month, day, hour);
        if (requests.find(id).orElseThrow().state().name().equals("DITERIMA")) {
            workflow.takeForReview(id, v(id), ANALYST);
        }
        if (requests.find(id).orElseThrow().state().name().equals("DIKAJI")) {
            workflow.forwardToProcessing(id, v(id), ANALYST, "budi", null);
        }
        workflow.finishProcessing(id, v(id), PROCESSOR,
                DemoWorkflow.record(kind, agency, LocalDateTime.now(clock), new Random(id)));
    }

    /** The month described in the class comment; returns nothing, the report is read from the database. */
    private void november() {
        long g = register(ServiceKind.CLOUD, 10, 30, 10, true);           // Fri 30 Oct
        finish(g, ServiceKind.CLOUD, 11, 2, 9);                             // Mon 2 Nov: 1 day, on time
        long a = register(ServiceKind.VICON, 11, 2, 9, true);
        finish(a, ServiceKind.VICON, 11, 3, 14);                            // 1 day, on time
        long b = register(ServiceKind.VICON, 11, 2, 10, true);
        finish(b, ServiceKind.VICON, 11, 5, 9);                             // 3 days, late
        long f = register(ServiceKind.JARINGAN, 11, 10, 9, false);         // incomplete file
        at(11, 12, 9);
        workflow.refuse(f, v(f), ANALYST, "Berkas tidak dilengkapi");     // refused
        long c = register(ServiceKind.HOSTING, 11, 16, 10, true);
        at(11, 16, 11);
        workflow.takeForReview(c, v(c), ANALYST);
        at(11, 17, 9);
        workflow.returnToAgency(c, v(c), ANALYST, "Belum dicap", "Surat bercap");   // 1 day used, paused
        at(11, 23, 15);
        workflow.missingItemsArrived(c, v(c), CLERK, null);                // new day 0 = Mon 23 Nov
        finish(c, ServiceKind.HOSTING, 11, 25, 11);                         // 1 + 2 = 3 days, on time
        long e = register(ServiceKind.EMAIL, 11, 23, 10, true);            // nothing done: 5 days by the 30th
        long i = register(ServiceKind.EMAIL, 11, 24, 9, true);
        at(11, 26, 9);
        workflow.takeForReview(i, v(i), ANALYST);
        workflow.returnToAgency(i, v(i), ANALYST, "Nama akun tidak jelas", "Nama akun");  // paused at the end
        long d = register(ServiceKind.HOSTING, 11, 27, 10, true);          // Fri 27 Nov, 1 day used by the 30th
        at(11, 30, 9);
        workflow.takeForReview(d, v(d), ANALYST);
        long h = register(ServiceKind.VICON, 11, 30, 17, true);            // after closing: day 0 is 1 Dec
        finish(d, ServiceKind.HOSTING, 12, 3, 10);                          // closed after the month
        finish(h, ServiceKind.VICON, 12, 1, 10);
        assertThat(e).isPositive();
    }

    @Test
    void theMonthRequestByRequest() {
        november();
        at(12, 10, 9);
        ServiceReport r = reports.report(ReportPeriod.month(2026, 11), KABID);
        assertThat(r.provisional()).isFalse();
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2026, 11, 30));
        ServiceLine jaringan = r.services().get(0);
        ServiceLine vicon = r.services().get(1);
        ServiceLine email = r.services().get(2);
        ServiceLine hosting = r.services().get(3);
        ServiceLine cloud = r.services().get(4);
        assertThat(r.services()).extracting(ServiceLine::received).containsExactly(1, 3, 2, 2, 0);
        assertThat(vicon.completed()).isEqualTo(2);
        assertThat(vicon.onTime()).isEqualTo(1);
        assertThat(vicon.late()).isEqualTo(1);
        assertThat(vicon.averageDays()).isEqualTo(2.0);
        assertThat(vicon.p90Days()).isEqualTo(3);
        assertThat(hosting.completed()).isEqualTo(1);
        assertThat(hosting.onTime()).isEqualTo(1);
        assertThat(hosting.averageDays()).isEqualTo(3.0); // the week paused does not count
        assertThat(hosting.returned()).isEqualTo(1);
        assertThat(cloud.completed()).isEqualTo(1);        // received in October, completed in November
        assertThat(cloud.received()).isZero();
        assertThat(jaringan.refused()).isEqualTo(1);
        assertThat(email.returned()).isEqualTo(1);
        // open at the end of November: d (hosting, closed since), e and i (e-mail), h (video conference)
        assertThat(r.services()).extracting(ServiceLine::openAtEnd).containsExactly(0, 1, 2, 1, 0);
        assertThat(email.overdueAtEnd()).isEqualTo(1);     // e: 5 working days of 1; i is paused
        assertThat(hosting.overdueAtEnd()).isZero();       // d: 1 of 3 days
        assertThat(vicon.overdueAtEnd()).isZero();         // h: its day 0 is in December
        ServiceLine total = r.total();
        assertThat(total.received()).isEqualTo(8);
        assertThat(total.completed()).isEqualTo(4);
        assertThat(total.onTime()).isEqualTo(3);
        assertThat(total.averageDays()).isEqualTo(2.0);    // (1 + 1 + 3 + 3) / 4
        assertThat(total.p90Days()).isEqualTo(3);
        assertThat(total.openAtEnd()).isEqualTo(4);
        assertThat(total.overdueAtEnd()).isEqualTo(1);
        TrendPoint oct = r.trend().get(10);
        TrendPoint nov = r.trend().get(11);
        assertThat(oct.month()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(oct.received()).isEqualTo(1);
        assertThat(oct.completed()).isZero();
        assertThat(nov.received()).isEqualTo(8);
        assertThat(nov.completed()).isEqualTo(4);
        assertThat(nov.onTime()).isEqualTo(3);
    }

    @Test
    void whileTheMonthRunsTheOpenRequestsAreCountedToday() {
        november();
        at(11, 26, 12); // Thursday 26 November: the report of the running month
        ServiceReport r = reports.report(ReportPeriod.month(2026, 11), KABID);
        assertThat(r.provisional()).isTrue();
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2026, 11, 26));
        // the database already holds the rest of the month (written above); as of the 26th: d and h
        // were not yet received, i was returned that morning, e had used 3 days of 1
        ServiceLine email = r.services().get(2);
        assertThat(email.openAtEnd()).isEqualTo(2);
        assertThat(email.overdueAtEnd()).isEqualTo(1);
        assertThat(r.total().openAtEnd()).isEqualTo(2);
    }

    @Test
    void aYearCountsTheSameRequestsAsItsMonths() {
        november();
        at(12, 10, 9);
        ServiceReport year = reports.report(ReportPeriod.year(2026), KABID);
        ServiceReport q4 = reports.report(ReportPeriod.quarter(2026, 4), KABID);
        assertThat(year.total().received()).isEqualTo(9);   // November's 8 and October's g
        assertThat(year.total().completed()).isEqualTo(6);  // + d and h in December
        assertThat(q4.total().completed()).isEqualTo(6);
        assertThat(year.trend()).extracting(TrendPoint::completed).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 2);
        // open on 10 December (the year runs): e and i
        assertThat(year.total().openAtEnd()).isEqualTo(2);
        assertThat(year.asOf()).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void complaintsByChannelAndCategoryWithTheShareSettledOnTime() {
        at(11, 2, 9);
        long onTime = complaints.register(complaint(3L), CLERK).id();
        long late = complaints.register(complaint(3L), CLERK).id();
        long forwarded = complaints.register(complaint(6L), CLERK).id();
        complaints.register(complaint(1L), CLERK);
        at(11, 2, 10);
        for (long c : new long[]{onTime, late}) {
            complaints.verify(c, 0, 1L, null, KABID);               // ringan: 5 working days, due 9 November
            complaints.followUp(c, 1, "Akun dipulihkan", KABID);
        }
        complaints.forward(forwarded, 0, "BKPSDM", null, KABID);
        at(11, 12, 10);
        complaints.close(onTime, 2, "Sudah dipulihkan", DeliveryChannel.WHATSAPP, LocalDate.of(2026, 11, 9), KABID);
        complaints.close(late, 2, "Sudah dipulihkan", DeliveryChannel.WHATSAPP, LocalDate.of(2026, 11, 10), KABID);
        at(12, 1, 9);
        ServiceReport r = reports.report(ReportPeriod.month(2026, 11), KABID);
        var whatsapp = r.complaints().byChannel().get(2);
        assertThat(whatsapp.name()).isEqualTo("WhatsApp");
        assertThat(whatsapp.received()).isEqualTo(2);
        assertThat(whatsapp.settled()).isEqualTo(2);
        assertThat(whatsapp.settledOnTime()).isEqualTo(1);
        assertThat(whatsapp.onTimeShare()).isEqualTo(0.5);
        assertThat(r.complaints().byCategory().get(0).received()).isEqualTo(2);
        assertThat(r.complaints().uncategorised().received()).isEqualTo(2); // forwarded + open
        assertThat(r.complaints().total().received()).isEqualTo(4);
        assertThat(r.complaints().total().forwarded()).isEqualTo(1);
        assertThat(r.complaints().total().open()).isEqualTo(1);
        assertThat(r.complaints().total().onTimeShare()).isEqualTo(0.5);
        assertThat(reports.report(ReportPeriod.month(2026, 10), KABID).complaints().total().received()).isZero();
    }

    private ComplaintDraft complaint(long channel) {
        return new ComplaintDraft(LocalDateTime.now(clock), channel, channel == 6 ? "LAPOR-123" : null, false,
                "Yohanes Saputra", ComplainantKind.MASYARAKAT, null, "0812 1111 2222", null, null,
                "Akun email tidak dapat dibuka");
    }

    @Test
    void theAuditHeadIsTheNewestEntry() {
        at(11, 2, 9);
        ServiceReport empty = reports.report(ReportPeriod.month(2026, 11), KABID);
        assertThat(empty.auditHead().entryId()).isZero();
        register(ServiceKind.VICON, 11, 2, 9, true);
        String newest = db.jdbi().withHandle(h -> h.createQuery("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")
                .mapTo(String.class).one());
        ServiceReport r = reports.report(ReportPeriod.month(2026, 11), KABID);
        assertThat(r.auditHead().hash()).isEqualTo(newest);
        assertThat(r.auditHead().entryId()).isPositive();
    }

    @Test
    void onlyTheHeadOfDivisionAndTheAdminSeeReports() {
        assertThatThrownBy(() -> reports.report(ReportPeriod.month(2026, 11), CLERK))
                .isInstanceOf(AccessDeniedException.class);
        Actor admin = new Actor(5, "admin", "Admin", Set.of(Role.ADMIN));
        assertThat(reports.report(ReportPeriod.month(2026, 11), admin).total().received()).isZero();
    }

    /**
     * The report's tallies (V68) are what counting the letters and their history gives, after the
     * workflow, a correction that moves a letter's receipt and clock, a letter moved to another service,
     * a completion row removed and a second return row added behind the app's back; and the report
     * reads them, counting a request returned twice once.
     */
    @Test
    void theTalliesAreWhatCountingTheLettersGives() {
        november();
        at(12, 10, 9);
        ServiceReport before = reports.report(ReportPeriod.year(2026), KABID);
        assertThat(tallies()).isEqualTo(recount());
        long vicon = service(ServiceKind.VICON).id();
        long cloud = service(ServiceKind.CLOUD).id();
        db.jdbi().useHandle(h -> {
            // a correction: received a day earlier, so its day 0 and the days used move too
            h.execute("UPDATE letter SET received_at = '2026-11-01T09:00', clock_start = '2026-11-02', clock_days_used = 1"
                    + " WHERE id = (SELECT min(id) FROM letter WHERE service_id = ? AND received_at >= '2026-11-02')", vicon);
            h.execute("UPDATE letter SET service_id = ? WHERE id = (SELECT max(id) FROM letter WHERE service_id = ?)",
                    cloud, vicon);
        });
        assertThat(tallies()).isEqualTo(recount());
        ServiceReport after = reports.report(ReportPeriod.year(2026), KABID);
        assertThat(after.services().get(1).received()).isEqualTo(before.services().get(1).received() - 1);
        assertThat(after.services().get(4).received()).isEqualTo(before.services().get(4).received() + 1);
        assertThat(after.total().completed()).isEqualTo(before.total().completed());
        assertThat(after.trend().get(10).received()).isEqualTo(before.trend().get(10).received());
        db.jdbi().useHandle(h -> {
            h.execute("DELETE FROM request_history WHERE id = (SELECT min(id) FROM request_history WHERE to_state = 'SIAP_SURAT')");
        });
        assertThat(tallies()).isEqualTo(recount());
        assertThat(reports.report(ReportPeriod.year(2026), KABID).total().completed())
                .isEqualTo(before.total().completed() - 1);
        // a request returned twice in the year counts once: a second return row for one already returned
        db.jdbi().useHandle(h -> h.execute("INSERT INTO request_history (letter_id, at, actor, from_state, to_state)"
                + " SELECT letter_id, '2026-11-28T09:00', actor, 'DIKAJI', 'DIKEMBALIKAN' FROM request_history"
                + " WHERE id = (SELECT min(id) FROM request_history WHERE to_state = 'DIKEMBALIKAN')"));
        assertThat(tallies()).isEqualTo(recount());
        ServiceReport twice = reports.report(ReportPeriod.year(2026), KABID);
        assertThat(twice.total().returned()).isEqualTo(before.total().returned()).isEqualTo(2);
        assertThat(twice.services()).extracting(ServiceLine::returned)
                .isEqualTo(before.services().stream().map(ServiceLine::returned).toList());
    }

    /** Both tallies as text lines, without rows counted down to nothing. */
    private java.util.List<String> tallies() {
        return db.jdbi().withHandle(h -> {
            java.util.List<String> out = new java.util.ArrayList<>(h.createQuery(
                    "SELECT day || ' ' || service_id || ' ' || letters FROM report_received WHERE letters <> 0 ORDER BY 1")
                    .mapTo(String.class).list());
            out.addAll(h.createQuery("SELECT day || ' ' || service_id || ' ' || clock_start || ' ' || days_used || ' '"
                    + " || requests FROM report_completed WHERE requests <> 0 ORDER BY 1").mapTo(String.class).list());
            out.addAll(h.createQuery("SELECT day || ' ' || to_state || ' ' || service_id || ' ' || moves FROM report_moved"
                    + " WHERE moves <> 0 ORDER BY 1").mapTo(String.class).list());
            return out;
        });
    }

    /** The same, counted from the letters and their history. */
    private java.util.List<String> recount() {
        return db.jdbi().withHandle(h -> {
            java.util.List<String> out = new java.util.ArrayList<>(h.createQuery(
                    "SELECT substr(received_at, 1, 10) || ' ' || service_id || ' ' || count(*) FROM letter"
                            + " GROUP BY substr(received_at, 1, 10), service_id ORDER BY 1").mapTo(String.class).list());
            out.addAll(h.createQuery("""
                    SELECT substr(h.at, 1, 10) || ' ' || l.service_id || ' ' || coalesce(l.clock_start, '') || ' '
                           || l.clock_days_used || ' ' || count(*)
                    FROM request_history h JOIN letter l ON l.id = h.letter_id
                    WHERE h.to_state = 'SIAP_SURAT' OR (h.to_state = 'SELESAI' AND h.from_state <> 'SIAP_SURAT')
                    GROUP BY substr(h.at, 1, 10), l.service_id, coalesce(l.clock_start, ''), l.clock_days_used
                    ORDER BY 1""").mapTo(String.class).list());
            out.addAll(h.createQuery("""
                    SELECT substr(h.at, 1, 10) || ' ' || h.to_state || ' ' || l.service_id || ' ' || count(*)
                    FROM request_history h JOIN letter l ON l.id = h.letter_id
                    WHERE h.to_state IN ('DIKEMBALIKAN', 'DITOLAK')
                    GROUP BY substr(h.at, 1, 10), h.to_state, l.service_id ORDER BY 1""").mapTo(String.class).list());
            return out;
        });
    }

    /**
     * When nothing moved since the cut (the running year), the open requests are counted from their
     * stored clocks, grouped; that gives per service what replaying each one's history gives.
     */
    @Test
    void withNothingMovedSinceTheCutTheStoredClocksGiveWhatTheReplayGives() {
        november();
        at(12, 10, 9);
        LocalDate cut = LocalDate.of(2026, 12, 11);
        boolean quietAfter = db.jdbi().withHandle(h -> ReportStore.quietSince(h, cut));
        boolean quietAfterNovember = db.jdbi().withHandle(h -> ReportStore.quietSince(h, LocalDate.of(2026, 12, 1)));
        assertThat(quietAfter).isTrue();
        assertThat(quietAfterNovember).isFalse(); // d and h were finished in December
        ServiceReport r = reports.report(ReportPeriod.year(2026), KABID);
        WorkingCalendar cal = ref.calendar(new SettingsStore(db));
        java.util.Map<Long, int[]> replayed = new java.util.HashMap<>();
        for (ReportStore.OpenRequest o : db.jdbi().withHandle(h -> ReportStore.openAt(h, cut))) {
            int days = ref.services().stream().filter(s -> s.id() == o.serviceId).findFirst().orElseThrow().workingDays();
            boolean overdue = id.kalbarprov.loket.core.report.ClockReplay.replay(o.receivedAt, o.steps, days, cal,
                    cut.minusDays(1)).overdue();
            int[] n = replayed.computeIfAbsent(o.serviceId, k -> new int[2]);
            n[0]++;
            n[1] += overdue ? 1 : 0;
        }
        assertThat(r.total().overdueAtEnd()).isEqualTo(1); // e: the e-mail account, a day's standard
        for (ServiceLine l : r.services()) {
            int[] n = replayed.getOrDefault(l.serviceId(), new int[2]);
            assertThat(new int[] {l.openAtEnd(), l.overdueAtEnd()}).as(l.name()).containsExactly(n);
        }
    }

    /** The replay of the history agrees with what the workflow stored, for every request in the month. */
    @Test
    void theReplayedClockIsTheStoredClock() {
        november();
        WorkingCalendar cal = ref.calendar(new SettingsStore(db));
        at(12, 10, 9);
        var open = db.jdbi().withHandle(h -> ReportStore.openAt(h, LocalDate.of(2026, 12, 11)));
        assertThat(open).hasSize(2);
        for (ReportStore.OpenRequest o : open) {
            var stored = requests.find(o.id).orElseThrow();
            var replayed = id.kalbarprov.loket.core.report.ClockReplay.replay(o.receivedAt, o.steps,
                    stored.workingDays(), cal, LocalDate.of(2026, 12, 10));
            assertThat(replayed.state()).isEqualTo(stored.state());
            assertThat(replayed.clockStart()).isEqualTo(stored.clockStart());
            if (!replayed.running()) {
                assertThat(replayed.daysUsed()).isEqualTo(stored.clockDaysUsed());
            }
        }
    }
}
