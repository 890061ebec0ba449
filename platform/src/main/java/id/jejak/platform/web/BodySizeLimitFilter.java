package id.jejak.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses a request body larger than {@code jejak.web.max-body-size} with 413 {@code BODY_TOO_LARGE}: by its
 * Content-Length before reading anything, and a body without one (chunked) once more than the limit has arrived.
 * A body within the limit is read once and kept, so later steps (the idempotency check hashes it) need not read the
 * stream again; {@link #BODY} holds its bytes.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter implements Ordered {

    /** Request attribute: the body's bytes, for requests that have one. */
    public static final String BODY = BodySizeLimitFilter.class.getName() + ".body";
    /** Before the security chain (-100): nothing reads more than the limit, signed in or not. */
    public static final int ORDER = -110;

    private final int limit;
    private final ProblemWriter problems;
    /** Paths (by their beginning) that take files rather than decisions, and the larger limit they have. */
    private final List<String> filePaths;
    private final int fileLimit;

    public BodySizeLimitFilter(DataSize limit, ProblemWriter problems) {
        this(limit, problems, List.of(), limit);
    }

    public BodySizeLimitFilter(DataSize limit, ProblemWriter problems, List<String> filePaths, DataSize fileLimit) {
        this.limit = bytes(limit);
        this.problems = problems;
        this.filePaths = List.copyOf(filePaths);
        this.fileLimit = bytes(fileLimit);
    }

    private static int bytes(DataSize size) {
        return (int) Math.min(Integer.MAX_VALUE - 1, size.toBytes());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        int limit = filePaths.stream().anyMatch(path::startsWith) ? fileLimit : this.limit;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(request, response, limit);
            return;
        }
        if (declared <= 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(limit + 1);
        if (body.length > limit) {
            tooLarge(request, response, limit);
            return;
        }
        request.setAttribute(BODY, body);
        chain.doFilter(new KeptBody(request, body), response);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, int limit) throws IOException {
        // the rest of the body is left unread: Tomcat reads and discards up to server.tomcat.max-swallow-size of it
        // so the client hears the answer, and drops the connection beyond that
        problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "BODY_TOO_LARGE",
                "the request body is larger than the {limit} bytes allowed", Map.of("limit", limit));
    }

    /** The request with its body read once and served from memory. */
    private static final class KeptBody extends HttpServletRequestWrapper {

        private final byte[] body;
        private Map<String, String[]> parameters;

        KeptBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            java.nio.charset.Charset charset = StandardCharsets.UTF_8;
            try {
                if (getCharacterEncoding() != null) {
                    charset = java.nio.charset.Charset.forName(getCharacterEncoding());
                }
            } catch (IllegalArgumentException unknownCharset) {
                // read as UTF-8; a body that is not will fail as malformed JSON
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        /**
         * A form's fields come from the body read here (the container can no longer read them from the stream),
         * after those of the query string, as the servlet specification orders them.
         */
        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, List<String>> merged = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) -> merged.computeIfAbsent(name,
                        ignored -> new ArrayList<>()).addAll(List.of(values)));
                if (isForm(getContentType())) {
                    for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
                        if (!pair.isEmpty()) {
                            int equals = pair.indexOf('=');
                            String name = equals < 0 ? pair : pair.substring(0, equals);
                            String value = equals < 0 ? "" : pair.substring(equals + 1);
                            merged.computeIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                                    ignored -> new ArrayList<>()).add(URLDecoder.decode(value, StandardCharsets.UTF_8));
                        }
                    }
                }
                Map<String, String[]> all = new LinkedHashMap<>();
                merged.forEach((name, values) -> all.put(name, values.toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(all);
            }
            return parameters;
        }

        private static boolean isForm(String type) {
            try {
                return type != null && MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(type));
            } catch (InvalidMediaTypeException notAType) {
                return false;
            }
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return getParameterMap().get(name);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
