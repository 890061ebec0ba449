package id.jejak.verifier;

/**
 * The first line of an export: {@code {"export":{…}}}. It says what the export holds, so the verifier knows whether
 * the Merkle roots can be checked (the whole stream) or only chains and signatures (a period, a person).
 *
 * @param from       the start of the period (recorded time, inclusive), if one was asked for
 * @param to         its end (exclusive)
 * @param nip        the person whose stream it is, if one was asked for
 * @param exportedAt when the export was taken
 */
public record ExportHeader(String format, Scope scope, String from, String to, String nip, String exportedAt) {

    public static final String FORMAT = "jejak-ledger-export-v1";
}
