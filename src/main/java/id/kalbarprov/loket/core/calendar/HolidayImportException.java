package id.kalbarprov.loket.core.calendar;

import java.util.List;

/** A holiday file with bad lines: nothing was imported. */
public class HolidayImportException extends RuntimeException {

    private final List<HolidayCsv.Problem> problems;

    public HolidayImportException(List<HolidayCsv.Problem> problems) {
        super(problems.size() + " bad line(s), first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<HolidayCsv.Problem> problems() {
        return problems;
    }
}
