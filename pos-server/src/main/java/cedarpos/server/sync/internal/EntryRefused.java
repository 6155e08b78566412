package cedarpos.server.sync.internal;

import cedarpos.protocol.v1.ErrorCode;
import cedarpos.protocol.v1.ProtocolException;

/**
 * One entry of a push cannot be applied. Thrown out of the push's transaction (which rolls back, so none of that
 * entry's writes survive); when the code is permanent the push is tried again with the entry rejected.
 */
final class EntryRefused extends ProtocolException {
    private final int index;

    EntryRefused(int index, ErrorCode code, String message) {
        super(code, message);
        this.index = index;
    }

    static EntryRefused of(int index, ProtocolException e) {
        return e instanceof EntryRefused r ? r : new EntryRefused(index, e.code(), e.getMessage());
    }

    /** The entry's position in the push. */
    int index() {
        return index;
    }
}
