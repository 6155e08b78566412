package cedarpos.terminal.ui;

import static cedarpos.terminal.testing.LebaneseCatalog.HUMMUS;
import static cedarpos.terminal.testing.LebaneseCatalog.KIBBEH;
import static cedarpos.terminal.testing.LebaneseCatalog.KIBBEH_BALLS;
import static cedarpos.terminal.testing.LebaneseCatalog.KNEFEH;
import static cedarpos.terminal.testing.LebaneseCatalog.MIXED_GRILL;
import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.OrderLineId;
import cedarpos.domain.merge.LineEdit;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.domain.merge.OrderState;
import cedarpos.domain.merge.Stamp;
import cedarpos.domain.TerminalId;
import cedarpos.domain.Currency;
import cedarpos.protocol.v1.Catalog;
import cedarpos.protocol.v1.ChangeRecord;
import cedarpos.protocol.v1.Changes;
import cedarpos.protocol.v1.OrderStateJson;
import cedarpos.terminal.app.TerminalCore;
import cedarpos.protocol.v1.ErrorCode;
import cedarpos.terminal.store.NewLine;
import cedarpos.terminal.store.TerminalStore;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.sync.SyncStatus;
import cedarpos.terminal.sync.SyncStatus.Phase;
import cedarpos.terminal.sync.SyncStatus.Progress;
import cedarpos.terminal.sync.SyncStatusSource;
import cedarpos.terminal.testing.TillWindowTest;
import cedarpos.terminal.testing.Display;
import cedarpos.terminal.testing.LebaneseCatalog;
import cedarpos.terminal.testing.OfflineTerminal;
import cedarpos.terminal.testing.TillRobot;
import java.awt.ComponentOrientation;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;

/**
 * The real window on a real store, offline (the server URI points at a closed port), driven like a cashier signed in
 * with her PIN.
 */
class MainWindowIT extends TillWindowTest {
    Robot robot;
    TillRobot till;

    @Test
    void cashierSendsAnOrderOfflineAndItWaitsInTheOutbox() throws Exception {
        open(Locale.ENGLISH);
        awaitText("status.connection", "Offline");
        awaitText("status.pending", "Pending: 0");
        window.label("status.lastSync").requireText("Last sync: never");
        window.label("header.branch").requireText("Cedar POS \u00b7 Hamra Street");
        window.label("header.user").requireText("Karim Nassar \u00b7 Cashier");
        clickWhenShowing("floor.counter");

        window.button("item:Hummus").click();
        window.button("item:Hummus").click();
        window.toggleButton("category:Grills").click();
        window.button("item:Shish Taouk").click();
        window.label("total").requireText("$25.00");
        window.button("send").click();

        awaitText("status.pending", "Pending: 2");
        List<MergedOrder> orders = core.store().orders().all();
        assertThat(orders).hasSize(1);
        assertThat(orders.get(0).lines()).extracting(l -> l.line().name(), l -> l.line().quantity(), l -> l.sent())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Hummus", 2, true),
                        org.assertj.core.groups.Tuple.tuple("Shish Taouk", 1, true));
        assertThat(core.store().pendingCount()).isEqualTo(2);
        window.label("total").requireText("$25.00");
        window.label("notice").requireText("Order sent: 3 items, $25.00");
        window.label("sentMark:Hummus").requireText("\u2713 Sent to kitchen");
        window.button("send").requireDisabled();
        window.button("clear").requireText("New order");

