package cedarpos.terminal.ui.printers;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.terminal.ui.kit.Ui;
import cedarpos.terminal.ui.printers.PrintersView.JobRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.AbstractButton;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/**
 * The queue is refilled on every try of a failing printer, several times a second: a manager's tap on Reprint must
 * not be lost to a refill that lands between its press and its release.
 */
class PrintersPanelTest {

    @Test
    void aRefillOfTheQueueKeepsTheChosenJobAndAPressOnReprintInProgress() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            PrintersPanel panel = new PrintersPanel(Ui.messages(Locale.ENGLISH));
            List<JobRow> queue = List.of(job(3, "Queued", true), job(2, "Queued", true), job(1, "Printed", false));
            panel.showJobs(queue);
            JTable table = find(panel, "printers.jobs", JTable.class);
            AbstractButton reprint = find(panel, "printers.reprint", AbstractButton.class);
            table.setRowSelectionInterval(2, 2);
            assertThat(reprint.isEnabled()).isTrue();
            List<Object> enabledChanges = new ArrayList<>();
            reprint.addPropertyChangeListener("enabled", e -> enabledChanges.add(e.getNewValue()));
            reprint.getModel().setArmed(true);
            reprint.getModel().setPressed(true);

            // job 2 was tried again: the queue comes back in another order
            panel.showJobs(List.of(job(3, "Queued", true), job(1, "Printed", false), job(2, "Queued", true)));

            assertThat(table.getSelectedRow()).as("job 1 still chosen").isEqualTo(1);
            assertThat(enabledChanges).as("Reprint never went off").isEmpty();
            assertThat(reprint.getModel().isPressed()).as("the press goes on").isTrue();
            assertThat(reprint.getModel().isArmed()).isTrue();

            // the job chosen is gone from the queue: nothing chosen, nothing to reprint
            panel.showJobs(List.of(job(3, "Queued", true)));
            assertThat(table.getSelectedRow()).isEqualTo(-1);
            assertThat(reprint.isEnabled()).isFalse();
        });
    }

    private static JobRow job(long number, String status, boolean canCancel) {
        return new JobRow(number, "NEW", "Grill", "0427 \u00b7 T4", status, 1, "", true, canCancel);
    }

    private static <T> T find(java.awt.Container c, String name, Class<T> type) {
        for (java.awt.Component child : c.getComponents()) {
            if (name.equals(child.getName()) && type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof java.awt.Container sub) {
                T found = find(sub, name, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
