package id.kalbarprov.loket.core.letters;

import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.complaints.Complaint;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The outgoing register and its complaint replies in memory, with real rollback: a transaction
 * that throws leaves every field as it was. Records each write in {@link #writes} so tests see
 * what the services asked the store to persist.
 */
final class InMemoryRegister implements OutgoingLetterPort, OutgoingLetterPort.Issuing {

    static final Signer SIGNER = new Signer("Dr. Hendra Wijaya, S.Kom., M.T.", "Kepala Dinas",
            "Pembina Utama Muda (IV/c)", "196509161993031002", false);

    Optional<Signer> signer = Optional.of(SIGNER);
    Map<Long, RequestFacts> requests = new HashMap<>();
    Map<Long, Complaint> complaints = new HashMap<>();
    Map<Long, List<ReplyLetter>> replyLetters = new HashMap<>();
    List<NewOutgoingLetter> letters = new ArrayList<>();
    List<Boolean> cancelled = new ArrayList<>();
    Map<Integer, Long> serials = new HashMap<>();
    List<String> writes = new ArrayList<>();

    // ---------------------------------------------------------------- transactions

    private record State(Map<Long, RequestFacts> requests, Map<Long, Complaint> complaints,
                         Map<Long, List<ReplyLetter>> replyLetters, List<NewOutgoingLetter> letters,
                         List<Boolean> cancelled, Map<Integer, Long> serials, List<String> writes) {
    }

    private State copy() {
        Map<Long, List<ReplyLetter>> replies = new HashMap<>();
        replyLetters.forEach((k, v) -> replies.put(k, new ArrayList<>(v)));
        return new State(new HashMap<>(requests), new HashMap<>(complaints), replies, new ArrayList<>(letters),
                new ArrayList<>(cancelled), new HashMap<>(serials), new ArrayList<>(writes));
    }

    @Override
    public <T> T inTransaction(Function<Issuing, T> work) {
        State before = copy();
        try {
            return work.apply(this);
        } catch (RuntimeException e) {
            requests = before.requests();
            complaints = before.complaints();
            replyLetters = before.replyLetters();
            letters = before.letters();
            cancelled = before.cancelled();
            serials = before.serials();
            writes = before.writes();
            throw e;
        }
    }

    // ---------------------------------------------------------------- reads

    @Override
    public LetterSettings settings() {
        Map<ServiceKind, String> codes = new EnumMap<>(ServiceKind.class);
        for (ServiceKind k : ServiceKind.values()) {
            codes.put(k, "500.12.6");
        }
        return new LetterSettings("{code}/{seq}/Diskominfo", codes, Paper.A4, "Pontianak", "Pontianak", List.of(),
                new Letterhead("Pemerintah Provinsi", "Diskominfo", "Jl. Ahmad Yani", "-"), signer);
    }

    @Override
    public Signer signerAsStored() {
        return signer.orElse(new Signer("", "", "", "", false));
    }

    @Override
    public String replyCode() {
        return ReplyLetters.DEFAULT_CODE;
    }

    @Override
    public List<LetterTemplate> templates() {
        return List.of(template(ServiceKind.EMAIL, LetterKind.SELESAI), template(null, LetterKind.BALASAN_PENGADUAN));
    }

    @Override
    public LetterTemplate template(ServiceKind service, LetterKind kind) {
        return kind == LetterKind.BALASAN_PENGADUAN
                ? new LetterTemplate(null, kind, "Balasan Pengaduan {nomor_pengaduan}", "{jawaban}", 1)
                : new LetterTemplate(service, kind, "Konfirmasi {layanan}", "Untuk {nama_pd}: {rincian}", 1);
    }

    @Override
    public String serviceName(ServiceKind kind) {
        return "Pelayanan " + kind.name();
    }

    @Override
    public List<PendingLetter> waiting() {
        return List.of();
    }

    @Override
    public Optional<RequestFacts> facts(long letterId) {
        return Optional.ofNullable(requests.get(letterId));
    }

    @Override
    public List<IssuedLetter> issued(int limit) {
        List<IssuedLetter> out = new ArrayList<>();
        for (int i = letters.size() - 1; i >= 0 && out.size() < limit; i--) {
            out.add(row(i));
        }
        return out;
    }

    @Override
    public Optional<IssuedLetter> find(long outgoingId) {
        return outgoingId >= 1 && outgoingId <= letters.size() ? Optional.of(row((int) outgoingId - 1))
                : Optional.empty();
    }

    private IssuedLetter row(int i) {
        NewOutgoingLetter l = letters.get(i);
        return new IssuedLetter(i + 1, l.year(), l.number(), l.letterId() == null ? 0 : l.letterId(), l.kind(),
                l.date(), "PD", l.content().subject(), l.actor(), l.at().toString(), l.pages(), l.sha256(),
                cancelled.get(i), null, null, null, null, l.complaintId(), l.complaintId() == null ? null : "0007");
    }

    @Override
    public byte[] pdf(long outgoingId) {
        return letters.get((int) outgoingId - 1).pdf();
    }

    @Override
    public void forEachPdf(BiConsumer<IssuedLetter, byte[]> sink) {
        for (int i = 0; i < letters.size(); i++) {
            sink.accept(row(i), letters.get(i).pdf());
        }
    }

    // ---------------------------------------------------------------- plain writes

    @Override
    public void saveSettings(LetterForm form, String replyCode, String actor) {
        writes.add("settings " + form.signer().nip() + " by " + actor);
    }

    @Override
    public LetterTemplate saveTemplate(LetterTemplate t, String actor, LocalDateTime at) {
        writes.add("template " + t.kind() + " by " + actor);
        return new LetterTemplate(t.service(), t.kind(), t.subject(), t.body(), t.version() + 1);
    }

    @Override
    public void cancel(long outgoingId, String reason, String actor, LocalDateTime at, String complaintNote) {
        int i = (int) outgoingId - 1;
        if (cancelled.get(i)) {
            throw new ConcurrentChangeException("outgoing letter", outgoingId);
        }
        cancelled.set(i, true);
        writes.add("cancel " + letters.get(i).number() + ": " + reason + (complaintNote == null ? ""
                : " | complaint history: " + complaintNote));
    }

    @Override
    public void recordDelivery(long outgoingId, Delivery how, LocalDate on, String receiver, String actor) {
        writes.add("delivery " + outgoingId + " " + how + " " + on + " " + receiver);
    }

    // ---------------------------------------------------------------- issuing

    @Override
    public boolean hasLiveLetter(long letterId, LetterKind kind, int requestVersion) {
        for (int i = 0; i < letters.size(); i++) {
            NewOutgoingLetter l = letters.get(i);
            if (!cancelled.get(i) && Long.valueOf(letterId).equals(l.letterId()) && l.kind() == kind
                    && (kind == LetterKind.SELESAI || l.subjectVersion() == requestVersion)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int complaintVersion(long complaintId) {
        return complaints.get(complaintId).version();
    }

    @Override
    public List<ReplyLetter> replies(long complaintId) {
        return replyLetters.computeIfAbsent(complaintId, k -> new ArrayList<>());
    }

    @Override
    public long nextSerial(int year) {
        return serials.merge(year, 1L, Long::sum);
    }

    @Override
    public long store(NewOutgoingLetter letter) {
        letters.add(letter);
        cancelled.add(false);
        writes.add("letter " + letter.number() + " " + letter.kind() + " sha " + letter.sha256().substring(0, 8)
                + " to " + letter.addressee().replace('\n', '/') + " by " + letter.actor());
        return letters.size();
    }

    @Override
    public void requestIssued(RequestFacts f, RequestState to, String note, String actor, LocalDateTime at) {
        RequestFacts now = requests.get(f.letterId());
        if (now.version() != f.version() || now.state() != f.state()) {
            throw new ConcurrentChangeException("request", f.letterId());
        }
        if (to != f.state()) {
            requests.put(f.letterId(), new RequestFacts(f.letterId(), f.version() + 1, to, f.service(),
                    f.serviceName(), f.agencyName(), f.agendaNumber(), f.letterNumber(), f.letterDate(), f.subject(),
                    f.summary(), f.missingItems(), f.decisionReason()));
        }
        writes.add("request " + f.letterId() + " " + f.state() + "->" + to + ": " + note);
    }

    @Override
    public void complaintReplied(Complaint c, long outgoingId, String answer, String number, String note,
                                 String actor, LocalDateTime at) {
        if (complaints.get(c.id()).version() != c.version()) {
            throw new ConcurrentChangeException("complaint", c.id());
        }
        NewOutgoingLetter l = letters.get((int) outgoingId - 1);
        replies(c.id()).add(0, new ReplyLetter(outgoingId, number, l.date(), l.addressee(), answer, false, null));
        writes.add("complaint " + c.id() + " reply " + answer + ": " + note);
    }
}
