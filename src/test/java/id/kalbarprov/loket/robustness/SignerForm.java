package id.kalbarprov.loket.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.letters.LetterForm;
import id.kalbarprov.loket.core.letters.LetterSettings;
import id.kalbarprov.loket.core.letters.OutgoingLetterService;
import id.kalbarprov.loket.core.letters.Paper;
import id.kalbarprov.loket.core.letters.Signer;
import id.kalbarprov.loket.core.nip.Nip;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.letters.SignerViewModel;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pengaturan → Penandatangan: signer (name, title, rank, NIP or PPPK number), tembusan, paper, the
 * letter number pattern and the classification code per service, through {@link SignerViewModel#save}.
 */
final class SignerForm extends VmForm {

    private static final List<String> GOOD_NIPS = List.of("196509161993031002", "19650916 199303 1 002",
            "1965.09.16 199303 1 002", "199001012015032001", " 19650916199303 1 002 ");
    private static final List<String> BAD_FORMAT_NIPS = List.of("123", "19650916199303100x", "1965091619930310021",
            "１９６５０９１６１９９３０３１００２", "1965-09-16-1993-03-1-002", "'; DROP TABLE x; --", "NIP. 196509161993031002",
            "📇", "19650916_199303_1_002");
    /** Eighteen digits that are no plausible civil-servant NIP (fine as a PPPK number). */
    private static final List<String> IMPLAUSIBLE_NIPS = List.of("196513161993031002", "196509161993131002",
            "196509161960031002", "196509161993033002", "196509161993031000", "201509162020031002",
            "000000000000000000", "999999999999999999");
    private static final List<String> GOOD_PATTERNS = List.of("{code}/{seq}/Diskominfo", "{seq:4}/SK/{year}",
            " {code}/{seq:3}/Diskominfo/{month}/{year} ", "{seq}", "B-{seq:9}/{code}/DKI.KB/{year}",
            "{seq}/📨/{year}", "{seq}/" + "x".repeat(94));
    private static final List<String> BAD_PATTERNS = List.of("{code}/Diskominfo", "{seq:0}/SK", "{seq:10}/SK",
            "{seq/SK/{year}", "{seq}/SK/{year", "{seq}/{tahun}", "{SEQ}", "{ seq }", "seq/{year}", "{seq}}",
            "{{seq}", "{seq}/" + "x".repeat(96), "{seq}" + Values.HUGE, "%d/{seq}".replace("%d/", "{nomor}/"));
    private static final List<String> GOOD_CODES = List.of("500.12.6", "000.1.2", "800", " 470 ", "X/Y-1",
            "500.12.6.1");

    private final OutgoingLetterService store;
    private final SignerViewModel vm;
    private String typedName;
    private String typedTitle;
    private String typedRank;
    private String typedNip;
    private boolean typedPppk;
    private List<String> typedTembusan;
    private Paper typedPaper;
    private String typedPattern;
    private final Map<ServiceKind, String> typedCodes = new EnumMap<>(ServiceKind.class);

    SignerForm(Loket loket) {
        super(loket.database());
        store = loket.outgoing();
        vm = new SignerViewModel(store, loket::actor, TaskRunner.direct(), dialogs, i18n);
        vm.load();
    }

    @Override
    public String name() {
        return "signer";
    }

    @Override
    public Filled fill(Random r) {
        Set<String> bad = new TreeSet<>();
        typedName = text(mark(bad, "name", Values.requiredText(r, 120)));
        typedTitle = text(mark(bad, "title", Values.requiredText(r, 200)));
        typedRank = text(mark(bad, "rank", r.nextInt(3) == 0 ? Values.requiredText(r, 120)
                : new Values.V<>(pick(r, List.of("Pembina Utama Muda (IV/c)", "Penata Tk. I (III/d)", "-")), false)));
        typedPppk = r.nextInt(4) == 0;
        typedNip = switch (r.nextInt(7)) {
            case 0 -> { bad.add("nip"); yield pick(r, List.of("", " ", "\t")); }
            case 1 -> { bad.add("nip"); yield pick(r, BAD_FORMAT_NIPS); }
            case 2 -> {
                if (!typedPppk) {
                    bad.add("nip");
                }
                yield pick(r, IMPLAUSIBLE_NIPS);
            }
            default -> pick(r, GOOD_NIPS);
        };
        // tembusan: a few lines, sometimes too many or one too long
        StringBuilder t = new StringBuilder();
        int lines = r.nextInt(8) == 0 ? 11 + r.nextInt(20) : r.nextInt(6);
        for (int i = 0; i < lines; i++) {
            String line = r.nextInt(6) == 0 ? text(Values.optionalText(r, LetterForm.MAX_TEMBUSAN_LINE).value())
                    : pick(r, List.of("Gubernur Kalimantan Barat", "Sekretaris Daerah", "Arsip", "  ", "Yth. 📨"));
            t.append(line).append(pick(r, List.of("\n", "\r\n", "\r", "\u2028")));
        }
        String tembusan = t.toString();
        typedTembusan = Arrays.stream(tembusan.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (typedTembusan.size() > LetterForm.MAX_TEMBUSAN_LINES
                || typedTembusan.stream().anyMatch(s -> s.length() > LetterForm.MAX_TEMBUSAN_LINE)) {
            bad.add("tembusan");
        }
        typedPaper = pick(r, Arrays.asList(Paper.values()));
        typedPattern = switch (r.nextInt(6)) {
            case 0 -> { bad.add("numberPattern"); yield pick(r, List.of("", "  ")); }
            case 1, 2 -> { bad.add("numberPattern"); yield pick(r, BAD_PATTERNS); }
            default -> pick(r, GOOD_PATTERNS);
        };
        for (ServiceKind k : ServiceKind.values()) {
            String code = r.nextInt(10) == 0 ? text(mark(bad, "code." + k.name(), Values.requiredText(r, 40)))
                    : pick(r, GOOD_CODES);
            typedCodes.put(k, code);
            vm.code(k).set(code);
        }
        vm.name().set(typedName);
        vm.title().set(typedTitle);
        vm.rank().set(typedRank);
        vm.nip().set(typedNip);
        vm.pppk().set(typedPppk);
        vm.tembusan().set(tembusan);
        vm.paper().set(typedPaper);
        vm.pattern().set(typedPattern);
        return new Filled(bad, "signer " + shorten(typedName) + " / " + shorten(typedTitle) + " / " + shorten(typedRank)
                + " / NIP " + typedNip + (typedPppk ? " (PPPK)" : "") + " / tembusan " + shorten(typedTembusan)
                + " / " + typedPaper + " / pattern " + shorten(typedPattern) + " / codes " + shorten(typedCodes));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void submit() {
        vm.save();
    }

    @Override
    public Map<String, String> fieldMessages() {
        return vm.errors();
    }

    @Override
    public Set<String> shownFields() {
        Set<String> shown = new HashSet<>(Set.of("name", "title", "rank", "nip", "tembusan", "paper",
                "numberPattern"));
        for (ServiceKind k : ServiceKind.values()) {
            shown.add("code." + k.name());
        }
        return shown;
    }

    @Override
    public Map<String, Object> state() {
        return read();
    }

    @Override
    public void checkSaved(Filled filled) {
        Signer s = store.signerAsStored();
        assertThat(s.name()).isEqualTo(typedName.strip());
        assertThat(s.title()).isEqualTo(typedTitle.strip());
        assertThat(s.rank()).isEqualTo(typedRank.strip());
        assertThat(s.nip()).isEqualTo(Nip.normalize(typedNip));
        assertThat(s.pppk()).isEqualTo(typedPppk);
        LetterSettings settings = store.settings();
        assertThat(settings.numberPattern()).isEqualTo(typedPattern.strip());
        assertThat(settings.paper()).isEqualTo(typedPaper);
        assertThat(settings.tembusan()).isEqualTo(typedTembusan);
        typedCodes.forEach((k, v) -> assertThat(settings.code(k)).isEqualTo(v.strip()));
        assertThat(vm.status().get()).isNotBlank();
    }
}
