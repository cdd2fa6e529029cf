package id.kalbarprov.loket.core.letters;

import id.kalbarprov.loket.core.catalog.ServiceKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The settings a letter is made from (Pengaturan → Penandatangan and the register settings). */
public record LetterSettings(String numberPattern, Map<ServiceKind, String> codes, Paper paper, String place,
                             String addresseePlace, List<String> tembusan, Letterhead letterhead,
                             Optional<Signer> signer) {

    public LetterSettings {
        codes = Map.copyOf(codes);
        tembusan = List.copyOf(tembusan);
    }

    public String code(ServiceKind kind) {
        return codes.getOrDefault(kind, "");
    }
}
