package cedarpos.server.sync.internal;

import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.Welcome;

/** The two frames a terminal receives after a valid hello. */
public record Greeting(Welcome welcome, Catalog catalog) {
}
