package cedarpos.protocol.v1;

import cedarpos.domain.Currency;
import cedarpos.domain.LineModifier;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.ModifierGroup;
import cedarpos.domain.ModifierOption;
import cedarpos.domain.Money;
import cedarpos.domain.pay.BranchSettings;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.pay.Vat;
import cedarpos.domain.staff.Role;
import cedarpos.domain.staff.StaffMember;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON of what the cashier's terminal adds to the protocol: modifiers (chosen on a line, offered in the catalog),
 * payments stamped on a settlement, the branch's rate and VAT, and its staff. Every field is optional on decode,
 * so records written before these existed still read.
 */
final class CashierJson {
    private static final int MAX_GROUPS = Catalog.MAX_MODIFIER_GROUPS;
    private static final int MAX_ITEMS = Catalog.MAX_ITEMS;
    private static final int MAX_STAFF = 1000;

    private CashierJson() {
    }

    static JsonArrayBuilder modifiers(List<LineModifier> modifiers) {
        JsonArrayBuilder a = Jsons.arrayBuilder();
        for (LineModifier m : modifiers) {
            a.add(Jsons.objectBuilder().add("optionId", m.optionId().toString()).add("nameEn", m.nameEn())
                    .add("nameAr", m.nameAr()).add("priceMinor", m.priceMinor()));
        }
        return a;
    }

    static List<LineModifier> modifiers(Fields f) throws ProtocolException {
        List<LineModifier> out = new ArrayList<>();
        if (!f.has("modifiers")) {
            return out;
        }
        for (Fields m : f.objects("modifiers", LineModifier.MAX_PER_LINE)) {
            try {
                out.add(new LineModifier(m.uuid("optionId"), m.string("nameEn"), m.string("nameAr"),
                        m.longValue("priceMinor", 0, Long.MAX_VALUE)));
            } catch (IllegalArgumentException e) {
                throw m.refused(e);
            }
        }
        return out;
    }

    static JsonObjectBuilder payment(Payment p) {
        JsonArrayBuilder tenders = Jsons.arrayBuilder();
        for (Tender t : p.tenders()) {
            tenders.add(money(t.amount()).add("method", t.method().name()));
        }
        JsonObjectBuilder b = Jsons.objectBuilder().add("dueMinor", p.due().minor()).add("tenders", tenders)
                .add("vatBp", p.vat().basisPoints()).add("vatIncluded", p.vat().included())
                .add("change", money(p.change()));
        if (p.rate() != null) {
            b.add("lbpPerUsd", p.rate().lbpPerUsd());
        }
        return b;
    }

    static Payment payment(Fields p, Currency orderCurrency) throws ProtocolException {
        List<Tender> tenders = new ArrayList<>();
        for (Fields t : p.objects("tenders", Payment.MAX_TENDERS)) {
            try {
                tenders.add(new Tender(OrderJsonValues.enumValue(t, "method", Tender.Method.class), money(t)));
            } catch (IllegalArgumentException e) {
                throw t.refused(e);
            }
        }
        try {
            return new Payment(Money.of(p.longValue("dueMinor", 0, Long.MAX_VALUE), orderCurrency), tenders,
                    p.has("lbpPerUsd") ? new ExchangeRate(p.longValue("lbpPerUsd")) : null, vat(p),
                    money(p.nested("change")));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw p.refused(e instanceof IllegalArgumentException iae ? iae
                    : new IllegalArgumentException("amounts out of range"));
        }
    }

