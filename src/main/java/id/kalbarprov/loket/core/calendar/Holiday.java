package id.kalbarprov.loket.core.calendar;

import java.time.LocalDate;

/** A non-working day: a national holiday ({@code libur}) or collective leave ({@code cuti_bersama}). */
public record Holiday(LocalDate date, String kind, String name, String basis) {
}
