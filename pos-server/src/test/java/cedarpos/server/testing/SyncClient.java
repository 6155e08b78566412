package cedarpos.server.testing;

import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.ErrorMessage;
import cedarpos.protocol.v1.Message;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.protocol.v1.Rejection;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.ContainerProvider;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.WebSocketContainer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A raw WebSocket client for tests: sends text frames as given (valid or not)
 * and queues every frame it receives, so a test can assert on exactly what the
 * server said and in which order.
 */
public final class SyncClient implements AutoCloseable {
    private static final long MAX_FRAME = 8L * 1024 * 1024;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<CloseReason> closed = new CompletableFuture<>();
    private final Session session;

    private SyncClient(URI uri, String token) throws IOException, DeploymentException {
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize((int) MAX_FRAME);
        this.session = container.connectToServer(new Endpoint() {
            @Override
            public void onOpen(Session s, EndpointConfig config) {
                s.setMaxTextMessageBufferSize((int) MAX_FRAME);
                s.addMessageHandler(String.class, (MessageHandler.Whole<String>) received::add);
            }

            @Override
            public void onClose(Session s, CloseReason reason) {
                closed.complete(reason);
            }

            @Override
            public void onError(Session s, Throwable error) {
                closed.completeExceptionally(error);
            }
        }, config(token), uri);
    }

    private static ClientEndpointConfig config(String token) {
        ClientEndpointConfig.Builder b = ClientEndpointConfig.Builder.create();
        if (token != null) {
            b.configurator(new ClientEndpointConfig.Configurator() {
                @Override
                public void beforeRequest(Map<String, List<String>> headers) {
                    headers.put("Authorization", List.of("Bearer " + token));
                }
            });
        }
        return b.build();
    }

    /** Connects without a device token (the server answers TOKEN_REQUIRED and closes). */
    public static SyncClient connect(URI uri) {
        return connect(uri, null);
    }

    /** Connects with {@code Authorization: Bearer <token>} on the upgrade request. */
    public static SyncClient connect(URI uri, String token) {
        try {
            return new SyncClient(uri, token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DeploymentException e) {
            throw new IllegalStateException("cannot connect to " + uri, e);
        }
    }

    public void sendRaw(String frame) {
        try {
            session.getBasicRemote().sendText(frame);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A binary frame, which the protocol never uses: to test that the server ends the session. */
    public void sendBinary(byte[] bytes) {
        try {
            session.getBasicRemote().sendBinary(java.nio.ByteBuffer.wrap(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void send(Message message) {
        sendRaw(ProtocolCodec.encode(message));
    }

    /** The next frame as text, or null after the timeout. */
    public String nextRaw(Duration timeout) {
        try {
            return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next frame decoded; fails if none arrives within 10 s. */
    public Message next() {
        return next(Duration.ofSeconds(10));
    }

    public Message next(Duration timeout) {
        String frame = nextRaw(timeout);
        if (frame == null) {
            throw new AssertionError("no frame from the server within " + timeout);
        }
        try {
            return ProtocolCodec.decode(frame);
        } catch (ProtocolException e) {
            throw new AssertionError("server sent an undecodable frame: " + frame, e);
        }
    }

    /** The next frame, which must be of the given type. */
    public <T extends Message> T next(Class<T> type) {
        Message m = next();
        if (!type.isInstance(m)) {
            throw new AssertionError("expected " + type.getSimpleName() + " but got " + ProtocolCodec.encode(m));
        }
        return type.cast(m);
    }

    /** The next frame, which must be an error with the given code. */
    public ErrorMessage expectError(ErrorCode code) {
        ErrorMessage e = next(ErrorMessage.class);
        if (e.code() != code) {
            throw new AssertionError("expected error " + code + " but got " + e.code() + ": " + e.message());
        }
        return e;
    }

    /** Sends {@code message} and expects the error {@code code} in answer. */
    public ErrorMessage expectErrorAfter(Message message, ErrorCode code) {
        send(message);
        return expectError(code);
    }

    /**
     * The next frame, which must be an ack naming exactly one rejected entry, with the given code. An entry the
     * server can never apply is rejected, not refused: its seq counts as applied and the push is acked.
     */
    public Rejection expectRejection(ErrorCode code) {
        Ack ack = next(Ack.class);
        if (ack.rejected().size() != 1 || ack.rejected().get(0).code() != code) {
            throw new AssertionError("expected an ack rejecting one entry with " + code + " but got "
                    + ProtocolCodec.encode(ack));
        }
        return ack.rejected().get(0);
    }

    /** Sends {@code push} and expects an ack rejecting one of its entries with {@code code}. */
    public Rejection expectRejectionAfter(Message push, ErrorCode code) {
        send(push);
        return expectRejection(code);
    }

    /** Fails if any frame arrives within the window. */
    public void expectSilence(Duration window) {
        String frame = nextRaw(window);
        if (frame != null) {
            throw new AssertionError("expected no frame but got " + frame);
        }
    }

    /** The close reason once the server closed the connection, or null if it stays open past the timeout. */
    public CloseReason awaitClose(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("connection failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public void close() {
        try {
            if (session.isOpen()) {
                session.close();
            }
        } catch (IOException ignored) {
            // the server may already be gone; nothing to release
        }
    }
}
