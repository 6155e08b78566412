package cedarpos.protocol.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cedarpos.domain.ArabicNames;
import cedarpos.domain.Currency;
import cedarpos.domain.DiningTable;
import cedarpos.domain.MenuItem;
import cedarpos.domain.MenuItemId;
import cedarpos.domain.Money;
import cedarpos.domain.TableId;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Arabic names of menu categories and table areas in the catalog: round trip, fallbacks, refusals. */
class ArabicNamesJsonTest {
    private static final Catalog PLAIN = new Catalog(7, "Hamra", Currency.USD,
            List.of(new DiningTable(TableId.random(), "T1", "Hall", 4),
                    new DiningTable(TableId.random(), "B1", "Bar", 2)),
            List.of(new MenuItem(MenuItemId.random(), "Mains", "Kafta", "كفتة", Money.of(1300, Currency.USD), 1),
                    new MenuItem(MenuItemId.random(), "Drinks", "Ayran", "عيران", Money.of(200, Currency.USD), 2)));
    private static final ArabicNames NAMES = new ArabicNames(Map.of("Mains", "الأطباق الرئيسية"),
            Map.of("Hall", "الصالة"));

    @Test
    void the_names_survive_a_round_trip_as_two_lists_of_name_and_nameAr() throws ProtocolException {
        Catalog named = PLAIN.withNames(NAMES);
        String frame = ProtocolCodec.encode(named);
        Catalog back = (Catalog) ProtocolCodec.decode(frame);
        assertThat(back).isEqualTo(named);
        JsonObject json = Json.createReader(new StringReader(frame)).readObject();
        assertThat(json.getJsonArray("categories")).containsExactly(Json.createObjectBuilder().add("name", "Mains")
                .add("nameAr", "الأطباق الرئيسية").build());
        assertThat(json.getJsonArray("areas")).containsExactly(Json.createObjectBuilder().add("name", "Hall")
                .add("nameAr", "الصالة").build());
        // the keys stay as they are: whatever keys on them (routes, reports) still finds them
        assertThat(back.menu()).extracting(MenuItem::category).containsExactly("Mains", "Drinks");
        assertThat(back.tables()).extracting(DiningTable::area).containsExactly("Hall", "Bar");
    }

    @Test
    void a_category_or_area_without_an_arabic_name_shows_its_own() throws ProtocolException {
        Catalog back = (Catalog) ProtocolCodec.decode(ProtocolCodec.encode(PLAIN.withNames(NAMES)));
        assertThat(back.names().category("Mains")).isEqualTo("الأطباق الرئيسية");
        assertThat(back.names().category("Drinks")).isEqualTo("Drinks");
        assertThat(back.names().area("Hall")).isEqualTo("الصالة");
        assertThat(back.names().area("Bar")).isEqualTo("Bar");
    }

    @Test
    void a_catalog_without_the_lists_has_no_names_and_sends_none() throws ProtocolException {
        String frame = ProtocolCodec.encode(PLAIN);
        assertThat(frame).doesNotContain("\"categories\"").doesNotContain("\"areas\"");
        Catalog back = (Catalog) ProtocolCodec.decode(frame);
        assertThat(back.names()).isEqualTo(ArabicNames.NONE);
        assertThat(back.names().area("Hall")).isEqualTo("Hall");
        Catalog nulls = decodeWith("categories", JsonValue.NULL, "areas", JsonValue.NULL);
        assertThat(nulls.names().isEmpty()).isTrue();
        Catalog empty = decodeWith("categories", Json.createArrayBuilder().build(), "areas",
                Json.createArrayBuilder().build());
        assertThat(empty.names()).isEqualTo(ArabicNames.NONE);
    }

    @Test
    void bad_names_are_refused_naming_the_field() {
        refused("categories", Json.createValue("Mains"), "categories must be an array");
        refused("categories", list(Json.createValue("Mains")), "categories[0] must be an object");
        refused("categories", list(name("Mains", null)), "categories[0].nameAr is required");
        refused("categories", list(Json.createObjectBuilder().add("nameAr", "رئيسية").build()),
                "categories[0].name is required");
        refused("categories", list(Json.createObjectBuilder().add("name", "Mains").add("nameAr", 5).build()),
                "categories[0].nameAr must be a string");
        refused("categories", list(name("Mains", "  ")), "categories[0].nameAr must not be blank");
        refused("categories", list(name("", "رئيسية")), "categories[0].name must not be blank");
        refused("categories", list(name("Mains", "ع".repeat(101))),
                "categories[0].nameAr must be at most 100 characters, got 101");
        refused("categories", list(name("Mains", "رئيسية"), name("Drinks", "مشروبات"), name("Mains", "أطباق")),
                "categories[2].name \"Mains\" is listed twice");
        refused("areas", list(name("Hall", "ص".repeat(51))), "areas[0].nameAr must be at most 50 characters, got 51");
        refused("areas", list(name("H".repeat(51), "الصالة")), "areas[0].name must be at most 50 characters, got 51");
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i <= Catalog.MAX_ITEMS; i++) {
            many.add(name("Area " + i, "منطقة"));
        }
        refused("areas", many.build(), "areas must have at most 5000 elements, got 5001");
    }

    @Test
    void the_domain_refuses_blank_or_oversized_names_too() {
        assertThatThrownBy(() -> new ArabicNames(Map.of("Mains", " "), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Mains");
        assertThatThrownBy(() -> new ArabicNames(Map.of(), Map.of("Hall", "ص".repeat(51))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 50");
    }

    private static JsonObject name(String name, String nameAr) {
        var b = Json.createObjectBuilder().add("name", name);
        return (nameAr == null ? b : b.add("nameAr", nameAr)).build();
    }

    private static JsonValue list(JsonValue... elements) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (JsonValue e : elements) {
            a.add(e);
        }
        return a.build();
    }

    private static Catalog decodeWith(String field, JsonValue value, String other, JsonValue otherValue)
            throws ProtocolException {
        JsonObject plain = Json.createReader(new StringReader(ProtocolCodec.encode(PLAIN))).readObject();
        return (Catalog) ProtocolCodec.decode(Json.createObjectBuilder(plain).add(field, value).add(other, otherValue)
                .build().toString());
    }

    private static void refused(String field, JsonValue value, String message) {
        JsonObject plain = Json.createReader(new StringReader(ProtocolCodec.encode(PLAIN))).readObject();
        String frame = Json.createObjectBuilder(plain).add(field, value).build().toString();
        assertThatThrownBy(() -> ProtocolCodec.decode(frame)).isInstanceOf(ProtocolException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((ProtocolException) e).code()).isEqualTo(ErrorCode.INVALID_FIELD));
    }
}
