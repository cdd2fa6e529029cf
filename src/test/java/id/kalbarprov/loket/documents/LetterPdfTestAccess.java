package id.kalbarprov.loket.documents;

/** Test pictures shared with tests in other packages. */
public final class LetterPdfTestAccess {

    private LetterPdfTestAccess() {
    }

    /** A red oval on a transparent 200 x 240 picture, as PNG bytes. */
    public static byte[] emblemPng() throws Exception {
        return LetterPdfTest.emblemPng();
    }
}
