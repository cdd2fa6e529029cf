package id.kalbarprov.loket.core.office;

import java.time.LocalTime;

/**
 * The office's own settings: the closing time (a request registered at or after it starts its clock
 * the next working day) and the place written in letter dates ("Pontianak, 22 November 2026").
 */
public record OfficeSettings(LocalTime closingTime, String place) {

    public static final String DEFAULT_PLACE = "Pontianak";
}
