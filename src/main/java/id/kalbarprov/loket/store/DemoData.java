package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.calendar.WorkingCalendar;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.numbering.NumberPattern;
import id.kalbarprov.loket.core.processing.ProcessingRecord;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.request.RequestState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;

/**
 * Realistic demo records: letters spread over 2024 to {@code until}, across agencies, services and
 * states (older letters mostly finished), stored as registration stores them.
 */
public final class DemoData {

    private static final String[] FIRST = {"Ahmad", "Budi", "Siti", "Dewi", "Rudi", "Yuliana", "Hendra", "Nurhayati",
        "Agus", "Fransiskus", "Maria", "Sutarmidji", "Rahmat", "Lina", "Antonius", "Syarif", "Wahyuni", "Yohanes"};
    private static final String[] LAST = {"Setiawan", "Pratama", "Rahmawati", "Hidayat", "Saputra", "Wijaya",
        "Nugroho", "Lestari", "Kurniawan", "Santoso", "Simanjuntak", "Alkadrie", "Gunawan", "Syahputra"};
    private static final String[][] SUBJECTS = {
        {"Permohonan pemasangan jaringan internet di ruang rapat", "Permohonan penambahan titik akses Wi-Fi",
            "Permohonan perbaikan jaringan LAN kantor"},
        {"Permohonan fasilitas video conference rapat koordinasi", "Permohonan akun Zoom untuk sosialisasi",
            "Permohonan fasilitasi Zoom Meeting bimbingan teknis"},
        {"Permohonan reset password email kedinasan", "Permohonan penambahan akun email kedinasan",
            "Permohonan perubahan nama akun email OPD"},
        {"Permohonan hosting aplikasi layanan publik", "Permohonan subdomain dan hosting website",
            "Permohonan penambahan kuota hosting"},
        {"Permohonan pembukaan akun data cloud", "Penunjukan admin pengelola data cloud",
            "Permohonan penambahan kuota data cloud"}};

    private DemoData() {
    }

    /** Letters per write transaction: large enough that the full-text index and the B-trees are
     *  written in big runs, small enough that a stop loses little and the WAL stays modest. */
    static final int BATCH = 10_000;

    /**
     * Writes {@code count} letters received between 1 January 2024 and {@code until}. Returns the
     * count. Each letter is stored as registration stores it (the same columns, agenda numbers from
     * the same counter and pattern, its requirement rows, its history and its audit entry in the
     * chain) and, for a demo request further along, with the facts of its workflow in the same insert.
     * The statements are prepared once and sent in batches, a transaction per {@link #BATCH} letters
     * (demo-data at a million letters: docs/BENCHMARKS.md).
     */
    public static int write(Database db, int count, long seed, LocalDate until) {
        return write(db, count, seed, LocalDate.of(2024, 1, 2), until);
    }

