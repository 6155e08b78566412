package cedarpos.protocol.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.Currency;
import cedarpos.domain.DiningTable;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.TableId;
import cedarpos.domain.TerminalId;
import cedarpos.domain.printing.PaperWidth;
import cedarpos.domain.printing.Printer;
import cedarpos.domain.printing.PrintingSetup;
import cedarpos.domain.printing.Station;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The printing setup travels in the catalog; a catalog without one reads as a branch without printers. */
class PrintingJsonTest {
    static final MenuItemId ARAK = MenuItemId.random();
    static final TerminalId TILL = TerminalId.random();

    static PrintingSetup setup() {
        return new PrintingSetup(List.of(new Printer("grill-1", "Grill", "10.0.0.21", 9100, PaperWidth.MM80),
                new Printer("bar-1", "Bar", "10.0.0.22", 9100, PaperWidth.MM58),
                new Printer("till-1", "Till 1 receipts", "127.0.0.1", 9101, PaperWidth.MM80)),
                List.of(new Station("grill", "Grill", "المشاوي", "grill-1", "bar-1", 45),
                        new Station("bar", "Bar", "البار", "bar-1", null, 60)),
                Map.of("Drinks", "bar"), Map.of(ARAK, "bar"), "grill", Map.of(TILL, "till-1"));
    }

    @Test
    void a_catalog_round_trips_its_printing_setup() throws ProtocolException {
        Catalog c = new Catalog(3, "Hamra", Currency.USD, List.of(new DiningTable(TableId.random(), "T4", "Hall", 4)),
                List.of()).withPrinting(setup());
        Catalog back = (Catalog) ProtocolCodec.decode(ProtocolCodec.encode(c));
        assertThat(back.printing()).isEqualTo(c.printing());
        assertThat(back.printing().receiptPrinter(TILL)).map(Printer::code).contains("till-1");
    }

    @Test
    void a_catalog_from_before_printing_has_no_printers() throws ProtocolException {
        Catalog old = new Catalog(3, "Hamra", Currency.USD, List.of(), List.of());
        Catalog back = (Catalog) ProtocolCodec.decode(ProtocolCodec.encode(old));
        assertThat(back.printing()).isEqualTo(PrintingSetup.NONE);
        assertThat(back.printing().hasStations()).isFalse();
    }

    @Test
    void routes_prefer_the_item_then_the_category_then_the_default() {
        PrintingSetup s = setup();
        MenuItem arak = new MenuItem(ARAK, "Spirits", "Arak", "عرق", Money.of(600, Currency.USD), 1);
        MenuItem lemonade = new MenuItem(MenuItemId.random(), "Drinks", "Lemonade", "ليموناضة",
                Money.of(300, Currency.USD), 2);
        MenuItem kafta = new MenuItem(MenuItemId.random(), "Grills", "Kafta", "كفتة", Money.of(1350, Currency.USD), 3);
        assertThat(s.stationFor(arak)).map(Station::code).contains("bar");
        assertThat(s.stationFor(lemonade)).map(Station::code).contains("bar");
        assertThat(s.stationFor(kafta)).map(Station::code).contains("grill");
        assertThat(PrintingSetup.NONE.stationFor(kafta)).isEmpty();
    }

    @Test
    void a_setup_naming_what_it_does_not_have_is_refused_with_the_reason() {
        Printer grill = new Printer("grill-1", "Grill", "10.0.0.21", 9100, PaperWidth.MM80);
        assertThatThrownBy(() -> new PrintingSetup(List.of(grill), List.of(new Station("grill", "Grill", "المشاوي",
                "nope", null, 60)), Map.of(), Map.of(), "grill", Map.of()))
                .hasMessageContaining("station grill names nope");
        assertThatThrownBy(() -> new PrintingSetup(List.of(grill), List.of(new Station("grill", "Grill", "المشاوي",
                "grill-1", null, 60)), Map.of("Drinks", "bar"), Map.of(), "grill", Map.of()))
                .hasMessageContaining("category Drinks names bar");
        assertThatThrownBy(() -> new PrintingSetup(List.of(grill), List.of(new Station("grill", "Grill", "المشاوي",
                "grill-1", null, 60)), Map.of(), Map.of(), null, Map.of()))
                .hasMessageContaining("default station");
        assertThatThrownBy(() -> new PrintingSetup(List.of(grill, grill), List.of(), Map.of(), Map.of(), null,
                Map.of())).hasMessageContaining("used twice");
        assertThatThrownBy(() -> new Printer("Grill 1", "Grill", "10.0.0.21", 9100, PaperWidth.MM80))
                .hasMessageContaining("lower-case");
        assertThatThrownBy(() -> new Printer("grill-1", "Grill", "10.0.0.21", 70000, PaperWidth.MM80))
                .hasMessageContaining("port");
        assertThatThrownBy(() -> new Station("grill", "Grill", "المشاوي", "grill-1", "grill-1", 60))
                .hasMessageContaining("another printer");
    }

