package nl.huisverbod.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "999993653"})
    void a_number_that_passes_the_elfproef_is_a_valid_bsn(String bsn) {
        assertThat(Bsn.isValid(bsn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "111222334", "12345678", "abcdefghi", "000000000", ""})
    void a_number_that_fails_the_elfproef_or_has_the_wrong_length_is_refused(String bsn) {
        assertThat(Bsn.isValid(bsn)).isFalse();
    }

    @Test
    void eight_digits_are_read_with_a_leading_zero_and_spaces_and_dots_are_ignored() {
        assertThat(Bsn.normalise("1234.56 78")).isEqualTo("012345678");
    }

    @Test
    void a_bsn_is_shown_masked() {
        assertThat(new Bsn("111222333").toString()).isEqualTo("******333");
        assertThatThrownBy(() -> new Bsn("123456789")).isInstanceOf(IllegalArgumentException.class);
    }
}
