package id.kalbarprov.loket.core.survey;

/**
 * The index of one service (or, {@code serviceId} null, of all), with the respondents it rests on
 * against the sample the Krejcie–Morgan table asks for: {@code population} is the number of requests
 * received in the period (the users of the service).
 */
public record IkmLine(Long serviceId, String name, Ikm ikm, int population) {

    /** The respondents the regulation's table asks for. */
    public int required() {
        return KrejcieMorgan.sampleSize(population);
    }

    /** True when there are at least as many respondents as the table asks for. */
    public boolean enough() {
        return ikm.respondents() >= required();
    }

    /** How many more respondents are needed (0 when enough). */
    public int missing() {
        return Math.max(0, required() - ikm.respondents());
    }
}
