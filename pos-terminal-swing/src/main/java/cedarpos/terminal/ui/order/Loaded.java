package cedarpos.terminal.ui.order;

import cedarpos.domain.MenuItemId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.merge.MergedOrder;
import cedarpos.terminal.store.StockBook;
import java.util.Map;

/** An order as one trip to the store brings it back (null when there is none), its lines' claims, and the stock. */
record Loaded(MergedOrder order, Map<OrderLineId, StockBook.Line> claims, Map<MenuItemId, StockBook.Dish> dishes) {
}
