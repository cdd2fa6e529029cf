package id.kalbarprov.loket.ui.layout;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.complaints.ComplaintDraft;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.documents.LetterPdf;
import id.kalbarprov.loket.store.DemoData;
import id.kalbarprov.loket.store.DemoLetters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * A desk as it looks after a while, for the small-screen tests and screenshots: a register of demo
 * letters, requests in every state of the worklists with six-digit agenda numbers (the 100,000th
 * letter of the year), issued letters, complaints.
 */
public final class DeskFixture {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    public final Loket loket;
    public long received;
    public long underReview;
    public long processing;
    public long incomplete;
    public long returned;

    public DeskFixture(Loket loket) {
        this.loket = loket;
        DemoData.write(loket.database(), 60, 5, TODAY);
        DemoLetters.write(loket.database(), new LetterPdf(), 4, 10, 5, TODAY);
        loket.database().jdbi().useHandle(h -> h.execute("UPDATE agenda_counter SET last_seq = 99997 WHERE year = 2026"));
        var flow = loket.workflow();
        var me = loket.actor();
        received = register(ServiceKind.JARINGAN, LocalDateTime.of(2026, 11, 19, 8, 40), 26,
                "005/311/Bappeda/2026", "Permohonan penambahan titik akses Wi-Fi ruang rapat lantai dua", true);
        underReview = register(ServiceKind.EMAIL, LocalDateTime.of(2026, 11, 20, 14, 5), 29,
                "800/122/BKD/2026", "Permohonan reset password email kedinasan", true);
        processing = register(ServiceKind.VICON, LocalDateTime.of(2026, 11, 23, 8, 15), 32,
                "045/88/BPBD/2026", "Permohonan fasilitas video conference rapat koordinasi", true);
        incomplete = register(ServiceKind.CLOUD, LocalDateTime.of(2026, 11, 23, 9, 20), 19,
                "555/41/Disporapar/2026", "Penunjukan admin pengelola data cloud", false);
        returned = register(ServiceKind.HOSTING, LocalDateTime.of(2026, 11, 18, 10, 0), 1,
                "005/900/Setda/2026", "Permohonan subdomain dan hosting website", true);
        flow.takeForReview(underReview, version(underReview), me);
        flow.takeForReview(processing, version(processing), me);
        flow.forwardToProcessing(processing, version(processing), me, me.username(), null);
        flow.takeForReview(returned, version(returned), me);
        flow.returnToAgency(returned, version(returned), me, "Nama subdomain belum disebutkan",
                "Nama subdomain yang diminta dan narahubung teknis");
        long channel = loket.reference().complaintChannels().stream().filter(c -> c.code().equals("WHATSAPP"))
                .findFirst().orElseThrow().id();
        loket.complaintService().register(new ComplaintDraft(LocalDateTime.of(2026, 11, 20, 9, 0), channel, null, false,
                "Rina Marlina", ComplainantKind.MASYARAKAT, null, "0812 3456 7890", null, null,
                "Akun Zoom untuk rapat koordinasi belum aktif padahal rapat dimulai besok pagi."), me);
        // the letter in process carries its scans (issue 14): a two-page PDF and a photographed attachment
        loket.attachments().attach(processing, java.util.List.of(
                new id.kalbarprov.loket.core.attachments.ScanFile("surat-bpbd-045.pdf",
                        id.kalbarprov.loket.documents.ScanSamples.pdf(2, 1)),
                new id.kalbarprov.loket.core.attachments.ScanFile("lampiran-jadwal-rapat-koordinasi.jpg",
                        id.kalbarprov.loket.documents.ScanSamples.jpeg(2))), me);
    }

    public int version(long id) {
        return loket.requests().find(id).orElseThrow().version();
    }

    long register(ServiceKind kind, LocalDateTime at, long agency, String number, String subject, boolean complete) {
        ServiceStandard s = loket.reference().services().stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
        Set<Long> done = new HashSet<>();
        if (complete) {
            s.requirements().forEach(r -> done.add(r.id()));
        }
        LetterDraft d = new LetterDraft(at, agency, number, at.toLocalDate().minusDays(1), subject, s.id(),
                SignerRole.KEPALA_PD, "dr. Erna Yulianti, M.Kes", done, "Budi Hartono", "0812 5678 1234", null);
        return ((IntakeService.Done) loket.intake().register(d, loket.actor(), true)).id();
    }
}
