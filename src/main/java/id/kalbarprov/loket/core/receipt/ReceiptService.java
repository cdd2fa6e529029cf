package id.kalbarprov.loket.core.receipt;

import id.kalbarprov.loket.core.auth.Person;
import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.letters.LetterSettings;
import id.kalbarprov.loket.core.register.LetterDetail;
import id.kalbarprov.loket.core.register.LetterRow;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The receipt (tanda terima) an agency takes home for its letter (issue 14): built from the letter as
 * registered and the working-day calendar; the latest completion date is the request's due date on
 * that calendar, so it matches what Beranda and the register show.
 */
public final class ReceiptService {

    private final LongFunction<Optional<LetterDetail>> letters;
    private final java.util.function.Function<String, Optional<Long>> byAgenda;
    private final Supplier<LetterSettings> settings;
    private final Supplier<WorkingCalendar> calendar;
    private final ReceiptRenderer renderer;
    private final DispositionRenderer dispositions;

    public ReceiptService(LongFunction<Optional<LetterDetail>> letters,
                          java.util.function.Function<String, Optional<Long>> byAgenda,
                          Supplier<LetterSettings> settings, Supplier<WorkingCalendar> calendar,
                          ReceiptRenderer renderer, DispositionRenderer dispositions) {
        this.dispositions = dispositions;
        this.letters = letters;
        this.byAgenda = byAgenda;
        this.settings = settings;
        this.calendar = calendar;
        this.renderer = renderer;
    }

    /** The receipt of letter {@code id}, or empty when there is no such letter. */
    public Optional<Receipt> receipt(long id, ReceiptSize size) {
        return letters.apply(id).map(d -> receipt(d, size));
    }

    /** The receipt of the letter with agenda number {@code agenda}. */
    public Optional<Receipt> receipt(String agenda, ReceiptSize size) {
        return byAgenda.apply(agenda.strip()).flatMap(id -> receipt(id, size));
    }

    /** The lembar disposisi of letter {@code id}, or empty when there is no such letter. */
    public Optional<DispositionSheet> disposition(long id) {
        return letters.apply(id).map(d -> {
            LetterRow r = d.row();
            java.time.LocalDate due = r.clockStart() == null ? null : r.due(calendar.get());
            return new DispositionSheet(settings.get().letterhead(), r.agendaNumber(), r.receivedAt(), d.agencyName(),
                    r.letterNumber(), r.letterDate(), r.subject(), r.service(), due, DispositionSheet.RECIPIENTS,
                    DispositionSheet.INSTRUCTIONS);
        });
    }

    public byte[] pdf(DispositionSheet sheet) {
        return dispositions.render(sheet);
    }

    public byte[] pdf(Receipt r) {
        return renderer.render(r);
    }

    Receipt receipt(LetterDetail d, ReceiptSize size) {
        LetterRow r = d.row();
        LetterSettings s = settings.get();
        List<String> missing = d.checklist().stream().filter(c -> !c.fulfilled()).map(LetterDetail.ChecklistItem::text)
                .toList();
        boolean complete = missing.isEmpty();
        java.time.LocalDate due = r.clockStart() == null ? null : r.due(calendar.get());
        String contact = s.letterhead().contact() == null ? "" : s.letterhead().contact().strip();
        String progress = "Tanyakan perkembangan permohonan dengan menyebut nomor agenda " + r.agendaNumber()
                + (contact.isEmpty() ? " di loket layanan." : " di loket layanan atau melalui " + contact + ".");
        return new Receipt(s.letterhead(), s.place(), r.agendaNumber(), r.receivedAt(), d.agencyName(), r.letterNumber(),
                r.letterDate(), r.subject(), r.service(), r.workingDays(), complete, missing, due, progress,
                Person.nameOf(d.createdBy()), size);
    }
}
