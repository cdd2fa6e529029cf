package id.kalbarprov.loket.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChangedRecordsViewModelTest {

    @Test
    void theFirstTwentyFindingsAreListedAndTheRestCounted() {
        List<String> findings = IntStream.rangeClosed(1, 23).mapToObj(i -> "Surat " + i + ": diubah").toList();
        ChangedRecordsViewModel vm = new ChangedRecordsViewModel(findings);
        assertThat(vm.total()).isEqualTo(23);
        assertThat(vm.shown()).hasSize(20).startsWith("Surat 1: diubah").endsWith("Surat 20: diubah");
        assertThat(vm.rest()).isEqualTo(3);
    }

    @Test
    void aFewFindingsAreAllListed() {
        ChangedRecordsViewModel vm = new ChangedRecordsViewModel(List.of("Hari libur 2026-08-17: diubah"));
        assertThat(vm.shown()).containsExactly("Hari libur 2026-08-17: diubah");
        assertThat(vm.rest()).isZero();
    }
}
