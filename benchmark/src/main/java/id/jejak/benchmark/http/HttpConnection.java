package id.jejak.benchmark.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One client's keep-alive HTTP/1.1 connection: a plain blocking socket, request bytes written in one go, the response
 * read by its Content-Length or chunks. The benchmark's clients run in the same JVM as the server on two cores, so
 * the client should cost as little CPU as possible; it reconnects when the server closes the connection (Tomcat does
 * after 100 requests) and retries a request once when a reused connection turns out to be closed before any answer.
 */
public final class HttpConnection implements Closeable {

    /** An answer: status, body and the time from writing the request to reading the whole response. */
    public record Response(int status, String body, long nanos) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int served;

    public HttpConnection(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public Response get(String path, String authorization) throws IOException {
        return exchange("GET", path, authorization, null, "application/json");
    }

    public Response get(String path, String authorization, String accept) throws IOException {
        return exchange("GET", path, authorization, null, accept);
    }

    public Response post(String path, String authorization, String json) throws IOException {
        return exchange("POST", path, authorization, json, "application/json");
    }

    public Response exchange(String method, String path, String authorization, String json, String accept)
            throws IOException {
        byte[] body = json == null ? null : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256)
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n")
                .append("Accept: ").append(accept).append("\r\n");
        if (authorization != null) {
            head.append("Authorization: ").append(authorization).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] request = head.toString().getBytes(StandardCharsets.US_ASCII);
        boolean reused = socket != null;
        long start = System.nanoTime();
        try {
            return send(request, body, start);
        } catch (IOException e) {
            close();
            if (!reused || !(e instanceof EOFException || e instanceof java.net.SocketException)) {
                throw e;
            }
            start = System.nanoTime();
            return send(request, body, start);
        }
    }

    private Response send(byte[] request, byte[] body, long start) throws IOException {
        if (socket == null) {
            connect();
        }
        if (body == null) {
            out.write(request);
        } else {
            byte[] all = new byte[request.length + body.length];
            System.arraycopy(request, 0, all, 0, request.length);
            System.arraycopy(body, 0, all, request.length, body.length);
            out.write(all);
        }
        out.flush();
        String statusLine = line();
        if (statusLine.isEmpty()) {
            throw new EOFException("connection closed before the status line");
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Integer.parseInt(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> {
                }
            }
        }
        byte[] content;
        if (chunked) {
            content = chunks();
        } else if (length >= 0) {
            content = in.readNBytes(length);
            if (content.length < length) {
                throw new EOFException("response body cut short");
            }
        } else {
            content = in.readAllBytes();
            close = true;
        }
        long nanos = System.nanoTime() - start;
        served++;
        if (close) {
            close();
        }
        return new Response(status, new String(content, StandardCharsets.UTF_8), nanos);
    }

    private byte[] chunks() throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            int semicolon = size.indexOf(';');
            int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (length == 0) {
                while (!line().isEmpty()) {
                    // trailers
                }
                return content.toByteArray();
            }
            byte[] chunk = in.readNBytes(length);
            if (chunk.length < length) {
                throw new EOFException("chunk cut short");
            }
            content.write(chunk);
            line();
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (line.isEmpty()) {
                    return "";
                }
                throw new EOFException("connection closed within a line");
            }
            if (b == '\n') {
                int length = line.length();
                if (length > 0 && line.charAt(length - 1) == '\r') {
                    line.setLength(length - 1);
                }
                return line.toString();
            }
            line.append((char) b);
        }
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setKeepAlive(true);
        socket.setSoTimeout(120_000);
        socket.connect(new InetSocketAddress(host, port), 10_000);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
        served = 0;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
