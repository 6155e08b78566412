package cedarpos.protocol.v1;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Refund;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Tender;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The optional {@code refunds} array of an order state: {@code {"id", "lines": [...], "amountMinor" (order currency),
 * "paidBack": {"method", "currency", "minor"}, "lbpPerUsd"?, "reason", "approvedBy", "s"}}. A state without the array
 * has no refunds (what older terminals send).
 */
final class RefundJson {
    private RefundJson() {
    }

    static JsonArrayBuilder encode(Collection<Refund> refunds) {
        JsonArrayBuilder all = Jsons.arrayBuilder();
        for (Refund r : refunds) {
            JsonArrayBuilder ids = Jsons.arrayBuilder();
            r.lines().forEach(l -> ids.add(l.toString()));
            JsonObjectBuilder b = Jsons.objectBuilder().add("id", r.id().toString()).add("lines", ids)
                    .add("amountMinor", r.amount().minor())
                    .add("paidBack", Jsons.objectBuilder().add("method", r.paidBack().method().name())
                            .add("currency", r.paidBack().amount().currency().name())
                            .add("minor", r.paidBack().amount().minor()))
                    .add("reason", r.reason()).add("approvedBy", r.approvedBy()).add("s", r.stamp().encode());
            if (r.rate() != null) {
                b.add("lbpPerUsd", r.rate().lbpPerUsd());
            }
            all.add(b);
        }
        return all;
    }

    static TreeMap<UUID, Refund> decode(Fields f, Currency currency) throws ProtocolException {
        TreeMap<UUID, Refund> refunds = new TreeMap<>();
        for (Fields r : f.objects("refunds", OrderState.MAX_REFUNDS)) {
            Refund refund = refund(r, currency);
            if (refunds.put(refund.id(), refund) != null) {
                throw r.invalid("id", "appears twice");
            }
        }
        return refunds;
    }

    private static Refund refund(Fields r, Currency currency) throws ProtocolException {
        try {
            Set<OrderLineId> ids = new HashSet<>();
            for (String l : r.strings("lines", OrderState.MAX_LINES)) {
                ids.add(OrderLineId.parse(l));
            }
            Fields back = r.nested("paidBack");
            Tender paidBack;
            try {
                paidBack = new Tender(OrderJsonValues.enumValue(back, "method", Tender.Method.class),
                        Money.of(back.longValue("minor", 1, Long.MAX_VALUE),
                                OrderJsonValues.enumValue(back, "currency", Currency.class)));
            } catch (IllegalArgumentException e) {
                throw back.refused(e);
            }
            return new Refund(r.uuid("id"), ids, Money.of(r.longValue("amountMinor", 1, Long.MAX_VALUE), currency),
                    paidBack, r.has("lbpPerUsd") ? new ExchangeRate(r.longValue("lbpPerUsd")) : null,
                    r.string("reason"), r.string("approvedBy"), OrderStateJson.stamp(r, "s"));
        } catch (IllegalArgumentException e) {
            throw r.refused(e);
        }
    }
}
