package cedarpos.server.order.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cedarpos.domain.OrderId;
import cedarpos.domain.merge.OrderState;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A customer_order row without state (a husk: its header was committed, its state never was) must not
 * wedge the terminal that resends the order: it reads as "nothing known yet", with a warning naming it.
 */
class HuskDecodeTest {
    private static final String ORDER = "266a3e20-b3a6-4b3a-a179-2841369ee909";
    private static final String BRANCH = "b0000000-0000-4000-8000-000000000001";

    @Test
    void aRowWithoutStateReadsAsAnEmptyOrderAndIsLogged() {
        Logger log = Logger.getLogger(JpaOrderService.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        try {
            OrderState state = JpaOrderService.decode(new OrderEntity(ORDER, BRANCH, "USD"));

            assertThat(state).isEqualTo(OrderState.empty(OrderId.parse(ORDER)));
            assertThat(state.merge()).as("no opening known, so nothing to show").isNull();
        } finally {
            log.removeHandler(capture);
        }
        assertThat(records).anySatisfy(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(r.getMessage()).contains(ORDER).contains(BRANCH);
        });
    }
}
