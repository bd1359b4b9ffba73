package nl.huisverbod.platform;

import java.util.List;

/**
 * One page of a list as a page shows it (issue 12: every list pages): the items of page {@code page} of
 * {@code pages}, and how many there are in all. A page number that is not a number, or out of range, shows the
 * nearest page: a bookmark to page 9 of a list that shrank still shows something.
 */
public record PageOf<T>(List<T> items, int page, int pages, int total) {

    public static <T> PageOf<T> of(List<T> all, String page, int size) {
        return read(page, size, all.size(), (offset, limit) -> all.subList(offset, Math.min(all.size(), offset + limit)));
    }

    /**
     * A page read where the list is kept: {@code total} counted there, then only the page's rows read
     * ({@code read} gets the offset and the limit), so a long list costs one page, not the whole list.
     */
    public static <T> PageOf<T> read(String page, int size, int total,
                                     java.util.function.BiFunction<Integer, Integer, List<T>> read) {
        int pages = Math.max(1, (total + size - 1) / size);
        int asked;
        try {
            asked = page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            asked = 1;
        }
        int current = Math.min(pages, Math.max(1, asked));
        return new PageOf<>(List.copyOf(read.apply((current - 1) * size, size)), current, pages, total);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
