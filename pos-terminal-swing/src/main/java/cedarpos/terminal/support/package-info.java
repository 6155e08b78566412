/**
 * Small helpers every layer may use: where work runs ({@link cedarpos.terminal.support.Threads}: IO executor and
 * EDT), a {@link cedarpos.terminal.support.Coalescer} for bursts of requests, and one-line logging set-up.
 */
package cedarpos.terminal.support;
