package cedarpos.terminal.ui.split;

import cedarpos.domain.OrderLineId;
import cedarpos.domain.merge.MergedLine;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.PartPayment;
import cedarpos.domain.pay.CheckSplit;
import cedarpos.terminal.ui.nav.ShareToPay;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The split-check screen: what is left on a check, split by seat, evenly, or by chosen items into shares; each
 * share is paid on the payment screen and the check comes back here with what is still left, until the last share
 * settles it. The arithmetic is {@link CheckSplit}'s; this decides what the cashier sees and taps. UI thread only.
 */
public final class SplitPresenter {
    private final SplitView view;
    private final ResourceBundle messages;
    private final Consumer<ShareToPay> pay;
    private final Runnable back;
    private final java.util.function.Function<MergedLine, String> names;

    private MergedOrder order;
    private SplitView.Mode mode;
    private int ways = 2;
    private final Set<OrderLineId> chosen = new LinkedHashSet<>();
    private List<ShareToPay> shares = List.of();

    /**
     * @param pay   opens the payment screen for a share
     * @param back  leaves the screen; nothing is saved here
     * @param names a line's dish as the screen's language names it
     */
    public SplitPresenter(SplitView view, ResourceBundle messages, Consumer<ShareToPay> pay, Runnable back,
                          java.util.function.Function<MergedLine, String> names) {
        this.view = view;
        this.messages = messages;
        this.pay = pay;
        this.back = back;
        this.names = names;
    }

    /**
     * Shows a check to split. The same check again (after a share was paid) keeps its way of splitting; another
     * check starts by seat when its lines have seats, else evenly in two.
     */
    public void open(MergedOrder check) {
        boolean same = order != null && order.id().equals(check.id());
        order = check;
        Set<OrderLineId> stillUnpaid = unpaid();
        chosen.removeIf(id -> !stillUnpaid.contains(id));
        if (!same) {
            chosen.clear();
            ways = 2;
            mode = hasSeats() ? SplitView.Mode.SEAT : SplitView.Mode.EVEN;
        }
        view.showMessage("", false);
        render();
    }

    public void bySeat() {
        if (hasSeats()) {
            mode = SplitView.Mode.SEAT;
            render();
        }
    }

    /** @param n how many equal shares the whole check makes (shares already paid evenly count among them) */
    public void evenly(int n) {
        if (n < 2 || n > CheckSplit.MAX_WAYS) {
            return;
        }
        mode = SplitView.Mode.EVEN;
        ways = Math.max(n, evenPaid() + 1);
        render();
    }

    public void byItems() {
        mode = SplitView.Mode.ITEMS;
        render();
    }

    /** Adds an unpaid line to the share being chosen, or takes it out again. */
    public void toggle(OrderLineId line) {
        if (mode != SplitView.Mode.ITEMS || !unpaid().contains(line)) {
            return;
        }
        if (!chosen.remove(line)) {
            chosen.add(line);
        }
        render();
    }

    /** Pays share {@code index} of those shown. */
    public void payShare(int index) {
        if (index >= 0 && index < shares.size()) {
            pay.accept(shares.get(index));
        }
    }

    public void back() {
        back.run();
    }

    /** The shares on show, as they would be paid. */
    public List<ShareToPay> shares() {
        return shares;
    }

    private void render() {
        view.showSummary(summary());
        view.showMode(mode, ways, hasSeats());
        List<SplitView.ItemRow> items = new ArrayList<>();
        if (mode == SplitView.Mode.ITEMS) {
            for (MergedLine l : unpaidLines()) {
                items.add(new SplitView.ItemRow(l.line().id(), l.line().quantity() + " \u00d7 " + names.apply(l),
                        l.total().display(), chosen.contains(l.line().id())));
            }
        }
        view.showItems(items);
        try {
            shares = computeShares();
        } catch (IllegalArgumentException e) {
            shares = List.of();
            view.showMessage(e.getMessage(), true);
        }
        List<SplitView.ShareRow> rows = new ArrayList<>();
        for (ShareToPay s : shares) {
            rows.add(new SplitView.ShareRow(s.label(), s.amount().display(), detail(s.lines()),
                    s.amount().minor() > 0));
        }
        view.showShares(rows);
    }

    private List<ShareToPay> computeShares() {
        List<ShareToPay> out = new ArrayList<>();
        switch (mode) {
            case SEAT -> CheckSplit.bySeat(order).forEach(s -> out.add(share(s.kind() == CheckSplit.Kind.TABLE
                    ? text("split.tableShare") : text("seat.n", s.number()), s)));
            case ITEMS -> {
                if (!chosen.isEmpty()) {
                    CheckSplit.Share s = CheckSplit.byItems(order, List.of(Set.copyOf(chosen))).get(0);
                    out.add(share(text("split.items", chosen.size()), s));
                }
            }
            case EVEN -> {
                int paid = evenPaid();
                int left = Math.max(1, ways - paid);
                if (left == 1) {
                    out.add(new ShareToPay(order, text("split.even", ways, ways), Set.of(), order.balance()));
                } else {
                    for (CheckSplit.Share s : CheckSplit.evenly(order, left)) {
                        out.add(share(text("split.even", paid + s.number(), ways), s));
                    }
                }
            }
            default -> throw new IllegalStateException("unknown split mode " + mode);
        }
        return out;
    }

    private ShareToPay share(String label, CheckSplit.Share s) {
        return new ShareToPay(order, label, s.lines(), s.amount());
    }

    private SplitView.Summary summary() {
        List<String> paid = new ArrayList<>();
        for (PartPayment p : order.parts()) {
            paid.add(p.label() + " \u00b7 " + p.amount().display());
        }
        return new SplitView.Summary(text("split.title"), order.total().display(), order.paid().display(),
                order.balance().display(), paid);
    }

    private String detail(Set<OrderLineId> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        List<String> shown = new ArrayList<>();
        for (MergedLine l : order.lines()) {
            if (lines.contains(l.line().id())) {
                shown.add((l.line().quantity() > 1 ? l.line().quantity() + " \u00d7 " : "") + names.apply(l));
            }
        }
        return String.join("ar".equals(messages.getLocale().getLanguage()) ? "\u060c " : ", ", shown);
    }

    /** Even shares already paid: shares that name no lines. */
    private int evenPaid() {
        return (int) order.parts().stream().filter(p -> p.lines().isEmpty()).count();
    }

    private boolean hasSeats() {
        return unpaidLines().stream().anyMatch(l -> l.seat() != null);
    }

    private List<MergedLine> unpaidLines() {
        Set<OrderLineId> paid = order.paidLines();
        return order.lines().stream().filter(l -> !l.isVoided() && !paid.contains(l.line().id())
                && l.total().minor() > 0).toList();
    }

    private Set<OrderLineId> unpaid() {
        Set<OrderLineId> ids = new LinkedHashSet<>();
        unpaidLines().forEach(l -> ids.add(l.line().id()));
        return ids;
    }

    private String text(String key, Object... args) {
        return MessageFormat.format(messages.getString(key), args);
    }
}
