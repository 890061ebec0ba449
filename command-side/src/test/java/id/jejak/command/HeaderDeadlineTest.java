package id.jejak.command;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client must send a request's headers within the deadline (two seconds here, ten by default): one that trickles
 * them a byte at a time is cut off, however steadily it trickles; one that sends them in time is answered, and may
 * send its next request on the same connection.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + CommandSideApplication.CONFIG_NAME,
                "jejak.embedded-postgres.ephemeral=true", "jejak.web.header-deadline=2s"})
class HeaderDeadlineTest {

    private static final String REQUEST = "GET /actuator/health HTTP/1.1\r\nHost: localhost\r\n\r\n";

    @LocalServerPort
    int port;

    @Test
    void aClientTricklingItsHeadersIsCutOffAtTheDeadline() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            Instant opened = Instant.now();
            boolean cutOff = false;
            // one byte every 300 ms: never silent long enough for Tomcat's own timeout
            for (byte b : "GET /actuator/health HTTP/1.1\r\nX-Slow: ".concat("a".repeat(100))
                    .getBytes(StandardCharsets.US_ASCII)) {
                try {
                    out.write(b);
                    out.flush();
                } catch (SocketException closed) {
                    cutOff = true;
                    break;
                }
                Thread.sleep(300);
                if (Duration.between(opened, Instant.now()).toSeconds() > 15) {
                    break;
                }
            }
            if (!cutOff) {
                socket.setSoTimeout(5_000);
                cutOff = socket.getInputStream().read() == -1;
            }
            assertThat(cutOff).as("the server closed the connection").isTrue();
            assertThat(Duration.between(opened, Instant.now())).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void aClientSendingItsHeadersInTimeIsAnsweredAndMaySendAgain() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();

            out.write(REQUEST.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String first = readAnswer(in);
            Thread.sleep(1_000);
            out.write(REQUEST.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String second = readAnswer(in);

            assertThat(first).startsWith("HTTP/1.1 200");
            assertThat(second).startsWith("HTTP/1.1 200");
        }
    }

    /** One answer, its body read past (by its length, or to its last chunk), so the next can be read. */
    private static String readAnswer(InputStream in) throws IOException {
        StringBuilder answer = new StringBuilder();
        int contentLength = -1;
        while (!answer.toString().endsWith("\r\n\r\n")) {
            int read = in.read();
            if (read == -1) {
                break;
            }
            answer.append((char) read);
        }
        for (String line : answer.toString().split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                contentLength = Integer.parseInt(line.substring(15).trim());
            }
        }
        if (contentLength > 0) {
            in.readNBytes(contentLength);
        } else if (answer.toString().toLowerCase().contains("transfer-encoding: chunked")) {
            StringBuilder body = new StringBuilder();
            while (!body.toString().endsWith("\r\n0\r\n\r\n")) {
                int read = in.read();
                if (read == -1) {
                    break;
                }
                body.append((char) read);
            }
        }
        return answer.toString();
    }
}
