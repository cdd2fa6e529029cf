package id.kalbarprov.loket.core.receipt;

/** Lays a disposition sheet out as a PDF/A (documents/DispositionPdf). */
public interface DispositionRenderer {
    byte[] render(DispositionSheet sheet);
}
