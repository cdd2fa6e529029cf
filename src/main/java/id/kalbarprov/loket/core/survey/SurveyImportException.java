package id.kalbarprov.loket.core.survey;

import java.util.List;

/** A questionnaire file with bad lines: nothing was imported. */
public class SurveyImportException extends RuntimeException {

    private final List<SurveyCsv.Problem> problems;

    public SurveyImportException(List<SurveyCsv.Problem> problems) {
        super(problems.size() + " bad line(s), first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<SurveyCsv.Problem> problems() {
        return problems;
    }
}
