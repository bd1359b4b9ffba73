package nl.huisverbod.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The codes are those of RFC 6238's test vectors (SHA-1, the last six of its eight digits). */
class TotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codes_match_the_test_vectors_of_rfc_6238() {
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
    }

    @Test
    void a_code_counts_in_its_own_step_and_one_either_side_only() {
        Instant at = Instant.ofEpochSecond(1234567890);
        String code = Totp.code(RFC_SECRET, Totp.step(at));
        assertThat(Totp.matchingStep(RFC_SECRET, code, at.plusSeconds(30))).isPresent();
        assertThat(Totp.matchingStep(RFC_SECRET, code, at.minusSeconds(30))).isPresent();
        assertThat(Totp.matchingStep(RFC_SECRET, code, at.plusSeconds(90))).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "005 924", at)).as("spaces as people type them").isPresent();
        assertThat(Totp.matchingStep(RFC_SECRET, "00592", at)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, at)).isEmpty();
    }

    @Test
    void base32_is_that_of_rfc_4648_and_reads_back() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        byte[] secret = Totp.newSecret();
        assertThat(Totp.fromBase32(Totp.grouped(secret).toLowerCase())).isEqualTo(secret);
        assertThat(Totp.uri("Huisverbod ketensysteem", "burgemeester.tynaarlo", secret))
                .startsWith("otpauth://totp/Huisverbod%20ketensysteem%3Aburgemeester.tynaarlo?secret=")
                .endsWith("&issuer=Huisverbod%20ketensysteem&algorithm=SHA1&digits=6&period=30");
    }
}
