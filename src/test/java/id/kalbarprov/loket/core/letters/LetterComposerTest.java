package id.kalbarprov.loket.core.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LetterComposerTest {

    @Test
    void unknownPlaceholdersAreListedOnceInOrder() {
        assertThat(Placeholders.unknown("{perihal} {nama} {rincian} {nama} {Perihal}"))
                .containsExactly("{nama}", "{Perihal}");
        assertThat(Placeholders.unknown("Nomor {nomor_surat_pd} tanggal {tanggal_surat_pd}")).isEmpty();
    }

    @Test
    void fillingReplacesKnownPlaceholders() {
        assertThat(Placeholders.fill("Hal {perihal} untuk {nama_pd}.", Map.of("perihal", "Hosting", "nama_pd", "Dinkes")))
                .isEqualTo("Hal Hosting untuk Dinkes.");
    }

    @Test
    void severalMissingItemsBecomeANumberedList() {
        assertThat(LetterComposer.list("- Surat belum ditandatangani\n\n2) Cap dinas belum ada\n"))
                .isEqualTo("1. Surat belum ditandatangani\n2. Cap dinas belum ada");
        assertThat(LetterComposer.list("Satu hal saja")).isEqualTo("Satu hal saja");
        assertThat(LetterComposer.list(null)).isEqualTo("-");
    }

    @Test
    void theHeadOfEachKindOfAgencyIsAddressedByTitle() {
        assertThat(LetterComposer.headOf("Dinas Kesehatan Provinsi Kalimantan Barat"))
                .isEqualTo("Kepala Dinas Kesehatan Provinsi Kalimantan Barat");
        assertThat(LetterComposer.headOf("Sekretariat Daerah Provinsi Kalimantan Barat"))
                .isEqualTo("Sekretaris Daerah Provinsi Kalimantan Barat");
        assertThat(LetterComposer.headOf("Inspektorat Provinsi Kalimantan Barat"))
                .isEqualTo("Inspektur Provinsi Kalimantan Barat");
    }

    @Test
    void aPppkSignerShowsTheStaffNumberAndANipSignerTheNip() {
        assertThat(new Signer("A", "B", "C", "196509161993031002", false).numberLine())
                .isEqualTo("NIP. 19650916 199303 1 002");
        assertThat(new Signer("A", "B", "C", "199001012021122001", true).numberLine())
                .isEqualTo("NI PPPK. 19900101 202112 2 001");
    }
}
