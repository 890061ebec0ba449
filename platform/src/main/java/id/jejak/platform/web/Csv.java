package id.jejak.platform.web;

import org.springframework.http.MediaType;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV for reports that auditors open in a spreadsheet. A cell that a spreadsheet would run as a formula
 * (starting with = + - @) is prefixed with an apostrophe: the data came from users, and is shown, never executed.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    public static final MediaType TEXT_CSV = MediaType.parseMediaType(MEDIA_TYPE);
    /** Excel takes a CSV file for UTF-8 only when it starts with the byte order mark. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private Csv() {
    }

    public static String table(List<String> header, List<? extends List<?>> rows) {
        StringBuilder csv = new StringBuilder(line(header));
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    /** One line, for a table written as its rows are read rather than built whole in memory. */
    public static String line(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
