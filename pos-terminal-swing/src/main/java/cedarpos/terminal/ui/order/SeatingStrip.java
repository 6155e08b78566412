package cedarpos.terminal.ui.order;

import static cedarpos.terminal.ui.Ui.named;
import static cedarpos.terminal.ui.Ui.styled;
import static cedarpos.terminal.ui.Ui.transparent;

import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.text.MessageFormat;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;

/**
 * Two touch rows under the table: the seat the next dishes are for (the whole table, or seat 1, 2, ...) and their
 * course (none, 1, 2, 3), with a Fire button for each course of the check held in the kitchen.
 */
final class SeatingStrip extends JPanel {
    private static final int CHIP = 40;
    private final ResourceBundle messages;
    private final JPanel seats = transparent(new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0)));
    private final JPanel courses = transparent(new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0)));
    private Consumer<Integer> onSeat = s -> { };
    private Consumer<Integer> onCourse = c -> { };
    private IntConsumer onFire = c -> { };
    private Seating shown;

    SeatingStrip(ResourceBundle messages) {
        super(new GridLayout(2, 1, 0, 4));
        this.messages = messages;
        setOpaque(false);
        add(seats);
        add(courses);
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
        for (int c : seating.fireable()) {
            JButton fire = named(styled(new JButton(MessageFormat.format(messages.getString("course.fire"), c)),
                    "fireCourse"), "fire:" + c);
            fire.setPreferredSize(new Dimension(fire.getPreferredSize().width, CHIP));
            fire.addActionListener(e -> onFire.accept(c));
            courses.add(fire);
        }
        revalidate();
        repaint();
    }

    private JLabel caption(String key) {
        JLabel l = styled(new JLabel(messages.getString(key)), "muted");
        l.setPreferredSize(new Dimension(58, CHIP));
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
