package id.jejak.platform.web;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A deadline for a request's headers, which Tomcat does not have: its timeouts count silence only, so a client that
 * sends one byte every few seconds ("slowloris") holds a connection, and with enough of them every connection, for
 * as long as it likes. Here every connection must deliver a request's headers within the deadline of being opened,
 * or of its previous answer being complete; one that does not is closed. A request being answered is never cut: its
 * time is the application's (the database's bounds, a long export).
 * <p>
 * Tomcat's endpoint reports each accepted connection ({@link Protocol}); a valve, the first code to see a request
 * once its headers are read, marks its connection busy until the answer is complete (asynchronous answers
 * included); a sweeper closes the idle connections past their deadline every half second.
 */
public final class HeaderDeadline {

    private static final Logger log = LoggerFactory.getLogger(HeaderDeadline.class);

    private static final class Connection {
        private final SocketChannel channel;
        private volatile long deadline;
        private volatile boolean answering;

        private Connection(SocketChannel channel, long deadline) {
            this.channel = channel;
            this.deadline = deadline;
        }
    }

    private final long deadlineNanos;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "header-deadline");
        thread.setDaemon(true);
        return thread;
    });

    public HeaderDeadline(Duration deadline) {
        this.deadlineNanos = deadline.toNanos();
        sweeper.scheduleWithFixedDelay(this::closeLateConnections, 500, 500, TimeUnit.MILLISECONDS);
    }

    /** Tomcat's HTTP/1.1 protocol whose endpoint tells the deadline of every connection it accepts. */
    public static class Protocol extends Http11NioProtocol {

        private final Endpoint endpoint;

        public Protocol() {
            this(new Endpoint());
        }

        private Protocol(Endpoint endpoint) {
            super(endpoint);
            this.endpoint = endpoint;
        }

        public void enforce(HeaderDeadline deadline) {
            endpoint.deadline = deadline;
        }
    }

    private static final class Endpoint extends NioEndpoint {

        private volatile HeaderDeadline deadline;

        @Override
        protected SocketChannel serverSocketAccept() throws Exception {
            SocketChannel channel = super.serverSocketAccept();
            HeaderDeadline current = deadline;
            if (current != null && channel.getRemoteAddress() instanceof InetSocketAddress remote) {
                current.connections.put(key(remote.getAddress().getHostAddress(), remote.getPort()),
                        new Connection(channel, System.nanoTime() + current.deadlineNanos));
            }
            return channel;
        }
    }

    /** Marks a connection busy while its request is answered; its headers were complete when the request came. */
    public ValveBase valve() {
        return new ValveBase(true) {
            @Override
            public void invoke(Request request, Response response) throws IOException, ServletException {
                Connection connection = connections.get(keyOf(request));
                if (connection == null) {
                    getNext().invoke(request, response);
                    return;
                }
                connection.answering = true;
                try {
                    getNext().invoke(request, response);
                } finally {
                    if (request.isAsync()) {
                        request.getAsyncContext().addListener(new Answered(connection));
                    } else {
                        answered(connection);
                    }
                }
            }
        };
    }

    public void stop() {
        sweeper.shutdownNow();
    }

    private void answered(Connection connection) {
        connection.deadline = System.nanoTime() + deadlineNanos;
        connection.answering = false;
    }

    private void closeLateConnections() {
        long now = System.nanoTime();
        int closed = 0;
        for (var entry : connections.entrySet()) {
            Connection connection = entry.getValue();
            if (!connection.channel.isOpen()) {
                connections.remove(entry.getKey(), connection);
            } else if (!connection.answering && now - connection.deadline > 0) {
                connections.remove(entry.getKey(), connection);
                try {
                    connection.channel.close();
                    closed++;
                } catch (IOException alreadyGone) {
                    // closed by Tomcat or the client meanwhile
                }
            }
        }
        if (closed > 0) {
            log.info("Closed {} connection(s) that sent no complete request headers within {} s", closed,
                    Duration.ofNanos(deadlineNanos).toSeconds());
        }
    }

    /** The connection's own address, as the socket has it, whatever a proxy header later makes of the request's. */
    private static String keyOf(Request request) {
        org.apache.coyote.Request coyote = request.getCoyoteRequest();
        coyote.action(ActionCode.REQ_HOST_ADDR_ATTRIBUTE, coyote);
        coyote.action(ActionCode.REQ_REMOTEPORT_ATTRIBUTE, coyote);
        return key(coyote.remoteAddr().toString(), coyote.getRemotePort());
    }

    private static String key(String address, int port) {
        return address + "#" + port;
    }

    private final class Answered implements AsyncListener {

        private final Connection connection;

        private Answered(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            answered(connection);
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            answered(connection);
        }

        @Override
        public void onError(AsyncEvent event) {
            answered(connection);
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // the same answer goes on
        }
    }
}
