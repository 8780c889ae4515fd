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
 * Writes report tables as CSV (commons-csv, every cell neutralised) and PDF (OpenPDF), each with
 * the date, the filters and the definitions of the figures printed with it.
 */
final class ReportExports {

    private ReportExports() {
    }

    /**
     * The header lines every export starts with: title, date, filters. The PDF also shows the
     * school's name and logo (null when none was uploaded) above the title.
     */
    record Heading(String title, String generated, List<String> filters, String suppressionNote, String school, byte[] logo) {

        Heading(String title, String generated, List<String> filters, String suppressionNote) {
            this(title, generated, filters, suppressionNote, null, null);
        }
    }

    static String csv(Heading heading, List<ReportTable> tables) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            print(csv, List.of(heading.title()));
            print(csv, List.of(heading.generated()));
            for (String f : heading.filters()) {
                print(csv, List.of(f));
            }
            print(csv, List.of(heading.suppressionNote()));
            for (ReportTable t : tables) {
                csv.println();
                print(csv, List.of(t.title()));
                List<String> header = new ArrayList<>();
                header.add(t.groupLabel());
                header.addAll(t.columns());
                header.add("definition");
                print(csv, header);
                for (ReportTable.Row r : t.rows()) {
                    List<String> line = new ArrayList<>();
                    line.add(r.label());
                    r.cells().forEach(c -> line.add(c.display()));
                    line.add(r.definition());
                    print(csv, line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void print(CSVPrinter csv, List<String> cells) throws IOException {
        csv.printRecord(cells.stream().map(CsvCells::neutralise).toList());
    }

    static byte[] pdf(Heading heading, List<ReportTable> tables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, bytes);
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
            if (heading.school() != null) {
                document.add(new Paragraph(heading.school(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10)));
            }
            document.add(new Paragraph(heading.title(), title));
            document.add(new Paragraph(heading.generated(), small));
            for (String f : heading.filters()) {
                document.add(new Paragraph(f, small));
            }
            document.add(new Paragraph(heading.suppressionNote(), small));
            Set<String> definitions = new LinkedHashSet<>();
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
                document.add(table);
            }
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Definitions", FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11)));
            for (String d : definitions) {
                document.add(new Paragraph(d, small));
            }
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
