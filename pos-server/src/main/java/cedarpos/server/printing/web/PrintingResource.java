package cedarpos.server.printing.web;

import cedarpos.server.platform.ApiError;
import cedarpos.server.platform.JsonAnswer;
import cedarpos.server.branch.web.ExchangeRateResource;
import cedarpos.domain.BranchId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.printing.PrintingSetup;
import cedarpos.protocol.v1.Fields;
import cedarpos.protocol.v1.Jsons;
import cedarpos.protocol.v1.PrintingJson;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.server.platform.RequestBody;
import cedarpos.server.platform.RequestRefused;
import cedarpos.server.printing.internal.PrintingChanges;
import cedarpos.server.printing.PrintingSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

/**
 * How the branch prints: printers, kitchen stations, routes, the default station and each terminal's receipt
 * printer, in the form the catalog carries (docs/protocol.md, "printing"). It reaches every terminal in the catalog
 * (sent at once to those connected).
 */
@Path("/branches/{branchId}/printing")
@RequestScoped
public class PrintingResource {
    /** A setup of 100 printers and stations with thousands of routes fits; the catalog must leave room for the menu. */
    static final int MAX_BODY_BYTES = 256 * 1024;

    @Inject
    private PrintingChanges changes;

    @Inject
    private PrintingSettings printing;

    @Context
    private SecurityContext security;

    /** The setup, {@code {"printers","stations","categoryRoutes","itemRoutes","receiptPrinters","defaultStation"}}. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("branchId") BranchId branchId) {
        return printing.setup(branchId).map(setup -> JsonAnswer.ok(PrintingJson.encode(setup).build()))
                .orElseGet(() -> ApiError.unknownBranch(branchId));
    }

    /**
     * Replaces the whole setup (what GET answers; unknown fields are ignored) -> 200 with the setup as stored and
     * {@code "catalogVersion"}. Audited; the new catalog goes to the branch's terminals. 400 INVALID_FIELD with the
     * field at fault in {@code "field"} ({@code printers[1].port}, {@code stations[0].fallback},
     * {@code categoryRoutes[2].station}, {@code defaultStation}: a reference to a printer or station the setup lacks,
     * a code used twice, a route given twice, a dish not on the branch's menu, a terminal not enrolled in the
     * branch...; none for a body that is not a JSON object), 413 BODY_TOO_LARGE, 404 UNKNOWN_BRANCH; nothing changes
     * on any error.
     */
    @PUT
    @Produces(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("branchId") BranchId branchId, InputStream body) {
        PrintingSetup setup = decode(RequestBody.parse(RequestBody.text(body, MAX_BODY_BYTES), false).json());
        PrintingChanges.SetupReplaced done = changes.replace(branchId, setup, manager());
        return JsonAnswer.ok(PrintingJson.encode(done.setup()).add("catalogVersion", done.catalogVersion())
                .build());
    }

    /**
     * {@code {"printer": "bar-1"}} -> 200 {@code {"terminalId", "printer", "previousPrinter" (null when none),
     * "catalogVersion"}}. 404 UNKNOWN_TERMINAL (not enrolled in this branch), 400 UNKNOWN_PRINTER, 400 INVALID_FIELD,
     * 404 UNKNOWN_BRANCH; nothing changes on any error.
     */
    @PUT
    @Path("/receipt-printers/{terminalId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response setReceiptPrinter(@PathParam("branchId") BranchId branchId,
                                      @PathParam("terminalId") String terminalText, String body) {
        TerminalId terminal = new TerminalId(RequestBody.uuid("terminalId", terminalText));
        String printer = RequestBody.parse(body, false).string("printer", 40);
        PrintingChanges.ReceiptPrinterSet set = changes.setReceiptPrinter(branchId, terminal, printer, manager());
        JsonObjectBuilder b = Jsons.objectBuilder().add("terminalId", terminal.toString())
                .add("printer", set.printer());
        if (set.before() == null) {
            b.addNull("previousPrinter");
        } else {
            b.add("previousPrinter", set.before());
        }
        return JsonAnswer.ok(b.add("catalogVersion", set.catalogVersion()).build());
    }

    /** The terminal prints no receipts: 204 (again 204 when it had none). 404 UNKNOWN_TERMINAL, UNKNOWN_BRANCH. */
    @DELETE
    @Path("/receipt-printers/{terminalId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response clearReceiptPrinter(@PathParam("branchId") BranchId branchId,
                                        @PathParam("terminalId") String terminalText) {
        TerminalId terminal = new TerminalId(RequestBody.uuid("terminalId", terminalText));
        changes.setReceiptPrinter(branchId, terminal, null, manager());
        return Response.noContent().build();
    }

    /**
     * The same reader and checks as the catalog's printing object, and no route given twice; every refusal names
     * the field at fault ({@code printers[1].port}) so the web admin shows it next to that field.
     */
    private static PrintingSetup decode(JsonObject json) {
        // the decoder keeps the last of two routes for the same category, dish or terminal; a manager who sent two
        // meant something, so say which. Checked first: past it, the n-th route of the setup is the n-th in the body,
        // so the setup's refusals name the body's fields.
        once(json, "categoryRoutes", "category");
        once(json, "itemRoutes", "itemId");
        once(json, "receiptPrinters", "terminalId");
        try {
            return PrintingJson.decodeSetup(Fields.of(json));
        } catch (ProtocolException e) {
            throw e.field() == null ? RequestRefused.invalidField(e.getMessage())
                    : RequestRefused.invalidField(e.field(), e.getMessage());
        }
    }

    /** Refuses a key given twice in the array; anything malformed is left for the decoder to name. */
    private static void once(JsonObject json, String array, String key) {
        JsonValue v = json.get(array);
        if (v == null || v.getValueType() != JsonValue.ValueType.ARRAY) {
            return;
        }
        Set<String> seen = new HashSet<>();
        JsonArray routes = v.asJsonArray();
        for (int i = 0; i < routes.size(); i++) {
            if (routes.get(i) instanceof JsonObject o && o.get(key) instanceof JsonString k
                    && !seen.add(k.getString())) {
                throw RequestRefused.invalidField(array + "[" + i + "]." + key, array + ": " + key + " "
                        + k.getString() + " is given twice");
            }
        }
    }

    private String manager() {
        return security.getUserPrincipal().getName();
    }
}
