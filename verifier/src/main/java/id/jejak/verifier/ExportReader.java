package id.jejak.verifier;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads what {@link ExportWriter} writes, line by line with Jackson's streaming parser (no object mapping: a million
 * lines must take seconds), handing each header, event and checkpoint to a {@link Visitor} in the order read.
 */
public final class ExportReader {

    public interface Visitor {
        void header(ExportHeader header);

        void event(LedgerEvent event);

        void checkpoint(Checkpoint checkpoint);
    }

    private ExportReader() {
    }

    public static void read(InputStream in, Visitor visitor) throws IOException {
        try (JsonParser json = ExportWriter.JSON.createParser(in)) {
            try {
                JsonToken token;
                while ((token = json.nextToken()) != null) {
                    if (token != JsonToken.START_OBJECT) {
                        throw new ExportFormatException("line " + line(json) + ": not a JSON object", null);
                    }
                    readLine(json, visitor);
                }
            } catch (JsonProcessingException e) {
                throw new ExportFormatException("line " + line(json) + ": not valid JSON: " + e.getOriginalMessage(),
                        e);
            }
        }
    }

    /** One checkpoint, as its export line ({@code {"checkpoint":{…}}}) or as the bare object. */
    public static Checkpoint readCheckpoint(InputStream in) throws IOException {
        try (JsonParser json = ExportWriter.JSON.createParser(in)) {
            try {
                if (json.nextToken() != JsonToken.START_OBJECT) {
                    throw new ExportFormatException("a checkpoint is a JSON object", null);
                }
                if (json.nextToken() == JsonToken.FIELD_NAME && "checkpoint".equals(json.currentName())) {
                    expect(json, JsonToken.START_OBJECT);
                    return checkpointBody(json);
                }
                return checkpointFields(json);
            } catch (JsonProcessingException e) {
                throw new ExportFormatException("line " + line(json) + ": not valid JSON: " + e.getOriginalMessage(),
                        e);
            }
        }
    }

    private static void readLine(JsonParser json, Visitor visitor) throws IOException {
        JsonToken token = json.nextToken();
        if (token == JsonToken.END_OBJECT) {
            throw new ExportFormatException("line " + line(json) + ": an empty object", null);
        }
        String first = json.currentName();
        if ("export".equals(first)) {
            expect(json, JsonToken.START_OBJECT);
            visitor.header(header(json));
            expect(json, JsonToken.END_OBJECT);
        } else if ("checkpoint".equals(first)) {
            expect(json, JsonToken.START_OBJECT);
            visitor.checkpoint(checkpointBody(json));
            expect(json, JsonToken.END_OBJECT);
        } else {
            visitor.event(event(json));
        }
    }

    /** The fields of an event line; the parser stands on the first field name. */
    private static LedgerEvent event(JsonParser json) throws IOException {
        Long globalIndex = null;
        Long sequenceNumber = null;
        String aggregateIdentifier = null;
        String type = null;
        String eventIdentifier = null;
        String payloadType = null;
        String payloadRevision = null;
        String timeStamp = null;
        byte[] payload = null;
        byte[] metaData = null;
        byte[] previousHash = null;
        byte[] hash = null;
        for (JsonToken token = json.currentToken(); token == JsonToken.FIELD_NAME; token = json.nextToken()) {
            String field = json.currentName();
            json.nextToken();
            try {
                switch (field) {
                    case "globalIndex" -> globalIndex = json.getLongValue();
                    case "aggregateIdentifier" -> aggregateIdentifier = text(json);
                    case "sequenceNumber" -> sequenceNumber = json.getLongValue();
                    case "type" -> type = text(json);
                    case "eventIdentifier" -> eventIdentifier = text(json);
                    case "payloadType" -> payloadType = text(json);
                    case "payloadRevision" -> payloadRevision = text(json);
                    case "timeStamp" -> timeStamp = text(json);
                    case "payload" -> payload = utf8(json);
                    case "payloadBase64" -> payload = base64(json);
                    case "metaData" -> metaData = utf8(json);
                    case "metaDataBase64" -> metaData = base64(json);
                    case "previousHash" -> previousHash = hex(json);
                    case "hash" -> hash = hex(json);
                    default -> json.skipChildren();
                }
            } catch (IllegalArgumentException e) {
                throw new ExportFormatException("line " + line(json) + ": " + field + ": " + e.getMessage(), e);
            }
        }
        if (globalIndex == null || sequenceNumber == null || aggregateIdentifier == null) {
            throw new ExportFormatException("line " + line(json)
                    + ": an event needs globalIndex, aggregateIdentifier and sequenceNumber", null);
        }
        return new LedgerEvent(globalIndex, aggregateIdentifier, sequenceNumber, type, eventIdentifier, payloadType,
                payloadRevision, timeStamp, payload, metaData, previousHash, hash);
    }

