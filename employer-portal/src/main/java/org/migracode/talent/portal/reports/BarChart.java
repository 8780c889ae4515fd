package org.migracode.talent.portal.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bar chart's data, drawn three ways from the same values: by Apache ECharts in the browser
 * (from {@link #json()} in a {@code data-chart} attribute, read by the static
 * {@code /js/report-charts.js}: no inline script), as a table for screen readers next to it, and
 * by {@link PdfCharts} into the PDF. A suppressed bar carries no value at all, only its text
 * ("&lt;5"), so no height can give it away.
 *
 * @param max  the axis maximum (100 for percentages)
 * @param goal a value to draw a line at (with {@code goalLabel} in the legend), or null
 * @param unit appended to axis values ("%"), or empty
 */
public record BarChart(String title, String seriesName, List<Bar> bars, double max, Double goal, String goalLabel,
        String unit) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One bar: its label, its value (null when suppressed) and the text shown for it. */
    public record Bar(String label, Double value, String text) {

        public boolean suppressed() {
            return value == null;
        }
    }

    /**
     * @param values null for a suppressed value
     */
    static BarChart of(String title, String seriesName, List<String> labels, List<BigDecimal> values, List<String> texts,
            double max, Double goal, String goalLabel, String unit) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            BigDecimal v = values.get(i);
            bars.add(new Bar(labels.get(i), v == null ? null : v.doubleValue(), texts.get(i)));
        }
        return new BarChart(title, seriesName, List.copyOf(bars), max <= 0 ? 1 : max, goal, goalLabel, unit);
    }

    /** The chart as the browser script reads it. */
    public String json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", title);
        out.put("series", seriesName);
        out.put("labels", bars.stream().map(Bar::label).toList());
        out.put("values", bars.stream().map(Bar::value).toList());
        out.put("texts", bars.stream().map(Bar::text).toList());
        out.put("max", max);
        out.put("goal", goal);
        out.put("goalLabel", goalLabel);
        out.put("unit", unit == null ? "" : unit);
        return JSON.writeValueAsString(out);
    }

    /** True when no bar has a value to draw. */
    public boolean empty() {
        return bars.stream().allMatch(Bar::suppressed);
    }
}