        // the next order in progress, for the screenshot
        window.comboBox("table").selectItem(1);
        window.button("item:Mixed Grill").click();
        window.button("item:Kafta Meshwiyeh").click();
        window.toggleButton("category:Drinks").click();
        window.button("item:Lemonade with Mint").click();
        window.button("item:Lemonade with Mint").click();
        robot.waitForIdle();
        Path png = Display.save(window.target().getBounds(), "terminal.png");
        assertThat(png).exists();
    }

    @Test
    void anOrderWithAVoidedLineAndALineEditedOnTwoTerminalsShowsBothForReview() throws Exception {
        core = startCore();
        TerminalStore store = core.store();
        MergedOrder o = store.orders().open(LebaneseCatalog.T1, 4, List.of(new NewLine(LebaneseCatalog.KAFTA, 2),
                new NewLine(HUMMUS, 1, "extra lemon"), new NewLine(LebaneseCatalog.TABBOULEH, 1)));
        store.orders().sendToKitchen(o.id());
        OrderLineId kafta = o.lines().get(0).line().id();
        OrderLineId hummus = o.lines().get(1).line().id();
        OrderState sent = store.orders().findState(o.id()).orElseThrow();
        store.orders().changeQuantity(o.id(), hummus, 2);
        store.orders().voidLine(o.id(), kafta, "guest changed mind", "Rima");
        // the bar terminal changed the same hummus without having seen our change
        TerminalId bar = TerminalId.random();
        OrderState theirs = sent.join(OrderState.withEdit(o.id(), hummus, LineEdit.quantity(
                new Stamp(System.currentTimeMillis() + 1_000, bar.value(), 9), sent.line(hummus).heads(), 3)));
        store.syncLog().applyChanges(new Changes(1, List.of(new ChangeRecord(1, "order", o.id().toString(), bar,
                1, OrderStateJson.encode(theirs, Currency.USD)))));

        showWindow(Locale.ENGLISH);
        GuiActionRunner.execute(() -> ((MainWindow) window.target()).showOrder(o.id()));
        awaitTextContaining("order.conflicts", "\u26a0 Needs manager review: 2 open conflicts");
        assertThat(text("voidReason:Kafta Meshwiyeh")).contains("Void: guest changed mind (Rima)");
        assertThat(text("conflict:Hummus")).contains("\u26a0 Needs manager review: edited on two terminals");
        assertThat(text("conflict:Kafta Meshwiyeh")).contains("voided after it went to the kitchen");
        assertThat(GuiActionRunner.execute(() -> window.label("placedName:Kafta Meshwiyeh").target().getText()))
                .contains("<s>");
        window.button("void:Tabbouleh").requireEnabled();
        // the later of the two quantities shows (3 x Hummus) until a manager decides; the void costs nothing
        window.label("total").requireText("$23.00");
        robot.waitForIdle();
        Path png = Display.save(window.target().getBounds(), "terminal-conflict.png");
        assertThat(png).exists();
    }

    @Test
    void arabicMirrorsTheWholeWindow() throws Exception {
        core = startCore();
        core.store().orders().place(null, List.of(new NewLine(HUMMUS, 1)));
        core.store().orders().place(null, List.of(new NewLine(KNEFEH, 2)));
        showWindow(Locale.forLanguageTag("ar"));
        awaitText("status.pending", "بانتظار المزامنة: 2");
        assertThat(window.target().getComponentOrientation()).isEqualTo(ComponentOrientation.RIGHT_TO_LEFT);
        clickWhenShowing("floor.counter");
        window.button("send").requireText("إرسال");
        window.button("item:Hummus").click();
        window.button("item:Fried Kibbeh").click();
        window.button("item:Fried Kibbeh").click();
        robot.waitForIdle();
        Display.save(window.target().getBounds(), "terminal-ar.png");
    }

    @Test
    void aLongCatchUpShowsItsProgressInTheStatusBar() throws Exception {
        core = startCore();
        // a catch-up of 10,000 entries needs a server holding them: here the status is fabricated
        FabricatedStatus statuses = new FabricatedStatus();
        showWindow(Locale.ENGLISH, statuses);
        long now = System.currentTimeMillis();
        statuses.publish(new SyncStatus(true, 8_800, OptionalLong.of(now - 3 * 3_600_000L), OptionalLong.of(now),
                OptionalLong.of(now), Optional.of(new Progress(Phase.PUSHING, 1_200, 10_000)), Optional.empty(),
                null));
        awaitText("status.progressText", "Sending 1,200 of 10,000");
        assertThat(GuiActionRunner.execute(() -> window.progressBar("status.progress").target().isShowing())).isTrue();
        window.progressBar("status.progress").requireValue(120);
        window.label("status.connection").requireText("Online");
        window.label("status.pending").requireText("Pending: 8,800");
        window.label("status.age").requireText("(oldest 3 h 0 min)");
        clickWhenShowing("floor.counter");
        window.button("item:Hummus").click();
        robot.waitForIdle();
        Display.save(window.target().getBounds(), "terminal-catchup.png");

        statuses.publish(new SyncStatus(false, 8_800, OptionalLong.of(now), OptionalLong.of(now), OptionalLong.of(now),
                Optional.empty(), Optional.of(ErrorCode.TOKEN_REVOKED), "TOKEN_REVOKED"));
        awaitText("status.connection", "Not authorised");
        window.label("status.problem").requireText("Device token revoked: enroll this terminal again");
        assertThat(GuiActionRunner.execute(() -> robot.finder().findByName(window.target(), "status.progress",
                javax.swing.JProgressBar.class, false).isShowing())).isFalse();
        robot.waitForIdle();
        Display.save(window.target().getBounds(), "terminal-token-revoked.png");
    }

    @Test
    void aDenialReachesTheWaiterUntilAcknowledgedAndOnlineTheSoldOutDishIsDisabled() throws Exception {
        core = startCore(LebaneseCatalog.withStock(12, 3));
        TerminalStore store = core.store();
        MergedOrder o = store.orders().open(LebaneseCatalog.T1, 2, List.of(new NewLine(KIBBEH, 2),
                new NewLine(MIXED_GRILL, 1), new NewLine(HUMMUS, 1)));
        store.orders().sendToKitchen(o.id());
        FabricatedStatus statuses = new FabricatedStatus();
        showWindow(Locale.ENGLISH, statuses);
        GuiActionRunner.execute(() -> ((MainWindow) window.target()).showOrder(o.id()));
        awaitTextContaining("lineStock:Fried Kibbeh", "Stock: waiting for confirmation");
        assertThat(text("lineStock:Mixed Grill")).contains("Stock: waiting for confirmation");
        assertThat(showing("alerts")).as("nothing to tell: no bar").isFalse();
        // offline, the kibbeh this order claims may be the last: warned, never blocked
        awaitText("itemStock:Fried Kibbeh", "May be sold out");
        window.button("item:Fried Kibbeh").requireEnabled();

        // the server refuses the kibbeh (another till took the last balls first) and says the balls are gone
        ServerStock server = new ServerStock(store);
        server.deny(o, KIBBEH);
        server.balance(KIBBEH_BALLS, 12, 12, 4);
        awaitTextContaining("alert:Fried Kibbeh", "Sold out: 2 \u00d7 Fried Kibbeh for table T1."
                + " The kitchen was told not to prepare it.");
        assertThat(showing("alerts")).isTrue();
        awaitTextContaining("lineStock:Fried Kibbeh", "Sold out: do not prepare 2");
        assertThat(text("lineStock:Mixed Grill")).contains("Stock: waiting for confirmation");
        assertThat(GuiActionRunner.execute(() -> window.button("alertAck:Fried Kibbeh").target().getHeight()))
                .as("a touch target").isGreaterThanOrEqualTo(48);

        // online, the server's balances are current: the 86 list
        long now = System.currentTimeMillis();
        statuses.publish(new SyncStatus(true, store.pendingCount(), store.oldestPendingCreatedAtMs(),
                OptionalLong.of(now), OptionalLong.of(now), Optional.empty(), Optional.empty(), null));
        awaitText("status.connection", "Online");
        awaitText("itemStock:Fried Kibbeh", "Sold out");
        window.button("item:Fried Kibbeh").requireDisabled();
        window.button("item:Hummus").requireEnabled();
        robot.waitForIdle();
        Display.save(window.target().getBounds(), "terminal-stock.png");

        // not a dialog: the till works while the alert stands, and it stays until the waiter taps OK
        window.button("item:Hummus").click();
        window.panel("line:Hummus").requireVisible();
        assertThat(showing("alerts")).isTrue();
        window.button("alertAck:Fried Kibbeh").click();
        Pause.pause(new Condition("the alert bar goes") {
            @Override
            public boolean test() {
                return !showing("alerts");
            }
        }, Timeout.timeout(10_000));
        assertThat(store.stock().alerts()).isEmpty();
        assertThat(text("lineStock:Fried Kibbeh")).as("the line still says so").contains("do not prepare 2");
    }

    @Test
    void arabicStockAlertsAndWarningsMirror() throws Exception {
        core = startCore(LebaneseCatalog.withStock(12, 3));
        TerminalStore store = core.store();
        MergedOrder o = store.orders().open(LebaneseCatalog.T1, 2, List.of(new NewLine(KIBBEH, 2),
                new NewLine(MIXED_GRILL, 1)));
        store.orders().sendToKitchen(o.id());
        ServerStock server = new ServerStock(store);
        server.deny(o, KIBBEH);
        server.balance(KIBBEH_BALLS, 12, 12, 4);
        // the denial came while the till was closed: it is there when it opens
        showWindow(Locale.forLanguageTag("ar"));
        GuiActionRunner.execute(() -> ((MainWindow) window.target()).showOrder(o.id()));
        awaitTextContaining("alert:Fried Kibbeh", "نفدت الكمية: 2 \u00d7 Fried Kibbeh للطاولة T1.");
        awaitTextContaining("lineStock:Fried Kibbeh", "نفدت الكمية: لا تحضّروا 2");
        assertThat(text("lineStock:Mixed Grill")).contains("المخزون: بانتظار التأكيد");
        awaitText("itemStock:Fried Kibbeh", "قد تكون نفدت");
        window.button("alertAck:Fried Kibbeh").requireText("حسناً");
        // mirrored: the OK sits at the left end of its row, the text at the right
        assertThat(GuiActionRunner.execute(() -> window.button("alertAck:Fried Kibbeh").target()
                .getLocationOnScreen().x < window.label("alert:Fried Kibbeh").target().getLocationOnScreen().x))
                .isTrue();
        window.button("item:Fried Kibbeh").requireEnabled().click();
        awaitTextContaining("notice", "قد لا تكون معلومات المخزون محدّثة");
        robot.waitForIdle();
        Display.save(window.target().getBounds(), "terminal-stock-ar.png");
    }

    /** Statuses a test publishes, delivered like the worker's: off the EDT. */
    private static final class FabricatedStatus implements SyncStatusSource {
        private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();

        @Override
        public void addListener(Consumer<SyncStatus> listener) {
            listeners.add(listener);
            listener.accept(SyncStatus.initial());
        }

        @Override
        public void removeListener(Consumer<SyncStatus> listener) {
            listeners.remove(listener);
        }

        void publish(SyncStatus status) {
            listeners.forEach(l -> l.accept(status));
        }
    }

    private void open(Locale locale) throws Exception {
        core = startCore();
        showWindow(locale);
    }

    private TerminalCore startCore() throws Exception {
        return startCore(LebaneseCatalog.catalog());
    }

    private TerminalCore startCore(Catalog catalog) {
        return OfflineTerminal.start(dir, LebaneseCatalog.staffed(catalog));
    }

    private void showWindow(Locale locale) {
        showWindow(locale, core.sync());
    }

    private void showWindow(Locale locale, SyncStatusSource statuses) {
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        MainWindow w = GuiActionRunner.execute(() -> MainWindow.open(core.store(), statuses, locale,
                Threads.swing()));
        window = new FrameFixture(robot, w);
        till = new TillRobot(robot, window);
        till.signIn(LebaneseCatalog.CASHIER_PIN);
        till.awaitShowing("floor.counter");
    }

    private String text(String label) {
        // the conflict banner is hidden until the order has conflicts: look it up showing or not
        return GuiActionRunner.execute(() -> robot.finder().findByName(window.target(), label,
                javax.swing.JLabel.class, false).getText());
    }

    private boolean showing(String name) {
        return GuiActionRunner.execute(() -> robot.finder().findByName(window.target(), name,
                java.awt.Component.class, false).isShowing());
    }

    private void awaitTextContaining(String label, String text) {
        Pause.pause(new Condition(label + " shows \"" + text + "\"") {
            @Override
            public boolean test() {
                try {
                    return text(label).contains(text);
                } catch (org.assertj.swing.exception.ComponentLookupException notYet) {
                    return false; // e.g. the order is still loading
                }
            }
        }, Timeout.timeout(10_000));
    }

    private void clickWhenShowing(String button) {
        Pause.pause(new Condition(button + " shows") {
            @Override
            public boolean test() {
                return showing(button);
            }
        }, Timeout.timeout(10_000));
        window.button(button).click();
    }

    private void awaitText(String label, String text) {
        Pause.pause(new Condition(label + " shows \"" + text + "\"") {
            @Override
            public boolean test() {
                return text.equals(GuiActionRunner.execute(() -> window.label(label).target().getText()));
            }
        }, Timeout.timeout(10_000));
    }
}
