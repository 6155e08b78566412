package cedarpos.terminal.ui.payment;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.Currency;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.pay.ExchangeRate;
import cedarpos.domain.pay.Payment;
import cedarpos.domain.pay.Tender;
import cedarpos.domain.pay.Vat;
import cedarpos.terminal.support.Threads;
import cedarpos.terminal.testing.Display;
import cedarpos.terminal.ui.kit.Ui;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.ComponentOrientation;
import java.awt.Container;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.AbstractButton;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real payment panel in a 1024x768 frame, under the main window's header and above a status-bar-high strip (the
 * room it has as a card of the main window), driven with the keypad like a cashier.
 */
class PaymentPanelIT {
    static final ExchangeRate RATE = new ExchangeRate(89_500);
    static final Vat VAT = new Vat(1100, true);

    Robot robot;
    FrameFixture window;
    final List<Payment> settled = new CopyOnWriteArrayList<>();
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger cancelled = new AtomicInteger();

    @BeforeAll
    static void display() throws InterruptedException {
        Display.prepareSwing();
    }

    @AfterEach
    void tearDown() {
        if (window != null) {
            window.cleanUp();
        }
        Display.closeAllWindows();
    }

    @Test
    void aCheckPaidHalfInDollarsAndTheRestInPoundsWithTheKeypad() throws Exception {
        show(Locale.ENGLISH, new Checkout(OrderId.random(), "T1", usd(2950), usd(0), VAT, RATE));
        window.label("payment.title").requireText("Payment \u00b7 Table T1");
        window.label("payment.due").requireText("$29.50");
        window.label("payment.dueOther").requireText("LBP 2,640,250 at 89,500 LBP/$");
        window.label("payment.vatCaption").requireText("VAT 11% included");
        window.label("payment.vat").requireText("$2.92");
        window.button("payment.complete").requireDisabled();

        press("1", "5");
        window.label("payment.amount").requireText("$15");
        window.button("payment.cash").click();
        window.label("payment.tender.0").requireText("$15.00");
        window.label("payment.tenderMethod.0").requireText("Cash");
        window.label("payment.remaining").requireText("$14.50");
        window.label("payment.remainingOther").requireText("LBP 1,297,750");
        window.button("payment.complete").requireDisabled();

        window.toggleButton("payment.currency.LBP").click();
        window.button("payment.key.point").requireDisabled();
        press("1", "2", "9", "7", "7", "5", "0");
        window.label("payment.amount").requireText("LBP 1,297,750");
        screenshotReady();
        assertFits();
        Path png = Display.save(window.target().getBounds(), "payment.png");
        assertThat(png).exists();

        window.button("payment.cash").click();
        window.label("payment.tender.1").requireText("LBP 1,297,750");
        window.label("payment.tenderWorth.1").requireText("= $14.50");
        window.label("payment.remaining").requireText("$0.00");
        window.label("payment.change").requireText("$0.00");
        window.button("payment.complete").requireEnabled().click();
        Pause.pause(new Condition("the payment is saved") {
            @Override
            public boolean test() {
                return done.get() == 1;
            }
        }, Timeout.timeout(10_000));
        assertThat(settled).singleElement().satisfies(p -> {
            assertThat(p.due()).isEqualTo(usd(2950));
            assertThat(p.tenders()).containsExactly(new Tender(Tender.Method.CASH, usd(1500)),
                    new Tender(Tender.Method.CASH, Money.of(1_297_750, Currency.LBP)));
            assertThat(p.rate()).isEqualTo(RATE);
            assertThat(p.vat()).isEqualTo(VAT);
            assertThat(p.change()).isEqualTo(usd(0));
        });
        assertThat(cancelled).hasValue(0);
    }

    @Test
    void arabicMirrorsTheScreenButNotTheKeypad() throws Exception {
        show(Locale.forLanguageTag("ar"), new Checkout(OrderId.random(), "T1", usd(3100), usd(150), VAT, RATE));
        assertThat(window.target().getComponentOrientation()).isEqualTo(ComponentOrientation.RIGHT_TO_LEFT);
        window.label("payment.title").requireText("الدفع \u00b7 الطاولة T1");
        window.button("payment.complete").requireText("إتمام الدفع");
        window.button("payment.cash").requireText("نقداً");
        window.button("payment.back").requireText("رجوع");
        press("1", "5");
        window.button("payment.cash").click();
        window.toggleButton("payment.currency.LBP").click();
        press("1", "4", "0", "0", "0", "0", "0");
        window.label("payment.amount").requireText("LBP 1,400,000");
        window.label("payment.remaining").requireText("$14.50");
        window.button("payment.card").click();
        assertThat(GuiActionRunner.execute(() -> window.label("payment.message").target().getText()))
                .contains("لا يمكن تحصيل أكثر من LBP 1,297,750 بالبطاقة");
        window.label("payment.tender.0").requireText("$15.00");
        assertThat(robot.finder().findAll(window.target(), c -> "payment.tender.1".equals(c.getName())))
                .as("nothing was added").isEmpty();
        // mirrored: the check on the right, the keypad on the left; the keypad itself reads 7 8 9 from the left
        assertThat(x("payment.due")).isGreaterThan(x("payment.key.9"));
        assertThat(x("payment.key.7")).isLessThan(x("payment.key.9"));
        assertThat(x("payment.remove.0")).isLessThan(x("payment.tender.0"));
        screenshotReady();
        assertFits();
        Display.save(window.target().getBounds(), "payment-ar.png");

        window.button("payment.back").click();
        assertThat(cancelled).hasValue(1);
        assertThat(settled).isEmpty();
    }

