package nl.huisverbod.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageOfTest {

    private static final List<Integer> TWENTY_FIVE = IntStream.rangeClosed(1, 25).boxed().toList();

    @Test
    void a_list_is_cut_into_pages_and_says_where_the_reader_is() {
        PageOf<Integer> second = PageOf.of(TWENTY_FIVE, "2", 10);
        assertThat(second.items()).containsExactly(11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
        assertThat(second).extracting(PageOf::page, PageOf::pages, PageOf::total).containsExactly(2, 3, 25);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isTrue();
        assertThat(PageOf.of(TWENTY_FIVE, "3", 10).items()).containsExactly(21, 22, 23, 24, 25);
    }

    @Test
    void a_page_number_that_is_not_one_shows_the_nearest_page_and_an_empty_list_has_one_empty_page() {
        assertThat(PageOf.of(TWENTY_FIVE, "negen", 10).page()).isEqualTo(1);
        assertThat(PageOf.of(TWENTY_FIVE, "9", 10).page()).isEqualTo(3);
        assertThat(PageOf.of(TWENTY_FIVE, "-1", 10).page()).isEqualTo(1);
        PageOf<Integer> none = PageOf.of(List.of(), null, 10);
        assertThat(none).extracting(PageOf::page, PageOf::pages, PageOf::total).containsExactly(1, 1, 0);
        assertThat(none.hasNext()).isFalse();
    }

    @Test
    void a_page_read_where_the_list_is_kept_reads_only_its_own_rows() {
        var asked = new java.util.ArrayList<List<Integer>>();
        PageOf<Integer> last = PageOf.read("7", 10, 25, (offset, limit) -> {
            asked.add(List.of(offset, limit));
            return TWENTY_FIVE.subList(offset, Math.min(25, offset + limit));
        });
        assertThat(last.items()).containsExactly(21, 22, 23, 24, 25);
        assertThat(last).extracting(PageOf::page, PageOf::pages, PageOf::total).containsExactly(3, 3, 25);
        assertThat(asked).as("one read, of the last page only").containsExactly(List.of(20, 10));
    }
}
