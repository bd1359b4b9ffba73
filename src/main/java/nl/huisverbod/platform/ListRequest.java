package nl.huisverbod.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The page and order an API caller asked of a list ({@code page}, {@code pageSize}, {@code sorteer}), already
 * checked: a handler that reads its list as a page where it is kept takes it as a parameter, and answers with
 * {@link #answer}. So a long list (the audit trail, a police unit's cases, a delivery log) costs one page and
 * every item stays reachable, instead of the newest few hundred. The fields are those of the answer's items;
 * the reader of the list names the column of each ({@link #orderBy}).
 */
public record ListRequest(int page, int pageSize, List<Order> order) {

    /** One field to sort on, as the caller named it. */
    public record Order(String field, boolean descending) {
    }

    public ListRequest {
        order = List.copyOf(order);
    }

    /** The first page, in the list's own order: for a caller outside the API. */
    public static ListRequest first(int pageSize) {
        return new ListRequest(1, pageSize, List.of());
    }

    /** How many items come before this page. */
    public long offset() {
        return (long) (page - 1) * pageSize;
    }

    /**
     * The SQL order of this page: the asked fields by their {@code columns} (each field of the answer that can be
     * sorted on, to its column or expression), missing values last either way as the API's other lists do, then
     * {@code tiebreak} (the list's own order, unique, so that pages never overlap).
     */
    public String orderBy(Map<String, String> columns, String tiebreak) {
        List<String> parts = new ArrayList<>();
        for (Order o : order) {
            String column = columns.get(o.field());
            if (column == null) {
                throw new IllegalStateException("no column to sort " + o.field() + " on; known: " + columns.keySet());
            }
            parts.add(column + (o.descending() ? " desc" : " asc") + " nulls last");
        }
        parts.add(tiebreak);
        return " order by " + String.join(", ", parts);
    }

    /** The answer of a list read as this page: its items, and how many the whole list holds. */
    public <T> List<T> answer(List<T> items, long total) {
        return new ListPage<>(items, total);
    }

    /** Each item of a page turned into what the API answers, the page's total kept. */
    public static <T, R> List<R> map(List<T> page, java.util.function.Function<? super T, ? extends R> into) {
        List<R> items = page.stream().<R>map(into).toList();
        return page instanceof ListPage<T> read ? new ListPage<>(items, read.total()) : items;
    }
}
