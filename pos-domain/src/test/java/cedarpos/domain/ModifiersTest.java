package cedarpos.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ModifiersTest {
    static final MenuItemId KAFTA = MenuItemId.random();
    static final MenuItemId HUMMUS = MenuItemId.random();
    static final ModifierOption MEDIUM = option("Medium", 0);
    static final ModifierOption WELL = option("Well done", 0);
    static final ModifierOption TOUM = option("Extra garlic sauce", 50);
    static final ModifierOption HOT = option("Hot sauce", 0);
    static final ModifierOption TAHINI = option("Tahini", 50);
    static final ModifierGroup DONENESS = new ModifierGroup(UUID.randomUUID(), "Doneness", "درجة الاستواء", 1, 1,
            List.of(MEDIUM, WELL), List.of(KAFTA));
    static final ModifierGroup SAUCES = new ModifierGroup(UUID.randomUUID(), "Sauces", "صلصات", 0, 2,
            List.of(TOUM, HOT, TAHINI), List.of(KAFTA));
    static final List<ModifierGroup> MENU = List.of(DONENESS, SAUCES);

    static ModifierOption option(String name, long cents) {
        return new ModifierOption(UUID.randomUUID(), name, name + " ع", Money.of(cents, Currency.USD));
    }

    @Test
    void a_valid_choice_prices_the_portion() {
        List<LineModifier> chosen = Modifiers.choose(KAFTA, "Kafta", MENU, List.of(TOUM.id(), WELL.id()));
        assertThat(chosen).extracting(LineModifier::nameEn).containsExactly("Well done", "Extra garlic sauce");
        assertThat(Modifiers.price(Money.of(1100, Currency.USD), chosen)).isEqualTo(Money.of(1150, Currency.USD));
        assertThat(Modifiers.choose(HUMMUS, "Hummus", MENU, List.of())).isEmpty();
    }

    @Test
    void each_rule_is_enforced_with_a_message() {
        assertThatThrownBy(() -> Modifiers.choose(KAFTA, "Kafta", MENU, List.of(TOUM.id())))
                .hasMessage("Kafta needs a choice of Doneness");
        assertThatThrownBy(() -> Modifiers.choose(KAFTA, "Kafta", MENU, List.of(MEDIUM.id(), WELL.id())))
                .hasMessage("Kafta: at most 1 of Doneness");
        assertThatThrownBy(() -> Modifiers.choose(KAFTA, "Kafta", MENU, List.of(WELL.id(), TOUM.id(), HOT.id(),
                TAHINI.id()))).hasMessage("Kafta: at most 2 of Sauces");
        assertThatThrownBy(() -> Modifiers.choose(HUMMUS, "Hummus", MENU, List.of(TOUM.id())))
                .hasMessageContaining("Hummus does not offer modifier");
        assertThatThrownBy(() -> Modifiers.choose(KAFTA, "Kafta", MENU, List.of(WELL.id(), WELL.id())))
                .hasMessageContaining("chosen twice");
    }
}