    /**
     * The last working day on or before {@code day} in {@code db}'s calendar. Letters written up to a
     * Saturday, Sunday or holiday would otherwise be received "tomorrow": a draw on a day off counts from
     * the next working day.
     */
    public static LocalDate lastWorkingDay(Database db, LocalDate day) {
        WorkingCalendar calendar = new ReferenceStore(db).calendar(new SettingsStore(db));
        LocalDate d = day;
        for (int i = 0; i < 31 && !calendar.isWorkingDay(d); i++) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** Writes {@code count} letters received between {@code first} and {@code until} (benchmarks: a busy year). */
    public static int write(Database db, int count, long seed, LocalDate first, LocalDate until) {
        ReferenceStore ref = new ReferenceStore(db);
        List<ServiceStandard> services = ref.services();
        List<Agency> agencies = ref.agencies();
        WorkingCalendar calendar = ref.calendar(new SettingsStore(db));
        Random rnd = new Random(seed);
        long days = until.toEpochDay() - first.toEpochDay();
        // Ascending receive times, so agenda numbers follow the order of arrival as in a real book.
        long[] offsets = rnd.longs(count, 0, Math.max(1, days) * 480L).sorted().toArray();
        // Two threads, one per core: this one makes the letters (the random draws, their workflow and
        // its audit JSON) a batch ahead, the writer binds and stores them. The draws stay in one
        // thread in the same order, so a seed gives the same letters as before.
        BlockingQueue<List<Demo>> ready = new ArrayBlockingQueue<>(2);
        ExecutorService writerThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "demo-data-writer");
            t.setDaemon(true);
            return t;
        });
        Future<?> written = writerThread.submit(() -> {
            store(db, count, ready);
            return null;
        });
        try {
            for (int from = 0; from < count; from += BATCH) {
                int to = Math.min(count, from + BATCH);
                List<Demo> batch = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    long minutes = offsets[i];
                    LocalDate day = calendar.clockStart(first.atStartOfDay().plusDays(minutes / 480));
                    LocalDateTime received = day.atTime(LocalTime.of(7, 30).plusMinutes(minutes % 480));
                    batch.add(letter(received, services, agencies, calendar, until, rnd));
                }
                while (!ready.offer(batch, 1, TimeUnit.SECONDS)) {
                    if (written.isDone()) {
                        break; // the writer failed: its error is thrown below
                    }
                }
                if (written.isDone()) {
                    break;
                }
            }
            written.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            written.cancel(true);
            throw new StoreException("demo data interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StoreException se) {
                throw se;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new StoreException("demo data could not be written", cause);
        } finally {
            writerThread.shutdownNow();
        }
        return count;
    }

    /** The writer's side: {@code count} letters from {@code ready}, a transaction per batch. */
    private static void store(Database db, int count, BlockingQueue<List<Demo>> ready) throws Exception {
        db.jdbi().useHandle(bulk -> {
            Runnable undo = db.dialect().bulkWrites(bulk);
            try (Writer w = new Writer(bulk.getConnection(), db.dialect() == SqliteDialect.INSTANCE)) {
                for (int done = 0; done < count; ) {
                    List<Demo> batch = ready.take();
                    bulk.useTransaction(h -> {
                        w.begin(h);
                        for (Demo demo : batch) {
                            w.letter(demo);
                        }
                        w.commit();
                    });
                    done += batch.size();
                }
            } finally {
                undo.run();
            }
        });
    }

    /** One demo letter as the intake form would have registered it, and how far its request got. */
    private record Demo(LetterDraft draft, ServiceStandard service, boolean complete, LocalDate clockStart,
                        RequestState registered, RequestState state, DemoWorkflow.Facts facts,
                        DemoTimeline.Result timeline, String workflow) {

        /** The workflow the letter went through as one audit entry's JSON, or null when it stayed as registered. */
        static String workflow(RequestState registered, RequestState state, LocalDate clockStart,
                               DemoWorkflow.Facts facts, DemoTimeline.Result timeline) {
            Map<String, Object> columns = facts == null ? Map.of() : facts.columns();
            List<DemoTimeline.Row> rows = facts == null || timeline == null ? List.of() : timeline.rows();
            if (state == registered && columns.isEmpty() && rows.isEmpty()) {
                return null;
            }
            Map<String, Object> after = new java.util.LinkedHashMap<>();
            int place = 1;
            for (DemoTimeline.Row row : rows) {
                HistoryAudit.put(after, place++, row.at().toString(), "demo", row.from() == null ? null
                        : row.from().name(), row.to().name(), row.note());
            }
            after.put("state", state.name());
            after.put("clock_start", clockStart == null ? null : clockStart.toString());
            after.put("clock_days_used", columns.getOrDefault("clock_days_used", 0));
            for (String column : Writer.WORKFLOW) {
                after.put(column, columns.get(column));
            }
            return AuditLog.json(after);
        }
    }

    private static Demo letter(LocalDateTime received, List<ServiceStandard> services, List<Agency> agencies,
                               WorkingCalendar calendar, LocalDate until, Random rnd) {
        ServiceStandard s = services.get(rnd.nextInt(services.size()));
        Agency a = agencies.get(rnd.nextInt(agencies.size()));
        boolean complete = rnd.nextInt(100) < 92;
        Set<Long> done = new HashSet<>();
        if (complete) {
            s.requirements().forEach(r -> done.add(r.id()));
        }
        String abbr = a.abbreviation() == null ? "PD" : a.abbreviation().replace(' ', '-');
        LetterDraft d = new LetterDraft(received, a.id(),
                (400 + rnd.nextInt(600)) + "/" + (1 + rnd.nextInt(999)) + "/" + abbr + "/" + received.getYear(),
                received.toLocalDate().minusDays(rnd.nextInt(6)),
                SUBJECTS[s.kind().ordinal()][rnd.nextInt(3)], s.id(),
                a.parentId() != null ? SignerRole.KEPALA_UPT : SignerRole.KEPALA_PD,
                name(rnd), done, name(rnd), "08" + (11 + rnd.nextInt(80)) + (1000000 + rnd.nextInt(8999999)),
                rnd.nextInt(10) == 0 ? "Diantar langsung oleh staf" : null);
        LocalDate start = complete ? calendar.clockStart(received) : null;
        RequestState registered = complete ? RequestState.DITERIMA : RequestState.BERKAS_BELUM_LENGKAP;
        RequestState state = stateFor(received.toLocalDate(), until, complete, rnd);
        if (state == registered) {
            return new Demo(d, s, complete, start, registered, state, null, null,
                    Demo.workflow(registered, state, start, null, null));
        }
        DemoTimeline.Result t = DemoTimeline.of(state, complete, received, s.kind(), s.workingDays(), until, calendar,
                rnd);
        DemoWorkflow.Facts facts = DemoWorkflow.facts(state, s.kind(), a, t, rnd);
        return new Demo(d, s, complete, t.clockStart(), registered, state, facts, t,
                Demo.workflow(registered, state, t.clockStart(), facts, t));
    }

    /**
     * The rows of one bulk write, and the agenda counters and audit chain between them. On SQLite the
     * letters get their ids here (the next after the highest, as SQLite would give them) and every
     * table's rows go as one JSON array per flush ({@link BulkRows}); on PostgreSQL each letter is
     * inserted for its id and the other rows go as JDBC batches.
     */
    private static final class Writer implements AutoCloseable {

        private static final String[] WORKFLOW = {"reviewer", "processor", "decision_reason", "missing_items",
            "paused_on", "updated_by", "updated_at"};
        private static final String[] LETTER = {"agenda_year", "agenda_seq", "agenda_number", "received_at",
            "agency_id", "letter_number", "letter_number_key", "letter_date", "subject", "service_id", "signer_role",
            "signer_name", "contact_name", "contact_phone", "notes", "state", "clock_start", "created_by",
            "created_at", "version", "clock_days_used", "reviewer", "processor", "decision_reason", "missing_items",
            "paused_on", "updated_by", "updated_at"};
        /** Characters of audit JSON gathered before every table's rows are sent (memory stays modest). */
        private static final int FLUSH_CHARS = 8 << 20;

        private final Connection c;
        private final boolean json;
        private final PreparedStatement returning;
        private final BulkRows letters;
        private final BulkRows requirement;
        private final BulkRows history;
        private final BulkRows processing;
        private final AuditBatch audit;
        private final Map<Integer, Long> seqs = new HashMap<>();
        private NumberPattern pattern;
        private long nextId;

        Writer(Connection c, boolean json) throws SQLException {
            this.c = c;
            this.json = json;
            if (json) {
                String[] columns = new String[LETTER.length + 1];
                columns[0] = "id";
                System.arraycopy(LETTER, 0, columns, 1, LETTER.length);
                letters = BulkRows.of(c, true, "letter", columns);
                returning = null;
            } else {
                letters = null;
                returning = c.prepareStatement("INSERT INTO letter (" + String.join(", ", LETTER) + ") VALUES ("
                        + "?, ".repeat(LETTER.length - 1) + "?) RETURNING id");
            }
            requirement = BulkRows.of(c, json, "letter_requirement", "letter_id", "requirement_id", "fulfilled");
            history = BulkRows.of(c, json, "request_history", "letter_id", "at", "actor", "from_state", "to_state",
                    "note");
            processing = BulkRows.of(c, json, "request_processing", "letter_id", "kind", "details", "summary",
                    "processed_by", "processed_at");
            audit = new AuditBatch(c, json);
        }

        /** At the start of each transaction: the agenda counters, the next letter id and the audit chain as stored. */
        void begin(Handle h) throws SQLException {
            pattern = new NumberPattern(LetterStore.agendaPattern(h));
            seqs.clear();
            h.createQuery("SELECT year, last_seq FROM agenda_counter")
                    .map((rs, ctx) -> seqs.put(rs.getInt(1), rs.getLong(2))).list();
            nextId = h.createQuery("SELECT coalesce(max(id), 0) + 1 FROM letter").mapTo(Long.class).one();
            audit.begin();
        }

        void letter(Demo demo) throws SQLException {
            LetterDraft d = demo.draft();
            int year = d.receivedAt().getYear();
            long seq = seqs.merge(year, 1L, Long::sum);
            String agenda = pattern.format(seq, year, d.receivedAt().getMonthValue(), null);
            String created = d.receivedAt().withNano(0).toString();
            Map<String, Object> facts = demo.facts() == null ? Map.of() : demo.facts().columns();
            Object[] values = {year, seq, agenda, d.receivedAt().toString(), d.agencyId(), d.letterNumber(),
                LetterStore.numberKey(d.letterNumber()), d.letterDate().toString(), d.subject(), d.serviceId(),
                d.signerRole().name(), d.signerName(), d.contactName(), d.contactPhone(), d.notes(),
                demo.state().name(), demo.clockStart() == null ? null : demo.clockStart().toString(), "demo", created,
                demo.timeline() == null ? 1 : 1 + demo.timeline().rows().size(),
                facts.getOrDefault("clock_days_used", 0), facts.get(WORKFLOW[0]), facts.get(WORKFLOW[1]),
                facts.get(WORKFLOW[2]), facts.get(WORKFLOW[3]), facts.get(WORKFLOW[4]), facts.get(WORKFLOW[5]),
                facts.get(WORKFLOW[6])};
            long id = insert(values);
            for (var r : demo.service().requirements()) {
                requirement.add(id, r.id(), d.fulfilledRequirementIds().contains(r.id()) ? 1 : 0);
            }
            String note = demo.complete() ? "Surat masuk diregistrasi" : "Surat masuk diregistrasi, berkas belum lengkap";
            history.add(id, created, "demo", null, demo.registered().name(), note);
            Map<String, Object> registered = LetterStore.registered(agenda, d, demo.registered());
            registered.put("clockStart", demo.clockStart() == null ? null : demo.clockStart().toString());
            HistoryAudit.put(registered, 0, created, "demo", null, demo.registered().name(), note);
            audit.append("demo", "letter", id, "register", null, registered);
            if (demo.workflow() != null) {
                // The workflow the demo letter went through, as one entry: check proves its row against it.
                audit.appendJson("demo", "letter", id, "demo workflow", null, demo.workflow());
            }
            if (demo.facts() != null) {
                for (DemoTimeline.Row row : demo.timeline().rows()) {
                    history.add(id, row.at().toString(), "demo", row.from() == null ? null : row.from().name(),
                            row.to().name(), row.note());
                }
                ProcessingRecord p = demo.facts().processing();
                if (p != null) {
                    processing.add(id, demo.service().kind().name(), AuditLog.json(p.details()), p.summary(),
                            demo.facts().processedBy(), demo.timeline().done().toString());
                }
            }
            if (audit.pending() > FLUSH_CHARS) {
                flush();
            }
        }

        /** Inserts a letter (SQLite: gathered, with the id SQLite would give it) and returns its id. */
        private long insert(Object[] values) throws SQLException {
            if (json) {
                long id = nextId++;
                Object[] row = new Object[values.length + 1];
                row[0] = id;
                System.arraycopy(values, 0, row, 1, values.length);
                letters.add(row);
                return id;
            }
            for (int i = 0; i < values.length; i++) {
                set(returning, i + 1, values[i]);
            }
            try (ResultSet rs = returning.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }

        /** The rows gathered so far, letters first (the history's tally triggers read their letter). */
        private void flush() throws SQLException {
            if (letters != null) {
                letters.flush();
            }
            requirement.flush();
            history.flush();
            processing.flush();
            audit.flush();
        }

        /** Before the transaction commits: the gathered rows, and the counters past the numbers given. */
        void commit() throws SQLException {
            flush();
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO agenda_counter (year, last_seq) VALUES (?, ?)
                    ON CONFLICT (year) DO UPDATE SET last_seq = excluded.last_seq""")) {
                for (var e : seqs.entrySet()) {
                    st.setInt(1, e.getKey());
                    st.setLong(2, e.getValue());
                    st.addBatch();
                }
                st.executeBatch();
            }
        }

        private static void set(PreparedStatement st, int at, Object v) throws SQLException {
            if (v == null) {
                st.setNull(at, Types.VARCHAR);
            } else if (v instanceof Integer i) {
                st.setInt(at, i);
            } else if (v instanceof Long l) {
                st.setLong(at, l);
            } else {
                st.setString(at, v.toString());
            }
        }

        @Override
        public void close() {
            for (AutoCloseable st : new AutoCloseable[]{returning, letters, requirement, history, processing, audit}) {
                try {
                    if (st != null) {
                        st.close();
                    }
                } catch (Exception e) {
                    // closing anyway
                }
            }
        }
    }

    private static RequestState stateFor(LocalDate received, LocalDate until, boolean complete, Random rnd) {
        long age = until.toEpochDay() - received.toEpochDay();
        if (!complete) {
            return age > 30 && rnd.nextBoolean() ? RequestState.DITOLAK : RequestState.BERKAS_BELUM_LENGKAP;
        }
        if (age > 14) {
            return rnd.nextInt(100) < 95 ? RequestState.SELESAI : RequestState.DITOLAK;
        }
        RequestState[] open = {RequestState.DITERIMA, RequestState.DIKAJI, RequestState.DIPROSES,
            RequestState.SIAP_SURAT, RequestState.DIKEMBALIKAN, RequestState.SELESAI};
        return open[rnd.nextInt(open.length)];
    }

    static String name(Random rnd) {
        return FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)];
    }
}
