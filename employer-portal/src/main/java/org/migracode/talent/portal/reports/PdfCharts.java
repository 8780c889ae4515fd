package org.migracode.talent.portal.reports;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link BarChart} into a PDF with OpenPDF's vector graphics: the same bars, value texts,
 * legend and goal line as the page's ECharts chart, from the same numbers. A suppressed bar is a
 * dashed outline with its "&lt;5" (no height that would give its value away).
 */
final class PdfCharts {

    static final float WIDTH = 380;
    static final float HEIGHT = 190;
    private static final float LEFT = 30;
    private static final float RIGHT = 8;
    private static final float BOTTOM = 34;
    private static final float TOP = 26;
    private static final Color BAR = new Color(47, 111, 179);
    private static final Color GOAL = new Color(179, 38, 30);
    private static final Color INK = new Color(31, 41, 51);
    private static final Color MUTED = new Color(74, 83, 96);

    private PdfCharts() {
    }

    static Image draw(PdfWriter writer, BarChart chart) {
        BaseFont font = font();
        PdfTemplate t = writer.getDirectContent().createTemplate(WIDTH, HEIGHT);
        float plotW = WIDTH - LEFT - RIGHT;
        float plotH = HEIGHT - BOTTOM - TOP;
        int n = Math.max(1, chart.bars().size());
        float slot = plotW / n;
        float barW = Math.min(40, slot * 0.6f);

        // legend
        t.setColorFill(BAR);
        t.rectangle(LEFT, HEIGHT - 12, 10, 7);
        t.fill();
        text(t, font, 8, INK, chart.seriesName(), LEFT + 14, HEIGHT - 11, Element.ALIGN_LEFT);
        if (chart.goal() != null) {
            float lx = LEFT + 24 + font.getWidthPoint(chart.seriesName(), 8);
            t.setColorStroke(GOAL);
            t.setLineWidth(1.5f);
            t.setLineDash(4, 2, 0);
            t.moveTo(lx, HEIGHT - 8.5f);
            t.lineTo(lx + 14, HEIGHT - 8.5f);
            t.stroke();
            t.setLineDash(0);
            text(t, font, 8, INK, chart.goalLabel(), lx + 18, HEIGHT - 11, Element.ALIGN_LEFT);
        }

        // axes: 0 and the maximum
        t.setColorStroke(MUTED);
        t.setLineWidth(0.5f);
        t.moveTo(LEFT, BOTTOM);
        t.lineTo(LEFT + plotW, BOTTOM);
        t.stroke();
        text(t, font, 7, MUTED, "0" + unit(chart), LEFT - 3, BOTTOM - 2, Element.ALIGN_RIGHT);
        text(t, font, 7, MUTED, number(chart.max()) + unit(chart), LEFT - 3, BOTTOM + plotH - 2, Element.ALIGN_RIGHT);

        for (int i = 0; i < chart.bars().size(); i++) {
            BarChart.Bar b = chart.bars().get(i);
            float cx = LEFT + slot * i + slot / 2;
            float x = cx - barW / 2;
            if (b.suppressed()) {
                t.setColorStroke(MUTED);
                t.setLineWidth(0.6f);
                t.setLineDash(2, 2, 0);
                t.rectangle(x, BOTTOM, barW, plotH * 0.05f);
                t.stroke();
                t.setLineDash(0);
                text(t, font, 7, MUTED, b.text(), cx, BOTTOM + plotH * 0.05f + 3, Element.ALIGN_CENTER);
            } else {
                float h = (float) Math.max(0.5, plotH * Math.min(b.value(), chart.max()) / chart.max());
                t.setColorFill(BAR);
                t.rectangle(x, BOTTOM, barW, h);
                t.fill();
                text(t, font, 7, INK, fit(font, 7, b.text(), slot - 2), cx, BOTTOM + h + 3, Element.ALIGN_CENTER);
            }
            List<String> lines = wrap(font, 7, b.label(), slot - 4);
            for (int l = 0; l < Math.min(2, lines.size()); l++) {
                text(t, font, 7, MUTED, lines.get(l), cx, BOTTOM - 10 - l * 9, Element.ALIGN_CENTER);
            }
        }
        if (chart.goal() != null) {
            float gy = (float) (BOTTOM + plotH * chart.goal() / chart.max());
            t.setColorStroke(GOAL);
            t.setLineWidth(1.5f);
            t.setLineDash(4, 2, 0);
            t.moveTo(LEFT, gy);
            t.lineTo(LEFT + plotW, gy);
            t.stroke();
            t.setLineDash(0);
        }
        try {
            Image image = Image.getInstance(t);
            image.setAlt(chart.title());
            return image;
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException("chart could not be drawn: " + e.getMessage(), e);
        }
    }

    private static String unit(BarChart c) {
        return c.unit() == null ? "" : c.unit();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static void text(PdfContentByte t, BaseFont font, float size, Color color, String s, float x, float y, int align) {
        t.beginText();
        t.setColorFill(color);
        t.setFontAndSize(font, size);
        t.showTextAligned(align, s, x, y, 0);
        t.endText();
    }

    /** {@code s} cut with an ellipsis to fit {@code width} points. */
    private static String fit(BaseFont font, float size, String s, float width) {
        if (font.getWidthPoint(s, size) <= width) {
            return s;
        }
        String cut = s;
        while (cut.length() > 1 && font.getWidthPoint(cut + "…", size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /** {@code s} in lines of at most {@code width} points, words kept whole where they fit. */
    static List<String> wrap(BaseFont font, float size, String s, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getWidthPoint(candidate, size) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            out.add(fit(font, size, l, width));
        }
        if (lines.size() > 2) {
            out.set(1, fit(font, size, out.get(1) + " " + String.join(" ", lines.subList(2, lines.size())), width));
        }
        return out;
    }

    private static BaseFont font() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