    @Test
    void a_catalog_with_a_broken_setup_is_refused_as_a_protocol_error() {
        String json = ProtocolCodec.encode(new Catalog(3, "Hamra", Currency.USD, List.of(), List.of())
                .withPrinting(setup())).replace("\"printer\":\"bar-1\"", "\"printer\":\"bar-9\"");
        assertThatThrownBy(() -> ProtocolCodec.decode(json)).isInstanceOf(ProtocolException.class)
                .hasMessageContaining("bar-9");
    }

    @Test
    void a_refused_setup_names_the_field_at_fault_as_its_json_does() {
        String json = PrintingJson.encode(setup()).build().toString();
        Map<String, String> bad = new java.util.LinkedHashMap<>(); // the JSON -> the field the refusal names
        bad.put(json.replace("\"port\":9101", "\"port\":70000"), "printers[2].port");
        bad.put(json.replace("\"name\":\"Bar\"", "\"name\":\" \""), "printers[1].name");
        bad.put(json.replace("\"host\":\"10.0.0.22\"", "\"host\":\"10.0.0.22/24\""), "printers[1].host");
        bad.put(json.replace("\"code\":\"till-1\"", "\"code\":\"grill-1\""), "printers[2].code");
        bad.put(json.replace("\"code\":\"bar-1\"", "\"code\":\"Bar 1\""), "printers[1].code");
        bad.put(json.replace("\"nameAr\":\"البار\"", "\"nameAr\":\"\""), "stations[1].nameAr");
        bad.put(json.replace("\"code\":\"bar\"", "\"code\":\"grill\""), "stations[1].code");
        bad.put(json.replace("\"printer\":\"bar-1\",\"fallbackAfterSeconds\":60",
                "\"printer\":\"oven-1\",\"fallbackAfterSeconds\":60"), "stations[1].printer");
        bad.put(json.replace("\"fallback\":\"bar-1\"", "\"fallback\":\"grill-1\""), "stations[0].fallback");
        bad.put(json.replace("\"fallbackAfterSeconds\":45", "\"fallbackAfterSeconds\":0"),
                "stations[0].fallbackAfterSeconds");
        bad.put(json.replace("{\"category\":\"Drinks\",\"station\":\"bar\"}",
                "{\"category\":\"Drinks\",\"station\":\"bar\"},{\"category\":\"Wine\",\"station\":\"cellar\"}"),
                "categoryRoutes[1].station");
        bad.put(json.replace("\"itemId\":\"" + ARAK + "\",\"station\":\"bar\"",
                "\"itemId\":\"" + ARAK + "\",\"station\":\"cellar\""), "itemRoutes[0].station");
        bad.put(json.replace("\"defaultStation\":\"grill\"", "\"defaultStation\":\"oven\""), "defaultStation");
        bad.put(json.replace(",\"defaultStation\":\"grill\"", ""), "defaultStation");
        bad.put(json.replace("\"printer\":\"till-1\"", "\"printer\":\"till-9\""), "receiptPrinters[0].printer");
        bad.put(json.replace("\"terminalId\":\"" + TILL + "\"", "\"terminalId\":\"till-1\""),
                "receiptPrinters[0].terminalId");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            assertThat(e.getKey()).as("a case that changes something").isNotEqualTo(json);
            assertThatThrownBy(() -> PrintingJson.decodeSetup(Fields.of(Jsons.reader(new java.io.StringReader(e.getKey())).readObject())))
                    .as(e.getValue()).isInstanceOfSatisfying(ProtocolException.class,
                            p -> assertThat(p.field()).isEqualTo(e.getValue()));
        }
    }
}
