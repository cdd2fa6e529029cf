package id.kalbarprov.loket.core.receipt;

/** Lays a receipt out as a PDF/A (documents/ReceiptPdf). */
public interface ReceiptRenderer {
    byte[] render(Receipt receipt);
}
