package id.kalbarprov.loket.documents;

import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.letters.LetterComposer;
import id.kalbarprov.loket.core.letters.LetterContent;
import id.kalbarprov.loket.core.letters.LetterKind;
import id.kalbarprov.loket.core.letters.LetterSettings;
import id.kalbarprov.loket.core.letters.LetterTemplate;
import id.kalbarprov.loket.core.letters.Letterhead;
import id.kalbarprov.loket.core.letters.Paper;
import id.kalbarprov.loket.core.letters.RequestFacts;
import id.kalbarprov.loket.core.letters.Signer;
import id.kalbarprov.loket.core.request.RequestState;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Letters for the document tests, built the way the store builds them. */
public final class SampleLetters {

    public static final LocalDate ISSUED = LocalDate.of(2026, 11, 22);
    public static final Signer SIGNER = new Signer("Dr. Hendra Wijaya, S.Kom., M.T.",
            "Kepala Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat", "Pembina Utama Muda (IV/c)",
            "196509161993031002", false);

    private SampleLetters() {
    }

    public static LetterSettings settings(Paper paper) {
        return new LetterSettings("{code}/{seq}/Diskominfo", Map.of(ServiceKind.EMAIL, "500.12.6",
                ServiceKind.HOSTING, "500.12.15"), paper, "Pontianak", "Pontianak",
                List.of("Kepala Bidang Aplikasi Informatika", "Arsip"),
                new Letterhead("PEMERINTAH PROVINSI KALIMANTAN BARAT", "DINAS KOMUNIKASI DAN INFORMATIKA",
                        "Jl. Ahmad Yani, Gedung Pelayanan Terpadu Lantai 6, Komplek Kantor Gubernur Kalimantan Barat, "
                                + "Pontianak, Kalimantan Barat 78124",
                        "Telp. (0561) 8173627 · Pos-el: diskominfo@kalbarprov.go.id · Laman: "
                                + "https://diskominfo.kalbarprov.go.id"),
                Optional.of(SIGNER));
    }

    public static RequestFacts facts(LetterKind kind, String summary) {
        RequestState state = kind == LetterKind.SELESAI ? RequestState.SIAP_SURAT : RequestState.valueOf(kind.name());
        return new RequestFacts(1, 3, state, ServiceKind.EMAIL, "Pelayanan Email Kedinasan",
                "Dinas Kesehatan Provinsi Kalimantan Barat", "0042/SM/2026", "800/1234/Dinkes-Sekr",
                LocalDate.of(2026, 11, 16), "Permohonan Pembuatan Akun Email Kedinasan", summary,
                "Surat permintaan belum ditandatangani Kepala Dinas\nCap/stempel dinas belum dibubuhkan",
                "Alamat email yang diminta sudah dipakai oleh perangkat daerah lain.");
    }

    public static LetterTemplate template(LetterKind kind) {
        String opening = "Menindaklanjuti surat Saudara Nomor {nomor_surat_pd} tanggal {tanggal_surat_pd} hal "
                + "{perihal}, dengan hormat kami sampaikan bahwa ";
        String closing = "\n\nDemikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.";
        return switch (kind) {
            case SELESAI -> new LetterTemplate(ServiceKind.EMAIL, kind, "Konfirmasi Layanan {layanan}", opening
                    + "permintaan layanan email kedinasan Saudara telah kami tindak lanjuti, dengan rincian "
                    + "sebagai berikut:\n\n{rincian}" + closing, 1);
            case DIKEMBALIKAN -> new LetterTemplate(ServiceKind.EMAIL, kind, "Pengembalian Berkas Permintaan Layanan {layanan}",
                    opening + "permintaan layanan {layanan} tersebut belum dapat kami proses karena berkas belum lengkap. "
                            + "Mohon Saudara melengkapi hal-hal berikut:\n\n{kekurangan}" + closing, 1);
            case DITOLAK -> new LetterTemplate(ServiceKind.EMAIL, kind, "Jawaban atas Permintaan Layanan {layanan}",
                    opening + "permintaan layanan {layanan} tersebut belum dapat kami penuhi dengan alasan "
                            + "sebagai berikut:\n\n{alasan}" + closing, 1);
        };
    }

    public static LetterContent letter(LetterKind kind, Paper paper, String summary) {
        LetterSettings s = settings(paper);
        RequestFacts f = facts(kind, summary);
        return LetterComposer.compose(s, template(kind), f, LetterComposer.number(s, f, 17, ISSUED), ISSUED, SIGNER);
    }

    public static LetterContent letter(LetterKind kind) {
        return letter(kind, Paper.A4, "Akun email dinkes.sekretariat@kalbarprov.go.id telah dibuat\n"
                + "Kata sandi awal diserahkan langsung kepada admin yang ditunjuk\nKuota kotak surat 10 GB");
    }
}