    private static ExportHeader header(JsonParser json) throws IOException {
        String format = null;
        Scope scope = Scope.FULL;
        String from = null;
        String to = null;
        String nip = null;
        String exportedAt = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "format" -> format = text(json);
                case "scope" -> {
                    try {
                        scope = Scope.valueOf(String.valueOf(text(json)).toUpperCase());
                    } catch (IllegalArgumentException e) {
                        throw new ExportFormatException("line " + line(json) + ": unknown scope", e);
                    }
                }
                case "from" -> from = text(json);
                case "to" -> to = text(json);
                case "nip" -> nip = text(json);
                case "exportedAt" -> exportedAt = text(json);
                default -> json.skipChildren();
            }
        }
        if (!ExportHeader.FORMAT.equals(format)) {
            throw new ExportFormatException("line " + line(json) + ": not an export of format "
                    + ExportHeader.FORMAT + " but " + format, null);
        }
        return new ExportHeader(format, scope, from, to, nip, exportedAt);
    }

    /** A checkpoint object's fields; the parser stands on its START_OBJECT. */
    private static Checkpoint checkpointBody(JsonParser json) throws IOException {
        json.nextToken();
        return checkpointFields(json);
    }

    /** A checkpoint object's fields; the parser stands on the first field name (or the END_OBJECT). */
    private static Checkpoint checkpointFields(JsonParser json) throws IOException {
        long sequence = 0;
        long upTo = 0;
        long treeSize = 0;
        byte[] root = null;
        byte[] previousRoot = null;
        byte[] intervalDigest = null;
        String signedAt = null;
        String keyId = null;
        byte[] signature = null;
        List<Head> heads = null;
        List<Long> gaps = null;
        for (JsonToken token = json.currentToken(); token == JsonToken.FIELD_NAME; token = json.nextToken()) {
            String field = json.currentName();
            json.nextToken();
            try {
                switch (field) {
                    case "sequence" -> sequence = json.getLongValue();
                    case "upToGlobalIndex" -> upTo = json.getLongValue();
                    case "treeSize" -> treeSize = json.getLongValue();
                    case "merkleRoot" -> root = hex(json);
                    case "previousRoot" -> previousRoot = hex(json);
                    case "intervalDigest" -> intervalDigest = hex(json);
                    case "signedAt" -> signedAt = text(json);
                    case "keyId" -> keyId = text(json);
                    case "signature" -> signature = base64(json);
                    case "heads" -> heads = heads(json);
                    case "gaps" -> {
                        gaps = new ArrayList<>();
                        while (json.nextToken() != JsonToken.END_ARRAY) {
                            gaps.add(json.getLongValue());
                        }
                    }
                    default -> json.skipChildren();
                }
            } catch (IllegalArgumentException e) {
                throw new ExportFormatException("line " + line(json) + ": " + field + ": " + e.getMessage(), e);
            }
        }
        Interval interval = heads == null && gaps == null ? null : new Interval(heads == null ? List.of() : heads,
                gaps == null ? new long[0] : gaps.stream().mapToLong(Long::longValue).toArray());
        return new Checkpoint(sequence, upTo, treeSize, root, previousRoot, intervalDigest, signedAt, keyId,
                signature, interval);
    }

    private static List<Head> heads(JsonParser json) throws IOException {
        List<Head> heads = new ArrayList<>();
        while (json.nextToken() == JsonToken.START_OBJECT) {
            String stream = null;
            long sequence = 0;
            long index = 0;
            byte[] hash = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "aggregateIdentifier" -> stream = text(json);
                    case "sequenceNumber" -> sequence = json.getLongValue();
                    case "globalIndex" -> index = json.getLongValue();
                    case "hash" -> hash = hex(json);
                    default -> json.skipChildren();
                }
            }
            heads.add(new Head(stream, sequence, index, hash));
        }
        return heads;
    }


    private static void expect(JsonParser json, JsonToken expected) throws IOException {
        if (json.nextToken() != expected) {
            throw new ExportFormatException("line " + line(json) + ": expected " + expected, null);
        }
    }

    private static String text(JsonParser json) throws IOException {
        return json.currentToken() == JsonToken.VALUE_NULL ? null : json.getText();
    }

    private static byte[] utf8(JsonParser json) throws IOException {
        return json.currentToken() == JsonToken.VALUE_NULL ? null
                : json.getText().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] base64(JsonParser json) throws IOException {
        return json.currentToken() == JsonToken.VALUE_NULL ? null : Base64.getDecoder().decode(json.getText());
    }

    private static byte[] hex(JsonParser json) throws IOException {
        return json.currentToken() == JsonToken.VALUE_NULL ? null : Hex.decode(json.getText());
    }

    private static int line(JsonParser json) {
        return json.currentLocation().getLineNr();
    }
}
