package id.kalbarprov.loket.core.survey;

import java.util.Arrays;

/** The nine answers of one questionnaire, each 1 to 4, in element order. Immutable. */
public final class Answers {

    private final int[] values;

    private Answers(int[] values) {
        this.values = values;
    }

    /** @throws IllegalArgumentException unless there are nine answers, each 1 to 4 */
    public static Answers of(int... values) {
        if (values.length != SurveyElement.COUNT) {
            throw new IllegalArgumentException("nine answers expected, got " + values.length);
        }
        for (int v : values) {
            if (!valid(v)) {
                throw new IllegalArgumentException("answer " + v + " is not 1 to 4");
            }
        }
        return new Answers(values.clone());
    }

    public static boolean valid(int answer) {
        return answer >= SurveyElement.MIN && answer <= SurveyElement.MAX;
    }

    public int get(SurveyElement e) {
        return values[e.ordinal()];
    }

    public int[] toArray() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Answers a && Arrays.equals(values, a.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
