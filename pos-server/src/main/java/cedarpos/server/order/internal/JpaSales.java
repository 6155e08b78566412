package cedarpos.server.order.internal;

import static cedarpos.server.platform.InLists.chunks;

import cedarpos.domain.BranchId;
import cedarpos.domain.Currency;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.protocol.v1.Jsons;
import cedarpos.protocol.v1.OrderStateJson;
import cedarpos.protocol.v1.ProtocolException;
import cedarpos.server.branch.Branches;
import cedarpos.server.order.BranchSales;
import cedarpos.server.order.DaySales;
import cedarpos.server.order.Sales;
import cedarpos.server.order.SalesTotals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sales read from the order rows: per day, one indexed query for the branch's orders opened in that day (branch id,
 * opening time), whose states are merged and summed in memory; never the branch's other orders.
 */
@ApplicationScoped
public class JpaSales implements Sales {
    /** The server-wide zone of business days (an IANA name such as {@code Asia/Beirut}); UTC when unset. */
    public static final String ZONE_KEY = "cedarpos.sales.zone";
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Logger LOG = Logger.getLogger(JpaSales.class.getName());

    @Inject
    private EntityManager em;

    @Inject
    private Branches branches;

    private volatile ZoneId zone;

    @Override
    public ZoneId zone() {
        ZoneId z = zone;
        if (z == null) {
            z = configuredZone();
            zone = z;
        }
        return z;
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(zone());
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public DaySales ofBranch(BranchId branch, LocalDate day) {
        List<MergedOrder> today = statesOfDay(branch, day);
        LocalDate compareDay = day.minusWeeks(1);
        List<MergedOrder> weekBefore = statesOfDay(branch, compareDay);
        Currency currency = currencyOf(branch);
        SalesTally tally = tally(currency, today);
        Map<String, String> categories = new HashMap<>();
        branches.categories(branch, tally.dishIds().stream().map(MenuItemId::parse).toList())
                .forEach((dish, category) -> categories.put(dish.toString(), category));
        return new DaySales(branch, day, zone().getId(), currency, tally.totals(), tally.byHour(),
                tally.byCategory(categories), tally.topDishes(),
                tally.payments(), tally.open(), compareDay, tally(currency, weekBefore).totals(),
                tally.otherCurrency());
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public List<BranchSales> ofChain(Predicate<BranchId> scope, LocalDate day) {
        List<String> ids = branches.branches().stream().map(b -> b.id()).filter(scope)
                .map(BranchId::toString).sorted().toList();
        Map<String, List<MergedOrder>> today = statesOfDay(ids, day);
        Map<String, List<MergedOrder>> weekBefore = statesOfDay(ids, day.minusWeeks(1));
        List<BranchSales> all = new ArrayList<>();
        for (String id : ids) {
            BranchId branch = BranchId.parse(id);
            List<MergedOrder> t = today.getOrDefault(id, List.of());
            List<MergedOrder> w = weekBefore.getOrDefault(id, List.of());
            Currency currency = currencyOf(branch);
            all.add(new BranchSales(branch, currency, tally(currency, t).totals(), tally(currency, w).totals()));
        }
        return all;
    }

    private SalesTally tally(Currency currency, List<MergedOrder> orders) {
        SalesTally tally = new SalesTally(currency, zone());
        orders.forEach(tally::add);
        return tally;
    }

    /** The branch's currency, as the branch module keeps it (the guard has checked that the branch exists). */
    private Currency currencyOf(BranchId branch) {
        return branches.branch(branch).map(b -> b.currency()).orElseThrow();
    }

    private List<MergedOrder> statesOfDay(BranchId branch, LocalDate day) {
        List<MergedOrder> orders = new ArrayList<>();
        for (String json : em.createNamedQuery("CustomerOrder.statesOfDay", String.class)
                .setParameter("branchId", branch.toString()).setParameter("fromMs", startMs(day))
                .setParameter("toMs", startMs(day.plusDays(1))).getResultList()) {
            merged(json).ifPresent(orders::add);
        }
        return orders;
    }

    private Map<String, List<MergedOrder>> statesOfDay(List<String> branchIds, LocalDate day) {
        Map<String, List<MergedOrder>> byBranch = new HashMap<>();
        for (List<String> chunk : chunks(branchIds)) {
            for (Object[] row : em.createNamedQuery("CustomerOrder.statesOfDayByBranches", Object[].class)
                    .setParameter("branchIds", chunk).setParameter("fromMs", startMs(day))
                    .setParameter("toMs", startMs(day.plusDays(1))).getResultList()) {
                merged((String) row[1]).ifPresent(o -> byBranch.computeIfAbsent((String) row[0],
                        k -> new ArrayList<>()).add(o));
            }
        }
        return new TreeMap<>(byBranch);
    }

    /** The first instant of {@code day} in the business zone (midnight, or the first hour after a DST gap). */
    private long startMs(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant().toEpochMilli();
    }

    private static Optional<MergedOrder> merged(String stateJson) {
        if (stateJson == null) {
            return Optional.empty();
        }
        try (JsonReader r = Jsons.reader(new StringReader(stateJson))) {
            return Optional.ofNullable(OrderStateJson.decode(r.readObject()).merge());
        } catch (ProtocolException e) {
            throw new IllegalStateException("a stored order state does not decode: " + e.getMessage(), e);
        }
    }

    private static ZoneId configuredZone() {
        Optional<String> name;
        try {
            name = ConfigProvider.getConfig(JpaSales.class.getClassLoader()).getOptionalValue(ZONE_KEY, String.class)
                    .filter(s -> !s.isBlank());
        } catch (RuntimeException e) {
            name = Optional.ofNullable(System.getProperty(ZONE_KEY));
        }
        if (name.isEmpty()) {
            return UTC;
        }
        String text = name.get().strip();
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            LOG.warning(() -> ZONE_KEY + "=" + text + " is not a time zone; business days are in UTC");
            return UTC;
        }
    }
}
