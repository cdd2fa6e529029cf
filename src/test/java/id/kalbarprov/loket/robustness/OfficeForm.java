package id.kalbarprov.loket.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.office.OfficeSettings;
import id.kalbarprov.loket.core.office.OfficeSettingsService;
import id.kalbarprov.loket.store.OfficeSettingsStore;
import id.kalbarprov.loket.ui.calendar.OfficeSettingsViewModel;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** Pengaturan → Kantor: closing time and the place in letter dates, through {@link OfficeSettingsViewModel#save}. */
final class OfficeForm extends VmForm {

    private static final List<String> GOOD_TIMES = List.of("16:00", "16.00", " 15.30 ", "12:00", "20.00", "17:45",
            "12.01", "19:59");
    private static final List<String> OUT_OF_RANGE = List.of("9:30", "07.30", "00:00", "23:59", "20:01", "11.59",
            "0:00");
    private static final List<String> MALFORMED = List.of("25:00", "16:60", "1600", "16:00:00", "16h00", "-1:00",
            "16:0", "16:000", "٤:٠٠", "１６:００", "enam belas", "16,00", "16 : 00", "📅", "'; DROP TABLE setting; --",
            "99:99", "4 sore", "1" + "6".repeat(5_000) + ":00");

    private final OfficeSettingsService service;
    private final OfficeSettingsViewModel vm;
    private LocalTime typedTime;
    private String typedPlace;

    OfficeForm(Loket loket) {
        super(loket.database());
        service = new OfficeSettingsService(new OfficeSettingsStore(loket.database(), () -> { }));
        vm = new OfficeSettingsViewModel(service, loket::actor, TaskRunner.direct(), dialogs, i18n);
        vm.load();
    }

    @Override
    public String name() {
        return "office settings";
    }

    @Override
    public Filled fill(Random r) {
        Set<String> bad = new TreeSet<>();
        String time = switch (r.nextInt(8)) {
            case 0 -> { bad.add(OfficeSettingsService.CLOSING_TIME); yield pick(r, List.of("", " ", "\t")); }
            case 1 -> { bad.add(OfficeSettingsService.CLOSING_TIME); yield pick(r, OUT_OF_RANGE); }
            case 2, 3 -> { bad.add(OfficeSettingsService.CLOSING_TIME); yield pick(r, MALFORMED); }
            default -> pick(r, GOOD_TIMES);
        };
        typedTime = bad.isEmpty() ? OfficeSettingsService.parseTime(time) : null;
        typedPlace = mark(bad, OfficeSettingsService.PLACE, Values.requiredText(r, OfficeSettingsService.MAX_PLACE));
        vm.closingTime().set(time);
        vm.place().set(typedPlace == null ? "" : typedPlace);
        return new Filled(bad, "closing " + shorten(time) + " / place " + shorten(typedPlace));
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
        return Set.of(OfficeSettingsService.CLOSING_TIME, OfficeSettingsService.PLACE);
    }

    @Override
    public Map<String, Object> state() {
        return read();
    }

    @Override
    public void checkSaved(Filled filled) {
        OfficeSettings s = service.load();
        assertThat(s.closingTime()).isEqualTo(typedTime);
        assertThat(s.place()).isEqualTo(strip(typedPlace));
        assertThat(vm.status().get()).isNotBlank();
    }
}
