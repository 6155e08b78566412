package cedarpos.server.sync.web;

import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.protocol.v1.Ack;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.ErrorMessage;
import cedarpos.protocol.v1.Hello;
import cedarpos.protocol.v1.Message;
import cedarpos.protocol.v1.ProtocolCodec;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.protocol.v1.Pull;
import cedarpos.protocol.v1.Push;
import cedarpos.server.broadcast.SessionRegistry;
import cedarpos.server.enrollment.Enrollments;
import cedarpos.server.enrollment.TokenCheck;
import cedarpos.server.platform.ServerDatabase;
import cedarpos.server.sync.internal.Greeting;
import cedarpos.server.sync.internal.PushOutcome;
import cedarpos.server.sync.internal.PushService;
import cedarpos.server.sync.internal.SyncService;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One terminal connection speaking protocol v1 (docs/protocol.md). The
 * container creates an instance per connection and delivers its frames one at
 * a time, so the fields below need no locking. Terminal and branch come from
 * the device token of the upgrade request, never from a message.
 */
@ServerEndpoint(value = "/sync", configurator = BearerTokenConfigurator.class)
public class SyncEndpoint {
    /** Frames above this are closed by the WebSocket layer (1009); the codec answers those above 1 M chars. */
    static final int MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(SyncEndpoint.class.getName());

    @Inject
    private SyncService sync;

    @Inject
    private PushService pushes;

    @Inject
    private SessionRegistry sessions;

    @Inject
    private ServerDatabase database;

    @Inject
    private Enrollments enrollments;

    /** The token's terminal and branch, once checked. */
    private TokenCheck identity;
    /** Set by a valid hello. */
    private TerminalId terminalId;
    private BranchId branchId;

    @OnOpen
    public void open(Session session) {
        if (token(session) == null) {
            refuse(session, tokenRequired());
            return;
        }
        if (!database.isReady()) {
            // checked again at the hello, which answers SERVER_UNAVAILABLE until the database is back
            LOG.info(() -> "sync connection opened while the database is down session=" + session.getId());
            return;
        }
        try {
            authenticate(session);
        } catch (ProtocolException e) {
            refuse(session, e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "token check failed session=" + session.getId(), e);
            sessions.send(session, new ErrorMessage(ErrorCode.INTERNAL_ERROR,
                    "the server could not check the device token; it is checked again at the hello"));
        }
    }

    /** Checks the connection's token now; it may have been revoked or replaced since the connection opened. */
    private void authenticate(Session session) throws ProtocolException {
        String token = token(session);
        if (token == null) {
            throw tokenRequired();
        }
        TokenCheck check = enrollments.check(token);
        if (check.status() == TokenCheck.Status.UNKNOWN) {
            throw new ProtocolException(ErrorCode.UNKNOWN_TOKEN,
                    "this device token was never issued or was replaced by a newer enrollment");
        }
        if (check.status() == TokenCheck.Status.REVOKED) {
            throw new ProtocolException(ErrorCode.TOKEN_REVOKED, "a manager revoked this device token; enroll again");
        }
        if (identity == null) {
            identity = check;
            sessions.identify(check.terminalId(), token, session);
            LOG.info(() -> "sync connection opened terminal=" + check.terminalId() + " branch=" + check.branchId()
                    + " session=" + session.getId());
        }
    }

    private static String token(Session session) {
        Object token = session.getUserProperties().get(BearerTokenConfigurator.TOKEN);
        return token instanceof String ? (String) token : null;
    }

    private static ProtocolException tokenRequired() {
        return new ProtocolException(ErrorCode.TOKEN_REQUIRED,
                "the upgrade request must carry \"Authorization: Bearer <device token>\"; enroll the terminal first");
    }

    /** The protocol is text frames only: a binary frame ends the session (error frame, then close 1003). */
    @OnMessage(maxMessageSize = MAX_MESSAGE_BYTES)
    public void onBinary(ByteBuffer frame, Session session) {
        refuse(session, new ProtocolException(ErrorCode.BINARY_FRAME,
                "binary frame of " + frame.remaining() + " bytes; the protocol is UTF-8 text frames only"));
    }

    @OnMessage(maxMessageSize = MAX_MESSAGE_BYTES)
    public void onMessage(String frame, Session session) {
        Message message;
        try {
            message = ProtocolCodec.decode(frame);
        } catch (ProtocolException e) {
            refuse(session, e);
            return;
        }
        try {
            if (message instanceof Hello hello) {
                onHello(hello, session);
            } else if (terminalId == null) {
                throw new ProtocolException(ErrorCode.HELLO_REQUIRED, "the first frame must be a hello, got "
                        + message.type());
            } else if (message instanceof Push push) {
                onPush(push, session);
            } else if (message instanceof Pull pull) {
                onPull(pull, session);
            } else {
                throw new ProtocolException(ErrorCode.UNKNOWN_TYPE, "\"" + message.type()
                        + "\" is not a message a terminal sends");
            }
        } catch (ProtocolException e) {
            refuse(session, e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sync failure terminal=" + terminalId + " branch=" + branchId + " session="
                    + session.getId() + " type=" + message.type(), e);
            sessions.send(session, new ErrorMessage(ErrorCode.INTERNAL_ERROR,
                    "the server could not process this " + message.type() + "; send it again later"));
        }
    }

