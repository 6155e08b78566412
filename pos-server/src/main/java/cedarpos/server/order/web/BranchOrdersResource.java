package cedarpos.server.order.web;

import cedarpos.domain.BranchId;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderStatus;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import cedarpos.server.order.OrderDetail;
import cedarpos.server.order.OrderFilter;
import cedarpos.server.order.OrderPage;
import cedarpos.server.order.OrderService;
import cedarpos.server.order.Sales;
import cedarpos.server.platform.ApiError;
import cedarpos.server.platform.RequestBody;
import cedarpos.server.platform.RequestRefused;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the server database holds for a branch: the manager's Orders page, other managers' tools, and tests. */
@Path("/branches/{branchId}/orders")
@RequestScoped
public class BranchOrdersResource {
    static final int MAX_LIMIT = 1_000;
    /** The status filter's words: the statuses the list writes. */
    private static final Map<String, OrderStatus> STATUSES = Map.of("open", OrderStatus.OPEN, "sent", OrderStatus.SENT,
            "settled", OrderStatus.SETTLED, "cancelled", OrderStatus.CANCELLED);

    @Inject
    private OrderService orders;

    @Inject
    private Sales sales;

    /**
     * One page of the branch's orders, newest first: {@code ?day=YYYY-MM-DD|today} (opened that business day, in
     * the sales zone) {@code &table=<tableId>} (at that table now) {@code &terminal=<terminalId>} (opened on that
     * till) {@code &status=open,sent,settled,cancelled} (any of them) {@code &limit=1..1000} (default 500)
     * {@code &after=<position>}. When more follow, a {@code Link: <...>; rel="next"} header names the next page
     * (the same filters, the day written out); {@code X-Total-Count} says how many match in all and, with a day,
     * {@code X-Business-Day} which day it was. A bad value is 400 INVALID_FIELD naming its parameter.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@PathParam("branchId") BranchId branchId,
                         @QueryParam("day") String dayText, @QueryParam("table") String tableText,
                         @QueryParam("terminal") String terminalText, @QueryParam("status") String statusText,
                         @QueryParam("limit") @DefaultValue("500") String limitText,
                         @QueryParam("after") String afterText, @Context UriInfo uri) {
        LocalDate day = dayText == null ? null : "today".equals(dayText) ? sales.today() : SalesJson.day(dayText, null);
        TableId table = tableText == null ? null : new TableId(RequestBody.uuid("table", tableText));
        TerminalId terminal = terminalText == null ? null : new TerminalId(RequestBody.uuid("terminal", terminalText));
        Set<OrderStatus> statuses = statuses(statusText);
        int limit = RequestBody.limit(limitText, MAX_LIMIT);
        OrderPage.Position after = afterText == null ? null : OrderPage.Position.parse(afterText);
        OrderPage page = orders.listForBranch(branchId, OrderFilter.of(day, sales.zone(), table, terminal, statuses),
                after, limit);
        Response.ResponseBuilder r = Response.ok(page.orders()).header("X-Total-Count", page.matching());
        if (day != null) {
            r.header("X-Business-Day", day.toString());
        }
        page.next().ifPresent(next -> {
            UriBuilder link = uri.getRequestUriBuilder().replaceQueryParam("limit", limit)
                    .replaceQueryParam("after", next.toString());
            if (day != null) {
                link.replaceQueryParam("day", day.toString());
            }
            r.link(link.build(), "next");
        });
        return r.build();
    }

    /** {@code open,settled}: any of the statuses named (in either case); absent: every status. */
    private static Set<OrderStatus> statuses(String text) {
        if (text == null) {
            return Set.of();
        }
        Set<OrderStatus> statuses = EnumSet.noneOf(OrderStatus.class);
        for (String word : text.split(",", -1)) {
            OrderStatus s = STATUSES.get(word.strip().toLowerCase(Locale.ROOT));
            if (s == null) {
                throw RequestRefused.invalidField("status", "status must be open, sent, settled or cancelled (several"
                        + " separated by commas), got \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text)
                        + "\"");
            }
            statuses.add(s);
        }
        return statuses;
    }

    /** The order as the merge decides it, with its lines, its review queue rows and its whole state. */
    @GET
    @Path("{orderId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("branchId") BranchId branchId, @PathParam("orderId") String orderIdText) {
        OrderId orderId = new OrderId(RequestBody.uuid("orderId", orderIdText));
        Optional<OrderDetail> order = orders.find(branchId, orderId);
        if (order.isEmpty()) {
            return ApiError.notFound("UNKNOWN_ORDER", "no order " + orderId + " in branch " + branchId);
        }
        return Response.ok(OrderJsonViews.order(order.get()).toString(), MediaType.APPLICATION_JSON).build();
    }
}
