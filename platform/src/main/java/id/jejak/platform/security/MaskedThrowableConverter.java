package id.jejak.platform.security;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * The stack trace of every log line, as Spring Boot prints it, with personal data masked ({@link LogSafe#text}): an
 * exception's message is the driver's, Axon's or Spring's, and may quote a NIP, a name or a whole payload.
 */
public class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return LogSafe.text(super.throwableProxyToString(proxy));
    }
}
