package cedarpos.terminal.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnrollmentCodeTest {
    @ParameterizedTest
    @ValueSource(strings = {"K7QM-2XPA-93HD", "k7qm-2xpa-93hd", "K7QM2XPA93HD", " K7QM 2XPA 93HD ", "k7qm2xpa-93hd"})
    void dashesSpacesAndCaseAreIgnored(String typed) {
        assertThat(EnrollmentCode.normalise(typed)).contains("K7QM-2XPA-93HD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "K7QM-2XPA", "K7QM-2XPA-93HD-X", "K7QM-2XPA-93H0", "O7QM-2XPA-93HD", "I7QM-2XPA-93HD",
            "L7QM-2XPA-93HD", "17QM-2XPA-93HD", "K7QM_2XPA_93HD", "ك7QM-2XPA-93HD"})
    void anythingElseIsTheWrongShape(String typed) {
        assertThat(EnrollmentCode.normalise(typed)).isEmpty();
    }
}
