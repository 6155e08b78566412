package cedarpos.terminal.ui.kit;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Color;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.swing.JComponent;
import javax.swing.UIManager;

/** Small helpers so views read theme values and strings the same way. */
public final class Ui {
    public static final String BUNDLE = "cedarpos.terminal.ui.Messages";

    private Ui() {
    }

    public static ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    public static <C extends JComponent> C styled(C component, String styleClass) {
        component.putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
        return component;
    }

    /**
     * {@code content} at the top of a borderless, see-through vertical scroll pane, as wide as the pane (in both
     * directions of writing), never scrolling sideways.
     */
    public static javax.swing.JScrollPane verticalScroll(JComponent content) {
        JComponent top = transparent(new WidthTrackingPanel());
        top.add(content, java.awt.BorderLayout.PAGE_START);
        javax.swing.JScrollPane s = new javax.swing.JScrollPane(top,
                javax.swing.ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                javax.swing.ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        s.setBorder(javax.swing.BorderFactory.createEmptyBorder());
        s.setOpaque(false);
        s.getViewport().setOpaque(false);
        s.getVerticalScrollBar().setUnitIncrement(24);
        return s;
    }

    /** The component lets its parent's background show through. */
    public static <C extends JComponent> C transparent(C component) {
        component.setOpaque(false);
        return component;
    }

    /** Text made safe to put in a label's HTML. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * HTML for a label that wraps at {@code width} screen pixels, its lines aligned where the language starts
     * them.
     */
    public static String wrappedHtml(String html, int width, boolean leftToRight) {
        // Swing's CSS "px" is about 4/3 of a screen pixel
        return "<html><div style='width:" + width * 3 / 4 + "px" + (leftToRight ? "" : "; text-align:right") + "'>"
                + html + "</div></html>";
    }

    /** Plain text for a label that wraps at {@code width} screen pixels ({@link #wrappedHtml}). */
    public static String wrapped(String text, int width, boolean leftToRight) {
        return wrappedHtml(escape(text), width, leftToRight);
    }

    public static <C extends JComponent> C named(C component, String name) {
        component.setName(name);
        return component;
    }

    public static Color color(String key) {
        Color c = UIManager.getColor(key);
        return c != null ? c : Color.MAGENTA; // a missing theme key must be visible, not silently black
    }

    public static int size(String key, int fallback) {
        Object v = UIManager.get(key);
        if (v instanceof Number n) {
            return n.intValue();
        }
        if (v instanceof String s) {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }
}
