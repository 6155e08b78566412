package cedarpos.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedCodesTest {
    @Test
    void codesAreThreeGroupsOfFourFromTheAlphabetAndTypedFormsNormalise() {
        String code = TypedCodes.newCode();
        String group = "[" + TypedCodes.ALPHABET + "]{4}";
        assertThat(code).matches(group + "-" + group + "-" + group);
        String plain = code.replace("-", "");
        assertThat(TypedCodes.normalise(" " + code.toLowerCase().replace('-', ' ') + " ")).contains(plain);
        assertThat(TypedCodes.normalise("0O1I-LLLL-0000")).isEmpty();
        assertThat(TypedCodes.normalise(plain + "2")).isEmpty();
        assertThat(TypedCodes.newCode()).isNotEqualTo(code);
    }
}
