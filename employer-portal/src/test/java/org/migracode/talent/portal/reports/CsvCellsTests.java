package org.migracode.talent.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Formula injection: cells a spreadsheet would evaluate are written as text. */
class CsvCellsTests {

    @Test
    void cellsStartingAFormulaAreNeutralised() {
        assertThat(CsvCells.neutralise("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CsvCells.neutralise("+1")).isEqualTo("'+1");
        assertThat(CsvCells.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvCells.neutralise("<5")).isEqualTo("<5");
        assertThat(CsvCells.neutralise("63.6% (7/11)")).isEqualTo("63.6% (7/11)");
        assertThat(CsvCells.neutralise("")).isEmpty();
    }

    @Test
    void everyCellOfAnExportIsNeutralised() {
        ReportTable table = new ReportTable("=title", "@group", List.of("=cmd|' /C calc'!A0"),
                List.of(new ReportTable.Row("k", "+label", "-definition", List.of(CellView.text("=1+1")))));
        String csv = ReportExports.csv(new ReportExports.Heading("=school", "Report", "Generated", List.of("=filter"), "note", List.of("-note")),
                new ReportExports.CsvColumns("Table", "Figure", "Group", "Value", "Numerator", "Denominator", "As shown", "Definition"),
                List.of(table));
        assertThat(csv).contains("'=school", "'=title", "'=cmd", "'+label", "'-definition", "'=1+1", "'=filter", "'-note");
        assertThat(csv.lines()).noneMatch(l -> l.startsWith("=") || l.startsWith("+") || l.startsWith("-") || l.startsWith("@"));
    }
}
