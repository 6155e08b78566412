package cedarpos.domain;

/**
 * One line of an order, priced when it was added (a later menu price change does
 * not reprice a check already on the table).
 */
public record OrderLine(OrderLineId id, MenuItemId menuItemId, String name, int quantity, Money unitPrice) {
    public static final int MAX_QUANTITY = 999;

    public OrderLine {
        Ids.required(id, "line id");
        Ids.required(menuItemId, "menu item id");
        Ids.required(unitPrice, "unit price");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("line name is required");
        }
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be between 1 and " + MAX_QUANTITY + ", got " + quantity);
        }
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("unit price cannot be negative");
        }
    }

    public Money total() {
        return unitPrice.times(quantity);
    }
}
