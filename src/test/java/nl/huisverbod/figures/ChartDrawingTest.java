package nl.huisverbod.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The charts beside the figures' tables say what the tables say (issue 12: found on the dashboards). */
class ChartDrawingTest {

    private static final Pattern AXIS_LABEL = Pattern.compile("text-anchor=\"end\">([^<]+)</text>");

    @Test
    void a_count_axis_is_marked_in_whole_numbers_and_a_share_axis_in_round_percentages() {
        assertThat(AxisScale.counts(3)).isEqualTo(new AxisScale(3, 1, false));
        assertThat(AxisScale.counts(7)).isEqualTo(new AxisScale(8, 2, false));
        assertThat(AxisScale.counts(0)).isEqualTo(new AxisScale(1, 1, false));
        assertThat(AxisScale.counts(55_000)).isEqualTo(new AxisScale(60_000, 20_000, false));
        assertThat(AxisScale.shares(0.37)).isEqualTo(new AxisScale(0.4, 0.1, true));
        assertThat(AxisScale.shares(1)).isEqualTo(new AxisScale(1, 0.2, true));
        String svg = Grafiek.lijn("Huisverboden", "t", List.of("2024", "2025"),
                List.of(new Grafiek.Serie("Huisverboden", List.of(1.0, 3.0))), false);
        List<String> labels = new ArrayList<>();
        Matcher m = AXIS_LABEL.matcher(svg);
        while (m.find()) {
            labels.add(m.group(1));
        }
        assertThat(labels).containsOnly("0", "1", "2", "3").hasSize(8); // wide and narrow
    }

    @Test
    void a_suppressed_value_is_a_gap_in_a_line_and_an_x_beside_a_bar_never_a_zero() {
        String line = Grafiek.lijn("Trend", "t", List.of("2023", "2024", "2025"),
                List.of(new Grafiek.Serie("Huisverboden", Arrays.asList(4.0, null, 6.0))), false);
        assertThat(line).contains("d=\"M").doesNotContain(" L"); // two points, no line through the gap
        String bars = Grafiek.staaf("Per gemeente", "t", List.of("Assen", "Emmen"),
                List.of(new Grafiek.Serie("Huisverboden", Arrays.asList(12.0, null))), false);
        assertThat(bars).contains(">x</text>").doesNotContain("width=\"0.0\"");
    }

    @Test
    void a_bar_chart_shows_blocks_in_its_legend_and_a_measure_keeps_its_colour_in_every_chart() {
        String bars = Grafiek.staaf("Verloop", "t", List.of("Assen"), List.of(
                new Grafiek.Serie("Verlengd", List.of(0.2), Dashboards.colour("verlengd")),
                new Grafiek.Serie("Overtreden", List.of(0.1), Dashboards.colour("overtreden"))), true);
        assertThat(bars).doesNotContain("<line x1=\"56\" x2=\"86\""); // no line symbol for a bar
        String line = Grafiek.lijn("Verloop", "u", List.of("2024", "2025"), List.of(
                new Grafiek.Serie("Overtreden", List.of(0.1, 0.2), Dashboards.colour("overtreden"))), true);
        // the breaches are the same red whether they are the second series of one chart or the first of another
        assertThat(bars).contains("stroke=\"#b00020\"");
        assertThat(line).contains("stroke=\"#b00020\"");
        assertThat(Dashboards.colour("huisverboden")).isEqualTo(Dashboards.colour("huisverboden_per_100000"));
    }

    @Test
    void every_chart_is_drawn_wide_for_a_screen_and_narrow_for_a_phone_with_larger_letters() {
        String svg = Grafiek.lijn("Trend", "t", List.of("2024", "2025"),
                List.of(new Grafiek.Serie("Huisverboden", List.of(1.0, 2.0))), false);
        assertThat(svg).contains("class=\"grafiek grafiek--breed\"", "class=\"grafiek grafiek--smal\"",
                "viewBox=\"0 0 720 ", "viewBox=\"0 0 400 ", "id=\"t-titel-breed\"", "id=\"t-titel-smal\"");
    }
}
