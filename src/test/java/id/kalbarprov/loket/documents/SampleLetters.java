package id.kalbarprov.loket.documents;

import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.complaints.Complaint;
import id.kalbarprov.loket.core.complaints.ComplaintState;
import id.kalbarprov.loket.core.letters.ReplyLetters;
import java.time.LocalDateTime;
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
            case BALASAN_PENGADUAN -> new LetterTemplate(null, kind, "Jawaban atas Pengaduan {nomor_pengaduan}",
                    "Menindaklanjuti pengaduan Saudara yang kami terima pada tanggal {tanggal_pengaduan} melalui "
                            + "{saluran} dan tercatat dengan Nomor {nomor_pengaduan}{tentang_layanan}, dengan pokok "
                            + "pengaduan sebagai berikut:\n\n{isi_pengaduan}\n\nDengan hormat kami sampaikan bahwa "
                            + "pengaduan tersebut telah kami tindak lanjuti, dengan jawaban sebagai berikut:\n\n"
                            + "{jawaban}" + closing, 1);
        };
    }

    /** A complaint from a member of the public about a hosting request, followed up. */
    public static Complaint complaint() {
        return new Complaint(4, "0004/PGD/2026", LocalDateTime.of(2026, 11, 16, 9, 12), 3, "WhatsApp", null, false,
                "Rina Marlina", ComplainantKind.MASYARAKAT, null, null, "0812 3456 7890", 4L,
                "Pelayanan Hosting", 12L, "0042/SM/2026", "Situs web yang kami titipkan tidak dapat diakses sejak "
                + "Jumat pagi.", ComplaintState.DITINDAKLANJUTI, 1L, "Pengaduan ringan", 5, null, null, null, null, 3);
    }

    public static LetterContent reply(Paper paper) {
        LetterSettings s = settings(paper);
        return ReplyLetters.compose(s, template(LetterKind.BALASAN_PENGADUAN), complaint(),
                "Gangguan disebabkan oleh sertifikat SSL yang kedaluwarsa.\nSertifikat telah diperbarui pada "
                        + "20 November 2026 dan situs dapat diakses kembali.",
                "Jl. Gajah Mada No. 17, Kelurahan Benua Melayu Darat, Kecamatan Pontianak Selatan, Pontianak 78121",
                ReplyLetters.number(s, "500.12", 18, ISSUED), ISSUED, SIGNER);
    }

    public static LetterContent letter(LetterKind kind, Paper paper, String summary) {
        if (kind == LetterKind.BALASAN_PENGADUAN) {
            return reply(paper);
        }
        LetterSettings s = settings(paper);
        RequestFacts f = facts(kind, summary);
        return LetterComposer.compose(s, template(kind), f, LetterComposer.number(s, f, 17, ISSUED), ISSUED, SIGNER);
    }

    public static LetterContent letter(LetterKind kind) {
        return letter(kind, Paper.A4, "Akun email dinkes.sekretariat@kalbarprov.go.id telah dibuat\n"
                + "Kata sandi awal diserahkan langsung kepada admin yang ditunjuk\nKuota kotak surat 10 GB");
    }
}
