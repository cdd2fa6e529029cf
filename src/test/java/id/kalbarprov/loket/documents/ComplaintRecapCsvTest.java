package id.kalbarprov.loket.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CSV fields as LibreOffice Calc's default import must keep them (decision 0009). */
class ComplaintRecapCsvTest {

    @Test
    void numberLikeIdentifiersStayTextAndNothingRunsAsAFormula() {
        assertThat(ComplaintRecapExport.cell("081234567890")).isEqualTo("=\"081234567890\"");
        assertThat(ComplaintRecapExport.cell("+6281234567890")).isEqualTo("=\"+6281234567890\"");
        assertThat(ComplaintRecapExport.cell("1234567890123456789")).isEqualTo("=\"1234567890123456789\"");
        assertThat(ComplaintRecapExport.cell("0812 3456 7890")).isEqualTo("0812 3456 7890");
        assertThat(ComplaintRecapExport.cell("3")).isEqualTo("3");
        assertThat(ComplaintRecapExport.cell("66,7 %")).isEqualTo("66,7 %");
        assertThat(ComplaintRecapExport.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(ComplaintRecapExport.cell("@akun")).isEqualTo("'@akun");
        assertThat(ComplaintRecapExport.cell(null)).isEmpty();
    }

    @Test
    void theEncodingHoldsIndonesianAndLatinNamesAndReplacesTheRest() {
        String name = "Zoë Ratnasari — Café Ñusa";
        assertThat(new String(name.getBytes(ComplaintRecapExport.CSV_CHARSET), ComplaintRecapExport.CSV_CHARSET))
                .isEqualTo(name);
        assertThat(ComplaintRecapExport.CSV_CHARSET.newEncoder().canEncode("\uD83D\uDE00")).isFalse();
    }
}
