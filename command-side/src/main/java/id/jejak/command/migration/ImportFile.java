package id.jejak.command.migration;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.jejak.kernel.InvalidValueException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file's rows as column name to text: CSV with a header line (UTF-8, a byte order mark allowed, as spreadsheets
 * write it) or NDJSON, one object a line. A file that cannot be read as a whole is refused before any row is.
 */
final class ImportFile {

    enum Format { CSV, NDJSON }

    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportFile() {
    }

    static List<Map<String, String>> rows(ImportKind kind, Format format, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            List<Map<String, String>> rows = format == Format.CSV ? csv(text) : ndjson(text);
            if (rows.isEmpty()) {
                throw new InvalidValueException("IMPORT_FILE_EMPTY", "the file holds no row", Map.of("format",
                        format.name()));
            }
            List<String> missing = kind.columns().stream().filter(column -> !rows.get(0).containsKey(column))
                    .toList();
            if (format == Format.CSV && !missing.isEmpty()) {
                throw new InvalidValueException("IMPORT_COLUMNS_MISSING",
                        "the file lacks the columns {columns}", Map.of("columns", String.join(", ", missing)));
            }
            return rows;
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException("IMPORT_FILE_UNREADABLE", "the file cannot be read as {format}",
                    Map.of("format", format.name()));
        }
    }

    private static List<Map<String, String>> csv(String text) throws IOException {
        ObjectReader reader = CSV.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader());
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> lines = reader.readValues(text)) {
            while (lines.hasNext()) {
                rows.add(lines.next());
            }
        }
        return rows;
    }

    private static List<Map<String, String>> ndjson(String text) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            JSON.readTree(line).fields().forEachRemaining(field ->
                    row.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText()));
            rows.add(row);
        }
        return rows;
    }
}
