package cedarpos.domain.staff;

import cedarpos.domain.Ids;
import java.util.UUID;

/**
 * A person who signs in on the branch's terminals with a PIN. Only the PIN's hash travels (see {@link Pin}); the
 * terminal checks a PIN offline against it.
 */
public record StaffMember(UUID id, String name, Role role, String pinHash) {
    public static final int MAX_NAME = 60;

    public StaffMember {
        if (id == null || role == null) {
            throw new IllegalArgumentException("a staff member needs an id and a role");
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a staff member's name is 1.." + MAX_NAME + " characters");
        }
        Pin.requireHash(pinHash);
    }

    public static UUID parseId(String text) {
        return Ids.uuid(text, "staff id");
    }
}
