package id.kalbarprov.loket.ui.complaints;

import id.kalbarprov.loket.core.letters.ComplaintReplyService;
import id.kalbarprov.loket.core.letters.LetterRenderer;
import id.kalbarprov.loket.core.letters.OutgoingLetterService;
import id.kalbarprov.loket.ui.letters.Printing;

/** What the complaint's detail needs for its reply letter: the service, the register's PDFs, rendering, printing. */
public record ComplaintReplies(ComplaintReplyService service, OutgoingLetterService outgoing, LetterRenderer renderer,
                               Printing printing) {
}
