package id.jejak.query.report;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndTheirQuotesDoubled() {
        assertThat(Csv.field("Siregar, Budi")).isEqualTo("\"Siregar, Budi\"");
        assertThat(Csv.field("Budi \"Ucok\"")).isEqualTo("\"Budi \"\"Ucok\"\"\"");
        assertThat(Csv.field("baris\nkedua")).isEqualTo("\"baris\nkedua\"");
        assertThat(Csv.field("baris\r")).isEqualTo("\"baris\r\"");
        assertThat(Csv.field("Dinas Kesehatan")).isEqualTo("Dinas Kesehatan");
        assertThat(Csv.field(20)).isEqualTo("20");
        assertThat(Csv.field(null)).isEmpty();
    }

    @Test
    void aFieldASpreadsheetWouldRunAsAFormulaIsShownAsText() {
        assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("-1")).isEqualTo("'-1");
    }

    @Test
    void aTableHasAHeaderAndEndsEveryLineWithCrLf() {
        assertThat(Csv.table(List.of("nip", "fullName"), List.of(List.of("1", "A, B"), Arrays.asList("2", null))))
                .isEqualTo("nip,fullName\r\n1,\"A, B\"\r\n2,\r\n");
    }
}
