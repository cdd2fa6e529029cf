package id.kalbarprov.loket.core.survey;

import java.util.Arrays;
import java.util.Optional;

/**
 * The respondent's profile as the regulation's questionnaire asks it; every part optional. Codes are
 * stored; their texts are in the {@code survey} bundle ({@code survey.sex.L}, ...).
 */
public record Profile(Sex sex, AgeBand age, Education education, Occupation occupation) {

    public static final Profile NONE = new Profile(null, null, null, null);

    public enum Sex {
        L, P
    }

    /** Age in bands (the questionnaire asks the age in years; bands keep it anonymous). */
    public enum AgeBand {
        UNDER_25, FROM_25, FROM_35, FROM_45, FROM_55
    }

    public enum Education {
        SD, SMP, SMA, D1_D3, D4_S1, S2, S3
    }

    public enum Occupation {
        PNS, TNI, POLRI, SWASTA, WIRAUSAHA, LAINNYA
    }

    /** The constant of {@code type} named {@code code}, or empty (also for null or blank). */
    public static <E extends Enum<E>> Optional<E> code(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(code.strip())).findFirst();
    }

    public boolean isEmpty() {
        return sex == null && age == null && education == null && occupation == null;
    }
}
