package org.migracode.talent.portal.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out for server-side SVG: bar geometry in a 0–{@value #WIDTH} × 0–{@value #HEIGHT}
 * view box, a suppressed bar drawn as an outline with "&lt;5" (no height that would give its value
 * away), and an optional goal line. The numbers behind it are the report table next to it.
 */
public record BarChart(String title, List<Bar> bars, Double goalY, String goalLabel, String unit) {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int TOP = 20;
    static final int BOTTOM = 40;

    public record Bar(String label, double x, double y, double width, double height, String valueText, boolean suppressed,
            double labelX, double labelY, double valueY) {
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int baseline() {
        return HEIGHT - BOTTOM;
    }

    /**
     * @param values null for a suppressed value
     * @param max the axis maximum (100 for percentages)
     * @param goal a value to draw a line at, or null
     */
    static BarChart of(String title, List<String> labels, List<BigDecimal> values, List<String> texts, double max, Double goal,
            String goalLabel, String unit) {
        int n = Math.max(1, labels.size());
        double slot = (double) WIDTH / n;
        double barWidth = Math.min(80, slot * 0.6);
        double plot = HEIGHT - TOP - BOTTOM;
        double top = max <= 0 ? 1 : max;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            BigDecimal v = values.get(i);
            double h = v == null ? plot * 0.04 : Math.max(1, plot * v.doubleValue() / top);
            double x = slot * i + (slot - barWidth) / 2;
            double y = HEIGHT - BOTTOM - h;
            bars.add(new Bar(labels.get(i), round(x), round(y), round(barWidth), round(h), texts.get(i), v == null,
                    round(x + barWidth / 2), HEIGHT - BOTTOM + 16, round(Math.max(TOP - 4, y - 4))));
        }
        Double goalY = goal == null ? null : round(HEIGHT - BOTTOM - plot * goal / top);
        return new BarChart(title, bars, goalY, goalLabel, unit);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
