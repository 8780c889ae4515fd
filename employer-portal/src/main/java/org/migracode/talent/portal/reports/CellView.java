package org.migracode.talent.portal.reports;

import java.math.BigDecimal;
import org.migracode.talent.core.report.Count;
import org.migracode.talent.core.report.Median;
import org.migracode.talent.core.report.OutcomeFigures;
import org.migracode.talent.core.report.Rate;

/**
 * One cell of a report as every format shows it: the text ({@code "63.6%"}, {@code "<5"}) and,
 * unless suppressed, the numbers behind it. A suppressed cell carries no number at all, so
 * neither the API nor an export can leak what the page hides.
 */
public record CellView(String display, boolean suppressed, BigDecimal value, Integer numerator, Integer denominator) {

    static CellView of(Count c) {
        return new CellView(c.display(), c.suppressed(), c.suppressed() ? null : BigDecimal.valueOf(c.value()), null, null);
    }

    static CellView of(Rate r) {
        if (r.suppressed()) {
            return new CellView(r.display(), true, null, null, null);
        }
        return new CellView(r.display() + " (" + r.numerator() + "/" + r.denominator() + ")", false, r.percent(), r.numerator(),
                r.denominator());
    }

    static CellView of(Median m) {
        return new CellView(m.display(), m.suppressed(), m.shown(), null, null);
    }

    static CellView of(OutcomeFigures.BandMedian b) {
        return new CellView(b.display(), b.suppressed() || b.band() == null, null, null, null);
    }

    /**
     * A count shown as it is, however small: only for a company's own pipeline counts, which
     * name no group of graduates (see {@code ReportService#company}).
     */
    static CellView exact(Count c) {
        return new CellView(Integer.toString(c.value()), false, BigDecimal.valueOf(c.value()), null, null);
    }

    /** A rate shown as it is, however small (a company's own answers to its proposals). */
    static CellView exact(Rate r) {
        if (r.denominator() == 0) {
            return new CellView("0/0", false, null, 0, 0);
        }
        return new CellView(r.percent().toPlainString() + "% (" + r.numerator() + "/" + r.denominator() + ")", false, r.percent(),
                r.numerator(), r.denominator());
    }

    static CellView suppressedCell() {
        return new CellView(org.migracode.talent.core.report.Suppression.LABEL, true, null, null, null);
    }

    static CellView text(String text) {
        return new CellView(text, false, null, null, null);
    }
}
