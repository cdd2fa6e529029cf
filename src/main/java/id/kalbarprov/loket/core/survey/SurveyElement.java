package id.kalbarprov.loket.core.survey;

/**
 * The nine elements (unsur) of the satisfaction survey, in the order of PermenPANRB 14/2017:
 * Persyaratan; Sistem, Mekanisme dan Prosedur; Waktu Penyelesaian; Biaya/Tarif; Produk Spesifikasi
 * Jenis Pelayanan; Kompetensi Pelaksana; Perilaku Pelaksana; Penanganan Pengaduan, Saran dan
 * Masukan; Sarana dan Prasarana. Each is answered 1 to 4. Their names, questions and the four answer
 * wordings are texts (bundle {@code survey}: {@code survey.element.U1}, {@code survey.question.U1},
 * {@code survey.answer.U1.1} ... {@code survey.answer.U1.4}).
 */
public enum SurveyElement {
    U1, U2, U3, U4, U5, U6, U7, U8, U9;

    /** The lowest and highest answer. */
    public static final int MIN = 1;
    public static final int MAX = 4;

    /** The number of elements (nine). */
    public static final int COUNT = values().length;

    /** 1 for U1 ... 9 for U9. */
    public int number() {
        return ordinal() + 1;
    }

    /** The text key of answer {@code value} (1–4) to this element: {@code survey.answer.U1.1} ... */
    public String answerKey(int value) {
        return "survey.answer." + name() + "." + value;
    }

    /** The column of the element in a CSV file and in the database: {@code u1} ... {@code u9}. */
    public String column() {
        return "u" + number();
    }
}
