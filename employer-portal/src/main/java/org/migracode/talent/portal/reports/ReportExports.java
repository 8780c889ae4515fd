package org.migracode.talent.portal.reports;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes report tables as CSV (commons-csv, every cell neutralised) and PDF (OpenPDF, with the
 * charts drawn by {@link PdfCharts}), each with the school, the date, the filters and the
 * definitions of the figures printed with it.
 */
final class ReportExports {

    private ReportExports() {
    }

    /**
     * What every export says about itself: the school (name, and in the PDF its logo — null when
     * none was uploaded), the title, the date, the filters, the suppression rule, and notes
     * explaining denominators.
     */
    record Heading(String school, String title, String generated, List<String> filters, String suppressionNote,
            List<String> notes, byte[] logo) {

        Heading(String school, String title, String generated, List<String> filters, String suppressionNote,
                List<String> notes) {
            this(school, title, generated, filters, suppressionNote, notes, null);
        }

        Heading {
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    /** The CSV's column names, in the reader's language. */
    record CsvColumns(String table, String figure, String group, String value, String numerator, String denominator,
            String shown, String definition) {

        List<String> all() {
            return List.of(table, figure, group, value, numerator, denominator, shown, definition);
        }
    }

    /**
     * A CSV a spreadsheet opens as one table: a single header row, then one line per cell of every
     * report table (which table, which figure, which group), its number alone in the value column
     * (with numerator and denominator for rates; empty where suppressed) next to the text the page
     * shows. The title, date, filters and notes follow as trailing lines after an empty line.
     */
    static String csv(Heading heading, CsvColumns columns, List<ReportTable> tables) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            print(csv, columns.all());
            for (ReportTable t : tables) {
                for (ReportTable.Row r : t.rows()) {
                    for (int i = 0; i < r.cells().size(); i++) {
                        CellView c = r.cells().get(i);
                        print(csv, List.of(t.title(), r.label(), t.columns().get(i), c.value() == null ? "" : c.value().toPlainString(),
                                c.numerator() == null ? "" : c.numerator().toString(),
                                c.denominator() == null ? "" : c.denominator().toString(), c.display(), r.definition()));
                    }
                }
            }
            csv.println();
            print(csv, List.of(heading.school()));
            print(csv, List.of(heading.title()));
            print(csv, List.of(heading.generated()));
            for (String f : heading.filters()) {
                print(csv, List.of(f));
            }
            print(csv, List.of(heading.suppressionNote()));
            for (String n : heading.notes()) {
                print(csv, List.of(n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void print(CSVPrinter csv, List<String> cells) throws IOException {
        csv.printRecord(cells.stream().map(CsvCells::neutralise).toList());
    }

    static byte[] pdf(Heading heading, List<BarChart> charts, List<ReportTable> tables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, bytes);
            document.addTitle(heading.title());
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 8);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
            if (heading.logo() != null) {
                com.lowagie.text.Image logo = com.lowagie.text.Image.getInstance(heading.logo());
                logo.scaleToFit(160, 40);
                document.add(logo);
            }
            document.add(new Paragraph(heading.school(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10)));
            document.add(new Paragraph(heading.title(), title));
            document.add(new Paragraph(heading.generated(), small));
            for (String f : heading.filters()) {
                document.add(new Paragraph(f, small));
            }
            document.add(new Paragraph(heading.suppressionNote(), small));
            for (String n : heading.notes()) {
                document.add(new Paragraph(n, small));
            }
            boolean besideFirstTable = charts.size() == 1 && !tables.isEmpty();
            if (!charts.isEmpty() && !besideFirstTable) {
                PdfPTable row = new PdfPTable(Math.min(2, charts.size()));
                row.setWidthPercentage(charts.size() == 1 ? 50 : 100);
                row.setHorizontalAlignment(Element.ALIGN_LEFT);
                row.setSpacingBefore(8);
                for (BarChart c : charts) {
                    PdfPCell cell = new PdfPCell();
                    cell.setBorder(0);
                    cell.addElement(new Paragraph(c.title(), bold));
                    com.lowagie.text.Image image = PdfCharts.draw(writer, c);
                    image.scaleToFit(PdfCharts.WIDTH, PdfCharts.HEIGHT);
                    cell.addElement(image);
                    row.addCell(cell);
                }
                if (charts.size() > 2 && charts.size() % 2 == 1) {
                    row.completeRow();
                }
                document.add(row);
            }
            Set<String> definitions = new LinkedHashSet<>();
            boolean first = true;
            for (ReportTable t : tables) {
                document.add(new Paragraph(" "));
                document.add(new Paragraph(t.title(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11)));
                PdfPTable table = new PdfPTable(t.columns().size() + 1);
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                float[] widths = new float[t.columns().size() + 1];
                widths[0] = 3.2f;
                for (int i = 1; i < widths.length; i++) {
                    widths[i] = 1.4f;
                }
                table.setWidths(widths);
                table.addCell(cell(t.groupLabel(), bold, Element.ALIGN_LEFT));
                t.columns().forEach(c -> table.addCell(cell(c, bold, Element.ALIGN_RIGHT)));
                for (ReportTable.Row r : t.rows()) {
                    table.addCell(cell(r.label(), small, Element.ALIGN_LEFT));
                    r.cells().forEach(c -> table.addCell(cell(c.display(), small, Element.ALIGN_RIGHT)));
                    definitions.add(r.label() + ": " + r.definition());
                }
                if (first && besideFirstTable) {
                    // one chart goes beside the first table, so a one-page summary stays on one page
                    PdfPTable pair = new PdfPTable(2);
                    pair.setWidthPercentage(100);
                    pair.setWidths(new float[] {3f, 2f});
                    PdfPCell left = new PdfPCell(table);
                    left.setBorder(0);
                    left.setPaddingRight(10);
                    pair.addCell(left);
                    PdfPCell right = new PdfPCell();
                    right.setBorder(0);
                    right.addElement(new Paragraph(charts.get(0).title(), bold));
                    com.lowagie.text.Image image = PdfCharts.draw(writer, charts.get(0));
                    image.scaleToFit(PdfCharts.WIDTH * 0.8f, PdfCharts.HEIGHT * 0.8f);
                    right.addElement(image);
                    pair.addCell(right);
                    document.add(pair);
                } else {
                    document.add(table);
                }
                first = false;
            }
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Definitions", FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11)));
            // two columns, so the definitions take half the height
            PdfPTable columns = new PdfPTable(2);
            columns.setWidthPercentage(100);
            for (String d : definitions) {
                PdfPCell cell = new PdfPCell(new Phrase(d, small));
                cell.setBorder(0);
                cell.setPadding(1.5f);
                columns.addCell(cell);
            }
            columns.completeRow();
            document.add(columns);
            document.close();
        } catch (DocumentException | java.io.IOException e) {
            throw new IllegalStateException("PDF could not be written: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(align);
        cell.setPadding(2.5f);
        return cell;
    }
}
