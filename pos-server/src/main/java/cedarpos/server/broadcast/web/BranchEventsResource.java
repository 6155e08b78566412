package cedarpos.server.broadcast.web;

import cedarpos.domain.BranchId;
import cedarpos.server.broadcast.internal.AdminStreams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * {@code GET /api/branches/{b}/events}: the branch's live stream for the web admin (text/event-stream; events
 * {@code open}, {@code changes}, {@code catalog}, {@code terminals}). Signed in and scoped like every branch call.
 */
@Path("/branches/{branchId}/events")
@RequestScoped
public class BranchEventsResource {
    @Inject
    private AdminStreams streams;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void open(@PathParam("branchId") BranchId branchId, @Context SseEventSink sink, @Context Sse sse) {
        streams.open(branchId, sink, sse);
    }
}
