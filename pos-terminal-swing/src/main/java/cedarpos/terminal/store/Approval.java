package cedarpos.terminal.store;

/**
 * Who asked for a sensitive action and which manager approved it with their PIN (on the asker's own session). The
 * store writes an audit event with it in the action's own transaction; who needs an approval is the screens' rule.
 */
public record Approval(String actor, String manager) {
    public Approval {
        if (actor == null || actor.isBlank() || manager == null || manager.isBlank()) {
            throw new IllegalArgumentException("an approval names who asked and which manager approved");
        }
    }
}