    private void onHello(Hello hello, Session session) throws ProtocolException {
        if (terminalId != null) {
            throw new ProtocolException(ErrorCode.HELLO_REQUIRED, "hello was already received on this connection");
        }
        if (hello.protocolVersion() != ProtocolCodec.VERSION) {
            throw new ProtocolException(ErrorCode.UNSUPPORTED_VERSION, "protocol version "
                    + hello.protocolVersion() + " is not supported; this server speaks " + ProtocolCodec.VERSION);
        }
        requireDatabase();
        authenticate(session);
        Greeting greeting = sync.hello(identity.terminalId(), identity.branchId(), hello, database.epoch());
        terminalId = identity.terminalId();
        branchId = identity.branchId();
        sessions.send(session, greeting.welcome());
        sessions.send(session, greeting.catalog());
        sessions.join(branchId, session);
        LOG.info(() -> "hello terminal=" + terminalId + " branch=" + branchId + " session=" + session.getId()
                + " lastAppliedSeq=" + greeting.welcome().lastAppliedSeq() + " cursor=" + hello.cursor()
                + " head=" + greeting.welcome().branchHead());
    }

    private void onPush(Push push, Session session) throws ProtocolException {
        requireDatabase();
        PushOutcome outcome = pushes.push(terminalId, branchId, push, session.getId());
        if (outcome.applied() == 0) {
            // nothing new was committed, so no broadcast carries the ack
            sessions.send(session, new Ack(outcome.lastAppliedSeq(), outcome.rejected()));
            LOG.info(() -> "push already applied terminal=" + terminalId + " branch=" + branchId + " seq="
                    + push.entries().get(0).seq() + ".." + push.entries().get(push.entries().size() - 1).seq()
                    + " lastAppliedSeq=" + outcome.lastAppliedSeq());
        }
    }

    private void onPull(Pull pull, Session session) throws ProtocolException {
        requireDatabase();
        Changes changes = sync.pull(branchId, pull.afterSeq(), pull.limit());
        sessions.send(session, changes);
        LOG.info(() -> "pull terminal=" + terminalId + " branch=" + branchId + " afterSeq=" + pull.afterSeq()
                + " records=" + changes.records().size() + " head=" + changes.head());
    }

    private void requireDatabase() throws ProtocolException {
        if (!database.isReady()) {
            throw new ProtocolException(ErrorCode.SERVER_UNAVAILABLE,
                    "the server database is not ready; send the same message again later");
        }
    }

    private void refuse(Session session, ProtocolException e) {
        LOG.info(() -> "refused " + e.code() + " terminal=" + (identity == null ? null : identity.terminalId())
                + " branch=" + branchId + " session=" + session.getId() + ": " + e.getMessage());
        if (closesConnection(e.code())) {
            sessions.sendAndClose(session, e.toMessage(), new CloseReason(closeCode(e.code()), e.code().name()));
        } else {
            sessions.send(session, e.toMessage());
        }
    }

    /** Codes that end the conversation: the terminal cannot fix them by resending on this connection. */
    private boolean closesConnection(ErrorCode code) {
        switch (code) {
            case UNSUPPORTED_VERSION:
            case UNKNOWN_BRANCH:
            case TOKEN_REQUIRED:
            case UNKNOWN_TOKEN:
            case TOKEN_REVOKED:
            case TERMINAL_MISMATCH:
            case BINARY_FRAME:
            case INVALID_TEXT:
            case JSON_TOO_DEEP:
            case NUMBER_OUT_OF_RANGE:
                return true;
            case BRANCH_MISMATCH:
                // on the hello; a push naming another branch is refused and the connection stays usable
                return terminalId == null;
            default:
                return false;
        }
    }

    private static CloseReason.CloseCode closeCode(ErrorCode code) {
        return code == ErrorCode.BINARY_FRAME ? CloseReason.CloseCodes.CANNOT_ACCEPT
                : CloseReason.CloseCodes.VIOLATED_POLICY;
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        sessions.leave(session);
        LOG.info(() -> "sync connection closed terminal=" + terminalId + " branch=" + branchId + " session="
                + session.getId() + " code=" + reason.getCloseCode().getCode());
    }

    /**
     * A session that errors is closed, never left half-alive: it stays in the registry (so a revocation still
     * reaches it) until its close arrives at {@link #close}. Text that is not UTF-8 is caught by the container
     * before any frame reaches us: INVALID_TEXT, close 1007; anything else is a server fault, close 1011.
     */
    @OnError
    public void error(Session session, Throwable error) {
        boolean invalidText = causedBy(error, CharacterCodingException.class);
        LOG.info(() -> "sync connection error terminal=" + terminalId + " branch=" + branchId + " session="
                + session.getId() + " closing=" + session.isOpen() + ": " + error);
        if (!session.isOpen()) {
            sessions.leave(session);
            return;
        }
        ErrorMessage message = invalidText
                ? new ErrorMessage(ErrorCode.INVALID_TEXT, "a text frame that is not valid UTF-8")
                : new ErrorMessage(ErrorCode.INTERNAL_ERROR, "the connection failed; reconnect");
        sessions.sendAndClose(session, message, invalidText
                ? new CloseReason(CloseReason.CloseCodes.NOT_CONSISTENT, ErrorCode.INVALID_TEXT.name())
                : new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, ErrorCode.INTERNAL_ERROR.name()));
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
