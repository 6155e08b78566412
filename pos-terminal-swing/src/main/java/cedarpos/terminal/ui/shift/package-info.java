/**
 * The drawer screen: opening a shift with a float, pay-ins, pay-outs approved by a manager's PIN, the blind closing
 * count and the Z report. {@link cedarpos.terminal.ui.shift.ShiftScreen} wires it to the {@code ShiftBook}.
 */
package cedarpos.terminal.ui.shift;
