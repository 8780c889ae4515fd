package org.migracode.talent.portal.reports;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.migracode.talent.core.report.HalfYear;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of the reports, from the {@code reports} bundle: labels, definitions (a figure's own
 * definition, else its family's) and period names; and the row builder every table uses.
 */
@Component
class ReportTexts {

    private final MessageSource messages;

    ReportTexts(MessageSource messages) {
        this.messages = messages;
    }

    String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    String periodLabel(HalfYear h, Locale locale) {
        return msg("reports.period." + h.half(), locale, h.year());
    }

    /** The definition of a figure: {@code reports.def.<key>} if the bundle has it, else that of its family (the key's first part). */
    String definition(String key, Locale locale) {
        String family = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        String exact = messages.getMessage("reports.def." + key, null, null, locale);
        return exact != null ? exact : msg("reports.def." + family, locale);
    }

    /** A builder that adds figure rows across {@code figures} (one column each) to {@code rows}. */
    <F> Rows<F> rows(List<ReportTable.Row> rows, List<F> figures, Locale locale) {
        return new Rows<>(rows, figures, locale);
    }

    /** Adds a figure row across the groups, with its label and definition from the bundle. */
    final class Rows<F> {
        private final List<ReportTable.Row> rows;
        private final List<F> figures;
        private final Locale locale;

        private Rows(List<ReportTable.Row> rows, List<F> figures, Locale locale) {
            this.rows = rows;
            this.figures = figures;
            this.locale = locale;
        }

        void row(String key, Function<F, CellView> cell) {
            rows.add(new ReportTable.Row(key, msg("reports.fig." + key, locale), definition(key, locale),
                    figures.stream().map(cell).toList()));
        }
    }
}
