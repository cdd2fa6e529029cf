package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.letters.LetterForm;
import id.kalbarprov.loket.core.letters.Paper;
import id.kalbarprov.loket.core.letters.Signer;
import id.kalbarprov.loket.core.request.RequestState;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** Requests put straight into a state with plain SQL, as the workflow (issue 3) leaves them. */
public final class LetterFixtures {

    public static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    public static final Actor KABID = new Actor(2, "kabid", "Rina Kartika", EnumSet.of(Role.KEPALA_BIDANG));
    public static final Actor ADMIN = new Actor(1, "admin", "Admin Loket", EnumSet.of(Role.ADMIN));
    public static final Actor LOKET = new Actor(3, "loket", "Budi Santoso", EnumSet.of(Role.PETUGAS_LOKET));
    public static final Signer SIGNER = new Signer("Dr. Hendra Wijaya, S.Kom., M.T.",
            "Kepala Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat", "Pembina Utama Muda (IV/c)",
            "19650916 199303 1 002", false);

    private LetterFixtures() {
    }

    public static Clock clock() {
        return Clock.fixed(NOW.atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    }

    public static LetterForm form(Signer signer) {
        Map<ServiceKind, String> codes = new EnumMap<>(ServiceKind.class);
        for (ServiceKind k : ServiceKind.values()) {
            codes.put(k, k == ServiceKind.EMAIL || k == ServiceKind.VICON ? "500.12.6" : "500.12.15");
        }
        return new LetterForm(signer, List.of("Kepala Bidang Aplikasi Informatika", "Arsip"), Paper.A4,
                "{code}/{seq}/Diskominfo", codes);
    }

    /** Inserts a request of agency 5 (Dinas Kesehatan) for service 3 (e-mail) in {@code state}. */
    public static long request(Database db, RequestState state, int n) {
        return db.jdbi().inTransaction(h -> {
            long id = h.createUpdate("""
                            INSERT INTO letter (agenda_year, agenda_seq, agenda_number, received_at, agency_id,
                                letter_number, letter_number_key, letter_date, subject, service_id, signer_role,
                                signer_name, state, clock_start, created_by, created_at, version, missing_items,
                                decision_reason)
                            VALUES (2026, :n, :agenda, '2026-11-16T09:00', 5, :number, :number, '2026-11-13',
                                'Permohonan Pembuatan Akun Email Kedinasan', 3, 'KEPALA_PD', 'dr. Erna Yulianti',
                                :state, '2026-11-16', 'test', '2026-11-16T09:00', 3,
                                'Surat permintaan belum ditandatangani Kepala Dinas', 'Nama akun sudah dipakai.')""")
                    .bind("n", n).bind("agenda", String.format("%04d/SM/2026", n))
                    .bind("number", "800/" + n + "/Dinkes").bind("state", state.name())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            if (state == RequestState.SIAP_SURAT) {
                h.createUpdate("""
                                INSERT INTO request_processing (letter_id, kind, details, summary, processed_by, processed_at)
                                VALUES (?, 'EMAIL', '{}', 'Akun email sekretariat.dinkes@kalbarprov.go.id telah dibuat',
                                    'pelaksana', '2026-11-20T10:00')""").bind(0, id).execute();
            }
            return id;
        });
    }
}
