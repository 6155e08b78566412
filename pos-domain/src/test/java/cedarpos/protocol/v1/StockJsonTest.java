package cedarpos.protocol.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.Currency;
import cedarpos.domain.DiningTable;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.OrderId;
import cedarpos.domain.OrderLineId;
import cedarpos.domain.StockItemId;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.stock.Portion;
import cedarpos.domain.stock.Recipe;
import cedarpos.domain.stock.Reservation;
import cedarpos.domain.stock.ReservationStatus;
import cedarpos.domain.stock.StockBalance;
import cedarpos.domain.stock.StockItem;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class StockJsonTest {
    static final StockItemId KOFTA = StockItemId.random();
    static final StockItemId TAWOOK = StockItemId.random();
    static final MenuItemId GRILL = MenuItemId.random();
    static final List<Portion> PORTIONS = List.of(new Portion(KOFTA, 1), new Portion(TAWOOK, 2));

    static Reservation reservation() {
        return new Reservation(OrderLineId.random(), OrderId.random(), GRILL, "مشاوي مشكلة", TerminalId.random(),
                PORTIONS, 3, 1, 0, 4, 1_764_072_000_000L);
    }

    @Test
    void aReservationDecisionRoundTripsWithItsDerivedStatus() throws ProtocolException {
        Reservation r = reservation();
        JsonObject json = StockJson.encode(r);
        assertThat(json.getString("status")).isEqualTo("DENIED");
        assertThat(StockJson.decodeReservation(json)).isEqualTo(r);
        assertThat(StockJson.decodeReservation(json).status()).isEqualTo(ReservationStatus.DENIED);
    }

    @Test
    void aBalanceRoundTripsAndSaysWhatIsAvailable() throws ProtocolException {
        StockBalance b = new StockBalance(KOFTA, 12, 5, 9);
        JsonObject json = StockJson.encode(b);
        assertThat(json.getJsonNumber("available").longValue()).isEqualTo(7);
        assertThat(StockJson.decodeBalance(json)).isEqualTo(b);
    }

    @Test
    void aCatalogCarriesStockAndRecipesAndACatalogWithoutThemStillReads() throws ProtocolException {
        Catalog plain = new Catalog(3, "Cedar Grill - Hamra", Currency.USD,
                List.of(new DiningTable(TableId.random(), "T1", "Hall", 4)),
                List.of(new MenuItem(GRILL, "Grills", "Mixed Grill", "مشاوي مشكلة", Money.of(1800, Currency.USD), 1)));
        Catalog full = plain.withStock(List.of(new StockItem(KOFTA, "Kofta skewers", "skewer",
                        new StockBalance(KOFTA, 40, 2, 7)), new StockItem(TAWOOK, "Tawook skewers", "skewer",
                        new StockBalance(TAWOOK, 0, 0, 0))),
                List.of(new Recipe(GRILL, PORTIONS)));
        assertThat(ProtocolCodec.decode(ProtocolCodec.encode(full))).isEqualTo(full);
        String older = ProtocolCodec.encode(plain).replace(",\"stock\":[],\"recipes\":[]", "");
        assertThat(older).doesNotContain("recipes");
        assertThat(ProtocolCodec.decode(older)).isEqualTo(plain);
    }

    @Test
    void badStockPayloadsAreRefusedNamingTheField() {
        JsonObject r = StockJson.encode(reservation());
        assertThatThrownBy(() -> StockJson.decodeReservation(Json.createObjectBuilder(r).add("confirmed", 9).build()))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("cannot hold more than was requested");
        assertThatThrownBy(() -> StockJson.decodeReservation(Json.createObjectBuilder(r).add("portions",
                Jsons.arrayBuilder()).build())).hasMessageContaining("takes 1 to");
        assertThatThrownBy(() -> StockJson.decodeReservation(Json.createObjectBuilder(r).add("version", 0).build()))
                .hasMessageContaining("payload.version must be between 1");
        assertThatThrownBy(() -> StockJson.decodeBalance(Json.createObjectBuilder(StockJson.encode(
                new StockBalance(KOFTA, 1, 0, 1))).add("held", -1).build())).hasMessageContaining("payload.held");
        String frame = ProtocolCodec.encode(new Catalog(1, "B", Currency.USD, List.of(), List.of()))
                .replace("\"recipes\":[]", "\"recipes\":[{\"menuItemId\":\"" + GRILL
                        + "\",\"portions\":[{\"stockItemId\":\"" + KOFTA + "\",\"perPortion\":0}]}]");
        assertThatThrownBy(() -> ProtocolCodec.decode(frame)).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("recipes[0].portions[0].perPortion");
    }
}
