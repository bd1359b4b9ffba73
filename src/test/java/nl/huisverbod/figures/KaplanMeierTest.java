package nl.huisverbod.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class KaplanMeierTest {

    @Test
    void censored_cases_leave_the_risk_set_without_counting_as_an_incident() {
        // worked by hand: 5 cases; incidents on day 10 and 30; censored on 20 and 40; one followed to 50.
        // S(10) = 4/5 = 0.8; at 20 one leaves; S(30) = 0.8 * (1 - 1/3) = 0.5333; S(50) unchanged
        var observations = List.of(new KaplanMeier.Observation(10, true), new KaplanMeier.Observation(20, false),
                new KaplanMeier.Observation(30, true), new KaplanMeier.Observation(40, false),
                new KaplanMeier.Observation(50, false));
        var curve = KaplanMeier.curve(observations, List.of(5L, 10L, 25L, 30L, 50L));
        assertThat(curve.get(0).zonderIncident()).isEqualTo(1.0);
        assertThat(curve.get(1).zonderIncident()).isCloseTo(0.8, within(1e-12));
        assertThat(curve.get(2).zonderIncident()).isCloseTo(0.8, within(1e-12));
        assertThat(curve.get(3).zonderIncident()).isCloseTo(0.8 * 2 / 3, within(1e-12));
        assertThat(curve.get(4).zonderIncident()).isCloseTo(0.8 * 2 / 3, within(1e-12));
    }

    @Test
    void an_incident_and_a_censoring_on_the_same_day_count_the_censored_case_at_risk() {
        var observations = List.of(new KaplanMeier.Observation(10, true), new KaplanMeier.Observation(10, false),
                new KaplanMeier.Observation(20, true), new KaplanMeier.Observation(30, false));
        var curve = KaplanMeier.curve(observations, List.of(10L, 20L));
        assertThat(curve.get(0).zonderIncident()).isCloseTo(0.75, within(1e-12));
        assertThat(curve.get(1).zonderIncident()).isCloseTo(0.75 * 0.5, within(1e-12));
    }
}
