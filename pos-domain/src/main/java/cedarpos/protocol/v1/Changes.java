package cedarpos.protocol.v1;

import java.util.List;

/**
 * Server to terminal: change log records in ascending sequence, either as the
 * answer to a pull or as a live broadcast after a commit.
 *
 * @param head the branch's newest sequence when this frame was written; a
 *             terminal whose cursor is still below it after applying pulls again
 */
public record Changes(long head, List<ChangeRecord> records) implements Message {
    public static final String TYPE = "changes";

    public Changes {
        records = List.copyOf(records);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
