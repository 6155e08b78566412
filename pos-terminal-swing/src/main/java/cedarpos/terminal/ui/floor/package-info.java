/**
 * The floor plan screen: every table with its status, who serves its open check, its age and total. {@link
 * cedarpos.terminal.ui.floor.FloorScreen} wires it to the {@code FloorBook}; a tapped table goes to the order screen
 * through the navigator. Reloaded on local writes, remote changes and every half minute.
 */
package cedarpos.terminal.ui.floor;
