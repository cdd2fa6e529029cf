package id.kalbarprov.loket.core.receipt;

import id.kalbarprov.loket.core.letters.Letterhead;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The paper disposition sheet (lembar disposisi) that travels with a letter to the head of office
 * (issue 14): the letter's facts printed, and what the head fills in by hand — to whom (ticks), the
 * instructions (ticks), notes, date and signature.
 */
public record DispositionSheet(Letterhead letterhead, String agendaNumber, LocalDateTime receivedAt, String agency,
                               String letterNumber, LocalDate letterDate, String subject, String service,
                               LocalDate due, List<String> recipients, List<String> instructions) {

    /** Whom a letter of the desk usually goes to. */
    public static final List<String> RECIPIENTS = List.of("Sekretaris", "Kepala Bidang Aplikasi Informatika",
            "Kepala Bidang Infrastruktur TIK", "Analis (pengkaji)", "Pelaksana", "Petugas Loket");

    /** The usual instructions (as on the Tata Naskah Dinas disposition sheet). */
    public static final List<String> INSTRUCTIONS = List.of("Tanggapan dan saran", "Proses lebih lanjut",
            "Koordinasi / konfirmasi", "Siapkan jawaban", "Untuk diketahui", "Hadiri / wakili", "Arsip");

    public DispositionSheet {
        recipients = List.copyOf(recipients);
        instructions = List.copyOf(instructions);
    }
}
