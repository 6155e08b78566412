package cedarpos.domain;

/**
 * A value refused because of one of its parts, named so that whoever reads the refusal can point at that part: a
 * form shows the message next to the field, a JSON reader puts its own path in front ({@code printers[1].}).
 */
public final class InvalidComponent extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String component;

    /**
     * @param component the part at fault, as a path from the refusing value: a record component ({@code "port"}) or
     *                  one inside a list of it ({@code "stations[1].printer"})
     */
    public InvalidComponent(String component, String message) {
        super(message);
        this.component = component;
    }

    public String component() {
        return component;
    }
}
