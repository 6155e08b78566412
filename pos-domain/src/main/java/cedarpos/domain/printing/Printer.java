package cedarpos.domain.printing;

import cedarpos.domain.InvalidComponent;

/**
 * A thermal ESC/POS printer on the branch LAN, reached over raw TCP (port 9100 on most printers).
 *
 * @param code a short name unique in the branch ("grill-1"), lower case letters, digits and dashes
 * @param name what staff see ("Grill printer")
 */
public record Printer(String code, String name, String host, int port, PaperWidth paper) {
    public static final int MAX_NAME = 80;
    public static final int MAX_HOST = 253;

    public Printer {
        code = PrintingSetup.code(code, "printer code", "code");
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new InvalidComponent("name", "printer " + code + " needs a name of 1 to " + MAX_NAME
                    + " characters");
        }
        if (host == null || host.isBlank() || host.length() > MAX_HOST || host.chars().anyMatch(
                c -> Character.isWhitespace(c) || c == '/' || c == '@')) {
            throw new InvalidComponent("host", "printer " + code + " needs a host name or IP address, got: "
                    + host);
        }
        if (port < 1 || port > 65535) {
            throw new InvalidComponent("port", "printer " + code + " port must be 1 to 65535, got " + port);
        }
        if (paper == null) {
            throw new InvalidComponent("paper", "printer " + code + " needs its paper width (58 or 80 mm)");
        }
    }
}
