package id.jejak.platform.web;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertThat(Csv.table(List.of("a", "b"), List.of(List.of("x, y", "say \"hi\""), Arrays.asList(null, "l1\nl2"))))
                .isEqualTo("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n,\"l1\nl2\"\r\n");
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsShownAsText() {
        assertThat(Csv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(Csv.cell("-5")).isEqualTo("'-5");
        assertThat(Csv.cell("Dinas Pendidikan")).isEqualTo("Dinas Pendidikan");
    }
}
