package id.jejak.verifier;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Writes an export as NDJSON: a header line, one line per event in global-index order, and each checkpoint's line
 * right after the last event it covers. An event line holds every column: payload and metadata as JSON strings
 * holding the stored text — exact, because the stored bytes are UTF-8 JSON and a JSON string carries any UTF-8 text
 * unchanged — or, should stored bytes ever not be valid UTF-8, as {@code payloadBase64} / {@code metaDataBase64}
 * instead; hashes in hexadecimal. Not thread-safe.
 */
public final class ExportWriter implements Closeable {

    static final JsonFactory JSON = new JsonFactoryBuilder()
            .rootValueSeparator((SerializableString) null)
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final JsonGenerator json;

    public ExportWriter(OutputStream out) {
        try {
            this.json = JSON.createGenerator(out, JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void header(ExportHeader header) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("export");
        json.writeStringField("format", header.format());
        json.writeStringField("scope", header.scope().name().toLowerCase());
        json.writeStringField("from", header.from());
        json.writeStringField("to", header.to());
        json.writeStringField("nip", header.nip());
        json.writeStringField("exportedAt", header.exportedAt());
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
    }

    public void event(LedgerEvent event) throws IOException {
        json.writeStartObject();
        json.writeNumberField("globalIndex", event.globalIndex());
        json.writeStringField("aggregateIdentifier", event.aggregateIdentifier());
        json.writeNumberField("sequenceNumber", event.sequenceNumber());
        json.writeStringField("type", event.type());
        json.writeStringField("eventIdentifier", event.eventIdentifier());
        json.writeStringField("payloadType", event.payloadType());
        json.writeStringField("payloadRevision", event.payloadRevision());
        json.writeStringField("timeStamp", event.timeStamp());
        storedBytes("payload", event.payload());
        storedBytes("metaData", event.metaData());
        json.writeStringField("previousHash", Hex.encode(event.previousHash()));
        json.writeStringField("hash", Hex.encode(event.hash()));
        json.writeEndObject();
        json.writeRaw('\n');
    }

    public void checkpoint(Checkpoint checkpoint) throws IOException {
        json.writeStartObject();
        json.writeFieldName("checkpoint");
        checkpointObject(json, checkpoint);
        json.writeEndObject();
        json.writeRaw('\n');
    }

    public void flush() throws IOException {
        json.flush();
    }

    @Override
    public void close() throws IOException {
        json.close();
    }

    /** One checkpoint as the line an export carries, {@code {"checkpoint":{…}}}: the form auditors keep. */
    public static String checkpointLine(Checkpoint checkpoint) {
        var out = new ByteArrayOutputStream();
        try (var writer = new ExportWriter(out)) {
            writer.checkpoint(checkpoint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private void storedBytes(String field, byte[] bytes) throws IOException {
        if (bytes == null) {
            json.writeNullField(field);
        } else if (Utf8.isValid(bytes)) {
            json.writeFieldName(field);
            json.writeUTF8String(bytes, 0, bytes.length);
        } else {
            json.writeStringField(field + "Base64", Base64.getEncoder().encodeToString(bytes));
        }
    }

    static void checkpointObject(JsonGenerator json, Checkpoint checkpoint) throws IOException {
        json.writeStartObject();
        json.writeNumberField("sequence", checkpoint.sequence());
        json.writeNumberField("upToGlobalIndex", checkpoint.upToGlobalIndex());
        json.writeNumberField("treeSize", checkpoint.treeSize());
        json.writeStringField("merkleRoot", Hex.encode(checkpoint.merkleRoot()));
        json.writeStringField("previousRoot", Hex.encode(checkpoint.previousRoot()));
        json.writeStringField("intervalDigest", Hex.encode(checkpoint.intervalDigest()));
        json.writeStringField("signedAt", checkpoint.signedAt());
        json.writeStringField("keyId", checkpoint.keyId());
        json.writeStringField("signature", checkpoint.signature() == null ? null
                : Base64.getEncoder().encodeToString(checkpoint.signature()));
        Interval interval = checkpoint.interval();
        if (interval != null) {
            json.writeArrayFieldStart("heads");
            for (Head head : interval.heads()) {
                json.writeStartObject();
                json.writeStringField("aggregateIdentifier", head.aggregateIdentifier());
                json.writeNumberField("sequenceNumber", head.sequenceNumber());
                json.writeNumberField("globalIndex", head.globalIndex());
                json.writeStringField("hash", Hex.encode(head.hash()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("gaps");
            for (long gap : interval.gaps()) {
                json.writeNumber(gap);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** Strict UTF-8 (RFC 3629): what decodes to text and encodes back to the very same bytes. */
    static final class Utf8 {

        private Utf8() {
        }

        static boolean isValid(byte[] bytes) {
            int i = 0;
            int n = bytes.length;
            while (i < n) {
                int b = bytes[i];
                if (b >= 0) {
                    i++;
                    continue;
                }
                b &= 0xff;
                if (b >= 0xc2 && b <= 0xdf) {
                    if (i + 1 >= n || !continuation(bytes[i + 1])) {
                        return false;
                    }
                    i += 2;
                } else if (b >= 0xe0 && b <= 0xef) {
                    if (i + 2 >= n || !continuation(bytes[i + 1]) || !continuation(bytes[i + 2])) {
                        return false;
                    }
                    int second = bytes[i + 1] & 0xff;
                    if (b == 0xe0 && second < 0xa0 || b == 0xed && second > 0x9f) {
                        return false; // overlong, or a surrogate
                    }
                    i += 3;
                } else if (b >= 0xf0 && b <= 0xf4) {
                    if (i + 3 >= n || !continuation(bytes[i + 1]) || !continuation(bytes[i + 2])
                            || !continuation(bytes[i + 3])) {
                        return false;
                    }
                    int second = bytes[i + 1] & 0xff;
                    if (b == 0xf0 && second < 0x90 || b == 0xf4 && second > 0x8f) {
                        return false; // overlong, or beyond U+10FFFF
                    }
                    i += 4;
                } else {
                    return false;
                }
            }
            return true;
        }

        private static boolean continuation(byte b) {
            return (b & 0xc0) == 0x80;
        }
    }
}
