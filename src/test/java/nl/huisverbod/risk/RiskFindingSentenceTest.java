package nl.huisverbod.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Awb 3:46: the beschikking gives the RiHG's findings as sentences a reader can follow, not as codes. */
class RiskFindingSentenceTest {

    @Test
    void a_red_signal_reads_as_a_sentence_with_the_facts_established() {
        assertThat(Risicotaxaties.sentence("Bedreiging", Rating.ROOD, List.of("dreigen met wapen", "dreigen met doden")))
                .isEqualTo("Bij \u2018Bedreiging\u2019 is het risico hoog (rood); vastgesteld is: dreigen met wapen en "
                        + "dreigen met doden.");
        assertThat(Risicotaxaties.sentence("Escalatie", Rating.BLAUW, List.of("toename in ernst", "toename in frequentie",
                "alcohol")))
                .isEqualTo("Bij \u2018Escalatie\u2019 is het risico middelmatig (blauw); vastgesteld is: toename in "
                        + "ernst, toename in frequentie en alcohol.");
        assertThat(Risicotaxaties.sentence("Wapens", Rating.ROOD, List.of()))
                .isEqualTo("Bij \u2018Wapens\u2019 is het risico hoog (rood).");
    }
}
