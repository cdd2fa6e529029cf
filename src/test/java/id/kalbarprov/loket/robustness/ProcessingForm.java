package id.kalbarprov.loket.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.processing.CloudRecord;
import id.kalbarprov.loket.core.processing.EmailRecord;
import id.kalbarprov.loket.core.processing.HostingRecord;
import id.kalbarprov.loket.core.processing.NetworkRecord;
import id.kalbarprov.loket.core.processing.ProcessingRecord;
import id.kalbarprov.loket.core.processing.VideoConferenceRecord;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.store.LetterFixtures;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.processing.ProcessingViewModel;
import id.kalbarprov.loket.ui.review.WorkflowServices;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Proses → "Selesai diproses" for each of the five services, through {@link ProcessingViewModel#finish}
 * (the records and which fields are bad come from {@link ProcessingTarget}; the video-conference time
 * is typed as text, sometimes wrongly). An accepted record moves the request to Siap Surat.
 */
final class ProcessingForm extends VmForm {

    private static final List<String> BAD_TIMES = List.of("25.00", "9", "jam 9", "09:60", "9.5", "24.00", "📅",
            "0900", "-1.00");

    private final Loket loket;
    private final ProcessingViewModel vm;
    private final ProcessingTarget records;
    private long current = -1;
    private int serial = 5_000;

    ProcessingForm(Loket loket) {
        super(loket.database());
        this.loket = loket;
        vm = new ProcessingViewModel(new WorkflowServices(loket.workflow(), loket.requests(), loket::actor,
                loket.clock()), TaskRunner.direct(), dialogs, i18n);
        records = new ProcessingTarget(loket.clock());
    }

    @Override
    public String name() {
        return "processing finish";
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    @Override
    public Filled fill(Random r) {
        FormTarget.Input<?> in = records.any(r);
        ProcessingRecord rec = (ProcessingRecord) in.value();
        Set<String> bad = new TreeSet<>(in.badFields());
        String kind = rec.kind().name();
        boolean same = current >= 0 && db.jdbi().withHandle(h -> h.createQuery(
                "SELECT l.state = 'DIPROSES' AND s.kind = ? FROM letter l JOIN service s ON s.id = l.service_id "
                        + "WHERE l.id = ?").bind(0, kind).bind(1, current).mapTo(Boolean.class).one());
        if (!same) {
            long id = LetterFixtures.request(db, RequestState.DIPROSES, ++serial);
            db.jdbi().useHandle(h -> h.createUpdate("UPDATE letter SET service_id = (SELECT min(id) FROM service "
                    + "WHERE kind = ?) WHERE id = ?").bind(0, kind).bind(1, id).execute());
            current = id;
        }
        vm.select(current);
        assertThat(vm.kind()).isEqualTo(rec.kind());
        if (rec instanceof EmailRecord e) {
                vm.emailAction().set(e.action());
                vm.text(EmailRecord.MAILBOXES).set(text(e.mailboxes()));
                vm.text(EmailRecord.DETAIL).set(text(e.detail()));
                vm.text(EmailRecord.HANDOVER).set(text(e.handover()));
        } else if (rec instanceof HostingRecord h) {
                vm.text(HostingRecord.HOST).set(text(h.hostName()));
                vm.hostingType().set(h.type());
                vm.text(HostingRecord.QUOTA).set(text(h.quota()));
                vm.text(HostingRecord.SERVER).set(text(h.server()));
        } else if (rec instanceof NetworkRecord n) {
                vm.text(NetworkRecord.LOCATION).set(text(n.location()));
                vm.networkWork().set(n.work());
                vm.text(NetworkRecord.BANDWIDTH).set(text(n.bandwidth()));
        } else if (rec instanceof CloudRecord c) {
                vm.text(CloudRecord.ACCOUNT).set(text(c.account()));
                vm.text(CloudRecord.QUOTA).set(text(c.quota()));
                vm.text(CloudRecord.ADMIN_NAME).set(text(c.adminName()));
                vm.text(CloudRecord.ADMIN_NIP).set(text(c.adminNip()));
                vm.cloudPppk().set(c.pppk());
                vm.text(CloudRecord.ADMIN_POSITION).set(text(c.adminPosition()));
        } else if (rec instanceof VideoConferenceRecord v) {
                vm.viconActivated().set(v.accountActivated());
                vm.text(VideoConferenceRecord.ACCOUNT).set(text(v.account()));
                vm.viconDate().set(v.eventAt() == null ? null : v.eventAt().toLocalDate());
                String time = v.eventAt() == null ? "" : String.format("%02d.%02d", v.eventAt().getHour(),
                        v.eventAt().getMinute());
                if (v.eventAt() != null && r.nextInt(6) == 0) {
                    time = pick(r, BAD_TIMES);
                    bad.clear(); // a time that cannot be read is told first, alone
                    bad.add(ProcessingViewModel.EVENT_TIME);
                }
                vm.text(ProcessingViewModel.EVENT_TIME).set(time);
        } else {
            throw new IllegalStateException(rec.toString());
        }
        return new Filled(bad, in.description());
    }

    @Override
    public void submit() {
        vm.finish();
    }

    @Override
    public Map<String, String> fieldMessages() {
        return vm.errors();
    }

    @Override
    public Set<String> shownFields() {
        return Set.of(VideoConferenceRecord.ACTIVATED, VideoConferenceRecord.ACCOUNT, VideoConferenceRecord.EVENT_AT,
                ProcessingViewModel.EVENT_TIME, HostingRecord.HOST, HostingRecord.TYPE, HostingRecord.QUOTA,
                HostingRecord.SERVER, EmailRecord.ACTION, EmailRecord.MAILBOXES, EmailRecord.DETAIL,
                EmailRecord.HANDOVER, CloudRecord.ACCOUNT, CloudRecord.QUOTA, CloudRecord.ADMIN_NAME,
                CloudRecord.ADMIN_NIP, CloudRecord.ADMIN_POSITION, NetworkRecord.LOCATION, NetworkRecord.WORK,
                NetworkRecord.BANDWIDTH);
    }

    @Override
    public Map<String, Object> state() {
        Map<String, Object> m = read("SELECT count(*) FROM letter", "SELECT count(*) FROM request_history",
                "SELECT count(*) FROM request_processing");
        m.put("request", db.jdbi().withHandle(h -> h.createQuery("SELECT state || version FROM letter WHERE id = ?")
                .bind(0, current).mapTo(String.class).one()));
        return m;
    }

    @Override
    public void checkSaved(Filled filled) {
        var saved = db.jdbi().withHandle(h -> h.createQuery("SELECT l.state || '|' || p.summary FROM letter l "
                + "JOIN request_processing p ON p.letter_id = l.id WHERE l.id = ?").bind(0, current)
                .mapTo(String.class).one());
        assertThat(saved).startsWith("SIAP_SURAT|");
        assertThat(saved.substring("SIAP_SURAT|".length())).isNotBlank();
        assertThat(vm.notice().get()).isNotBlank();
    }
}
