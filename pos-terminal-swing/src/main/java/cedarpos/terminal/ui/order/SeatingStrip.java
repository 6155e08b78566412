package cedarpos.terminal.ui.order;

import static cedarpos.terminal.ui.kit.Ui.named;
import static cedarpos.terminal.ui.kit.Ui.styled;
import static cedarpos.terminal.ui.kit.Ui.transparent;

import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.FlowLayout;
import java.text.MessageFormat;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;

/**
 * Touch rows under the table: the seat the next dishes are for (the whole table, or seat 1, 2, ...) and their
 * course (none, 1, 2, 3); and, while the kitchen holds a course of the check, a row with a Fire button for each.
 */
final class SeatingStrip extends JPanel {
    private static final int CHIP = 40;
    private final ResourceBundle messages;
    private final JPanel seats = transparent(new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0)));
    private final JPanel courses = transparent(new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0)));
    private final JPanel held = transparent(new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0)));
    private Consumer<Integer> onSeat = s -> { };
    private Consumer<Integer> onCourse = c -> { };
    private IntConsumer onFire = c -> { };
    private Seating shown;

    SeatingStrip(ResourceBundle messages) {
        this.messages = messages;
        setLayout(new BoxLayout(this, BoxLayout.PAGE_AXIS));
        setOpaque(false);
        for (JPanel row : new JPanel[] {seats, courses, held}) {
            row.setAlignmentX(LEFT_ALIGNMENT);
            row.setMaximumSize(new Dimension(Integer.MAX_VALUE, CHIP + 4));
            add(row);
        }
        held.setVisible(false);
    }

    void bind(Consumer<Integer> seat, Consumer<Integer> course, IntConsumer fire) {
        onSeat = seat;
        onCourse = course;
        onFire = fire;
    }

    void show(Seating seating) {
        assert EventQueue.isDispatchThread();
        if (seating.equals(shown)) {
            return;
        }
        shown = seating;
        seats.removeAll();
        seats.add(caption("seat.caption"));
        seats.add(chip(messages.getString("seat.table"), "seat:table", seating.seat() == null, () -> onSeat.accept(
                null)));
        for (int i = 1; i <= seating.seats(); i++) {
            int n = i;
            seats.add(chip(Integer.toString(n), "seat:" + n, Objects.equals(seating.seat(), n),
                    () -> onSeat.accept(n)));
        }
        courses.removeAll();
        courses.add(caption("course.caption"));
        courses.add(chip("\u2013", "course:none", seating.course() == null, () -> onCourse.accept(null)));
        for (int i = 1; i <= Seating.COURSES; i++) {
            int n = i;
            courses.add(chip(Integer.toString(n), "course:" + n, Objects.equals(seating.course(), n),
                    () -> onCourse.accept(n)));
        }
        held.removeAll();
        held.add(caption("course.heldCaption"));
        for (int c : seating.fireable()) {
            JButton fire = named(styled(new JButton(MessageFormat.format(messages.getString("course.fire"), c)),
                    "fireCourse"), "fire:" + c);
            fire.setPreferredSize(new Dimension(fire.getPreferredSize().width, CHIP));
            fire.addActionListener(e -> onFire.accept(c));
            held.add(fire);
        }
        held.setVisible(!seating.fireable().isEmpty());
        revalidate();
        repaint();
    }

    private JLabel caption(String key) {
        JLabel l = styled(new JLabel(messages.getString(key)), "muted");
        l.setPreferredSize(new Dimension(Math.max(58, l.getPreferredSize().width), CHIP));
        return l;
    }

    private static JComponent chip(String text, String name, boolean selected, Runnable action) {
        JToggleButton b = named(styled(new JToggleButton(text, selected), "seatChip"), name);
        b.setPreferredSize(new Dimension(Math.max(CHIP, b.getPreferredSize().width), CHIP));
        // a tap on the selected chip keeps it selected: the presenter decides, the strip redraws
        b.addActionListener(e -> action.run());
        return b;
    }

    List<Integer> fireable() {
        return shown == null ? List.of() : shown.fireable();
    }
}