    @Test
    void withoutARateOnlyTheOrdersCurrencyShowsAndTheScreenStillFits() throws Exception {
        show(Locale.ENGLISH, new Checkout(OrderId.random(), null, Money.of(2_640_250, Currency.LBP),
                Money.of(0, Currency.LBP), new Vat(1100, false), null));
        assertThat(GuiActionRunner.execute(() -> window.label("payment.hint").target().getText()))
                .contains("No exchange rate set: pounds only.");
        assertThat(robot.finder().findAll(window.target(), c -> "payment.currency.USD".equals(c.getName())
                && c.isShowing())).isEmpty();
        window.button("payment.exact").click();
        window.button("payment.card").click();
        window.label("payment.remaining").requireText("LBP 0");
        screenshotReady();
        assertFits();
        Display.save(window.target().getBounds(), "payment-no-rate.png");
    }

    private void show(Locale locale, Checkout check) {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        JFrame frame = GuiActionRunner.execute(() -> {
            ResourceBundle messages = Ui.messages(locale);
            JFrame f = new JFrame(messages.getString("app.title"));
            f.setName("main");
            f.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            PaymentPanel panel = new PaymentPanel(messages);
            PaymentPresenter presenter = new PaymentPresenter(panel, Threads.swing(), messages,
                    p -> CompletableFuture.runAsync(() -> settled.add(p)), done::incrementAndGet,
                    cancelled::incrementAndGet);
            panel.bind(presenter);
            // the main window's header and status bar, as high as they are there
            JPanel header = Ui.styled(new JPanel(new BorderLayout()), "header");
            header.setBorder(BorderFactory.createEmptyBorder(12, 20, 12, 20));
            header.add(Ui.styled(new JLabel("Cedar POS \u00b7 Hamra Street"), "headerTitle"), BorderLayout.LINE_START);
            JPanel status = new JPanel(new BorderLayout());
            status.setBackground(Ui.color("CedarPos.panel.background"));
            status.setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, Ui.color("CedarPos.panel.border")));
            status.setPreferredSize(new java.awt.Dimension(10, 42));
            JPanel content = new JPanel(new BorderLayout());
            content.add(header, BorderLayout.PAGE_START);
            content.add(panel, BorderLayout.CENTER);
            content.add(status, BorderLayout.PAGE_END);
            f.setContentPane(content);
            f.applyComponentOrientation(ComponentOrientation.getOrientation(locale));
            presenter.open(check);
            f.setSize(1024, 768);
            f.setLocation(0, 0);
            f.setVisible(true);
            return f;
        });
        window = new FrameFixture(robot, frame);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> robot.finder().findByName("payment").getPreferredSize().height))
                .as("fits the room the main window leaves it").isLessThanOrEqualTo(650);
    }

    /** The pointer off the panel, so that no key shows hovered. */
    private void screenshotReady() {
        robot.moveMouse(window.target(), new java.awt.Point(1000, 750));
        robot.waitForIdle();
    }

    private void press(String... keys) {
        for (String k : keys) {
            window.button("payment.key." + k).click();
        }
    }

    private int x(String name) {
        return GuiActionRunner.execute(() -> robot.finder().findByName(window.target(), name, Component.class, true)
                .getLocationOnScreen().x);
    }

    /**
     * Nothing cut or squeezed: every showing label and button is as large as it asks to be (else Swing cuts it with
     * "..."), inside the panel, and a touch target (keys 64 px high).
     */
    private void assertFits() {
        List<String> problems = GuiActionRunner.execute(() -> {
            List<String> found = new ArrayList<>();
            Component panel = robot.finder().findByName(window.target(), "payment", Component.class, true);
            Rectangle area = SwingUtilities.convertRectangle(panel.getParent(), panel.getBounds(), window.target());
            check((Container) panel, area, found);
            return found;
        });
        assertThat(problems).isEmpty();
    }

    private void check(Container parent, Rectangle area, List<String> found) {
        for (Component c : parent.getComponents()) {
            if (!c.isShowing()) {
                continue;
            }
            String name = c.getName() == null ? c.getClass().getSimpleName() : c.getName();
            Rectangle r = SwingUtilities.convertRectangle(parent, c.getBounds(), window.target());
            if ((c instanceof JLabel || c instanceof AbstractButton) && !area.contains(r)) {
                found.add(name + " outside the panel: " + r);
            }
            if (c instanceof JLabel || c instanceof AbstractButton) {
                java.awt.Dimension want = c.getPreferredSize();
                String text = c instanceof JLabel l ? l.getText() : ((AbstractButton) c).getText();
                boolean html = text != null && text.startsWith("<html>");
                if ((!html && want.width > c.getWidth() + 1) || want.height > c.getHeight() + 1) {
                    found.add(name + " cut: wants " + want.width + "x" + want.height + ", has " + c.getWidth() + "x"
                            + c.getHeight() + " (" + text + ")");
                }
            }
            if (c instanceof AbstractButton && c.getHeight() < 48) {
                found.add(name + " is under 48 px high: " + c.getHeight());
            }
            if (c instanceof AbstractButton && name.startsWith("payment.key.") && c.getHeight() < 64) {
                found.add(name + " is under 64 px high: " + c.getHeight());
            }
            if (c instanceof JComponent jc && jc.getComponentCount() > 0) {
                check(jc, area, found);
            }
        }
    }

    private static Money usd(long cents) {
        return Money.of(cents, Currency.USD);
    }
}
