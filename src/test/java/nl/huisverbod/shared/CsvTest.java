package nl.huisverbod.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void a_written_line_reads_back_as_the_same_cells() {
        List<String> cells = List.of("Nuenen, Gerwen en Nederwetten", "zei \"nee\"", "", "0.25", "-3", "regel\nerbij");
        assertThat(Csv.split(Csv.line(cells))).containsExactlyElementsOf(cells);
    }

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_defused() {
        assertThat(Csv.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.quote("@SUM")).isEqualTo("'@SUM");
        assertThat(Csv.quote("-12")).isEqualTo("-12");
        assertThat(Csv.quote("GM0106")).isEqualTo("GM0106");
    }

    @Test
    void a_formula_behind_a_digit_a_tab_or_a_carriage_return_is_defused_too() {
        assertThat(Csv.quote("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(Csv.quote("=1+HYPERLINK(\"http://x\")")).startsWith("\"'=1+HYPERLINK");
        assertThat(Csv.quote("+1+1")).isEqualTo("'+1+1");
        assertThat(Csv.quote("\t=1")).isEqualTo("'\t=1");
        assertThat(Csv.quote("\r=1")).startsWith("\"'\r=1");
        assertThat(Csv.quote("-1.5")).isEqualTo("-1.5");
        assertThat(Csv.quote("+3")).isEqualTo("+3");
    }
}
