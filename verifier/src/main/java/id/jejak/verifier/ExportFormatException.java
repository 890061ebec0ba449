package id.jejak.verifier;

import java.io.IOException;

/** The input is not a Jejak ledger export (or checkpoint); says on which line. */
public class ExportFormatException extends IOException {

    public ExportFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
