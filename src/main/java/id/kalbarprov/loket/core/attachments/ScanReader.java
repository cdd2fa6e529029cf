package id.kalbarprov.loket.core.attachments;

/**
 * Opens a scan the way the viewer will (implemented in documents/ with PDFBox and ImageIO): a PDF that
 * asks for a password, a damaged PDF or an image that cannot be decoded is refused here, before
 * anything is saved.
 */
public interface ScanReader {

    /**
     * @return the number of pages (1 for an image)
     * @throws ScanRefusedException {@link ScanProblem#PASSWORD} or {@link ScanProblem#DAMAGED}
     */
    int check(ScanKind kind, byte[] content, String fileName);
}
