package nl.huisverbod.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderPeriodTest {

    private static final Instant IMPOSED = Instant.parse("2026-06-02T07:00:00Z");

    @Test
    void the_days_of_an_order_run_from_the_imposing_clock_time() {
        var p = new OrderPeriod(IMPOSED, IMPOSED.plus(Duration.ofDays(10)), HuisverbodStatus.OPGELEGD, null);
        assertThat(p.day(IMPOSED)).isEqualTo(1);
        assertThat(p.day(IMPOSED.plus(Duration.ofHours(23)))).isEqualTo(1);
        assertThat(p.day(IMPOSED.plus(Duration.ofHours(31)))).isEqualTo(2);
        assertThat(p.days()).isEqualTo(10);
        assertThat(p.extended()).isFalse();
    }

    @Test
    void an_extended_order_says_so_and_runs_up_to_28_days() {
        var p = new OrderPeriod(IMPOSED, IMPOSED.plus(Duration.ofDays(28)), HuisverbodStatus.OPGELEGD,
                IMPOSED.plus(Duration.ofDays(8)));
        assertThat(p.extended()).isTrue();
        assertThat(p.days()).isEqualTo(28);
        assertThat(p.day(IMPOSED.plus(Duration.ofDays(11)))).isEqualTo(12);
    }
}