    static void encodeCatalog(BranchSettings s, List<ModifierGroup> groups, List<StaffMember> staff,
                              JsonObjectBuilder b) {
        JsonObjectBuilder settings = Jsons.objectBuilder().add("vatBp", s.vat().basisPoints())
                .add("vatIncluded", s.vat().included()).add("rateSetAtMs", s.rateSetAtMs());
        if (s.rate() != null) {
            settings.add("lbpPerUsd", s.rate().lbpPerUsd());
        }
        JsonArrayBuilder gs = Jsons.arrayBuilder();
        for (ModifierGroup g : groups) {
            JsonArrayBuilder options = Jsons.arrayBuilder();
            for (ModifierOption o : g.options()) {
                options.add(Jsons.objectBuilder().add("id", o.id().toString()).add("nameEn", o.nameEn())
                        .add("nameAr", o.nameAr()).add("priceMinor", o.priceDelta().minor()));
            }
            JsonArrayBuilder items = Jsons.arrayBuilder();
            g.appliesTo().forEach(i -> items.add(i.toString()));
            gs.add(Jsons.objectBuilder().add("id", g.id().toString()).add("nameEn", g.nameEn())
                    .add("nameAr", g.nameAr()).add("min", g.min()).add("max", g.max()).add("options", options)
                    .add("appliesTo", items));
        }
        JsonArrayBuilder people = Jsons.arrayBuilder();
        for (StaffMember m : staff) {
            people.add(Jsons.objectBuilder().add("id", m.id().toString()).add("name", m.name())
                    .add("role", m.role().name()).add("pinHash", m.pinHash()));
        }
        b.add("settings", settings).add("modifierGroups", gs).add("staff", people);
    }

    static BranchSettings settings(Fields f) throws ProtocolException {
        Fields s = f.optionalNested("settings");
        if (s == null) {
            return BranchSettings.NONE;
        }
        try {
            return new BranchSettings(s.has("lbpPerUsd") ? new ExchangeRate(s.longValue("lbpPerUsd")) : null,
                    s.has("rateSetAtMs") ? s.longValue("rateSetAtMs", 0, Long.MAX_VALUE) : 0, vat(s));
        } catch (IllegalArgumentException e) {
            throw s.refused(e);
        }
    }

    static List<ModifierGroup> modifierGroups(Fields f, Currency currency) throws ProtocolException {
        List<ModifierGroup> out = new ArrayList<>();
        if (!f.has("modifierGroups")) {
            return out;
        }
        for (Fields g : f.objects("modifierGroups", MAX_GROUPS)) {
            List<ModifierOption> options = new ArrayList<>();
            for (Fields o : g.objects("options", ModifierGroup.MAX_OPTIONS)) {
                try {
                    options.add(new ModifierOption(o.uuid("id"), o.string("nameEn"), o.string("nameAr"),
                            Money.of(o.longValue("priceMinor", 0, Long.MAX_VALUE), currency)));
                } catch (IllegalArgumentException e) {
                    throw o.refused(e);
                }
            }
            List<MenuItemId> items = new ArrayList<>();
            for (String id : g.strings("appliesTo", MAX_ITEMS)) {
                try {
                    items.add(MenuItemId.parse(id));
                } catch (IllegalArgumentException e) {
                    throw g.refused(e);
                }
            }
            try {
                out.add(new ModifierGroup(g.uuid("id"), g.string("nameEn"), g.string("nameAr"),
                        g.intValue("min", 0, ModifierGroup.MAX_OPTIONS), g.intValue("max", 1, ModifierGroup.MAX_OPTIONS),
                        options, items));
            } catch (IllegalArgumentException e) {
                throw g.refused(e);
            }
        }
        return out;
    }

    static List<StaffMember> staff(Fields f) throws ProtocolException {
        List<StaffMember> out = new ArrayList<>();
        if (!f.has("staff")) {
            return out;
        }
        for (Fields m : f.objects("staff", MAX_STAFF)) {
            try {
                out.add(new StaffMember(m.uuid("id"), m.string("name"), OrderJsonValues.enumValue(m, "role",
                        Role.class), m.string("pinHash")));
            } catch (IllegalArgumentException e) {
                throw m.refused(e);
            }
        }
        return out;
    }

    private static Vat vat(Fields f) throws ProtocolException {
        return new Vat(f.has("vatBp") ? f.intValue("vatBp", 0, 5_000) : 0, !f.has("vatIncluded")
                || f.flag("vatIncluded"));
    }

    private static JsonObjectBuilder money(Money m) {
        return Jsons.objectBuilder().add("currency", m.currency().name()).add("minor", m.minor());
    }

    private static Money money(Fields f) throws ProtocolException {
        return Money.of(f.longValue("minor", 0, Long.MAX_VALUE), OrderJsonValues.enumValue(f, "currency",
                Currency.class));
    }
}
