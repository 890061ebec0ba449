package id.jejak.query.security;

import id.jejak.query.QuerySideTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security's firewall, with its character rules checked by Jejak's loop, still refuses a header with a control
 * character as problem+json and lets a clean one through. The request is written byte by byte: an HTTP client would
 * refuse to send such a header at all.
 */
@QuerySideTest
class FirewallTest {

    @LocalServerPort
    int port;

    @Test
    void aCredentialWithAControlCharacterIsRefusedAsARejectedRequest() throws Exception {
        String answer = get("Basic " + credentials() + "\u0085");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("REQUEST_REJECTED");
    }

    @Test
    void aCleanCredentialIsLetThrough() throws Exception {
        String answer = get("Basic " + credentials());

        assertThat(answer).startsWith("HTTP/1.1 200");
    }

    private static String credentials() {
        return Base64.getEncoder().encodeToString("auditor:demo".getBytes(StandardCharsets.US_ASCII));
    }

    /** One request on a connection of its own; header bytes as ISO-8859-1, as HTTP/1.1 sends them. */
    private String get(String authorization) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/admin/projections HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + authorization
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
