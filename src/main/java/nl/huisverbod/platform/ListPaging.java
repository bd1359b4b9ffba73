package nl.huisverbod.platform;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.huisverbod.shared.Violations;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.HandlerMethod;

/**
 * Paging and sorting of every list the API returns (NL API strategy: {@code page} from 1, {@code pageSize},
 * {@code sorteer} with field names, a leading {@code -} for descending). The body stays the list, of this page
 * only; {@code Link} (first, prev, next, last), {@code X-Total-Count}, {@code X-Pagination-Page} and
 * {@code X-Pagination-Limit} say where it is. A short list is read whole and its page cut here; a long one is
 * read as a page where it is kept ({@link ListRequest}). Enumerated codes sort alphabetically by code, as they do
 * in the database; identifiers do not sort (their order means nothing, and differs between Java and SQL).
 */
record ListPaging(int page, int pageSize, List<SortKey> sort) {

    static final String ATTRIBUTE = ListPaging.class.getName();
    static final int DEFAULT_PAGE_SIZE = 500;
    static final int MAX_PAGE_SIZE = 1000;

    record SortKey(RecordComponent field, boolean descending) {
    }

    /** The element type of a handler that answers with a list, or empty when it does not. */
    static Optional<Class<?>> elementType(HandlerMethod handler) {
        ResolvableType type = ResolvableType.forMethodReturnType(handler.getMethod());
        if (ResponseEntity.class.isAssignableFrom(type.toClass())) {
            type = type.getGeneric(0);
        }
        if (!List.class.isAssignableFrom(type.toClass())) {
            return Optional.empty();
        }
        Class<?> element = type.asCollection().getGeneric(0).toClass();
        return Optional.of(element);
    }

    /** The fields a list of this element type can be sorted on: a record's components of comparable type. */
    static List<RecordComponent> sortable(Class<?> element) {
        if (!element.isRecord()) {
            return List.of();
        }
        return Arrays.stream(element.getRecordComponents())
                .filter(c -> Comparable.class.isAssignableFrom(boxed(c.getType())) && c.getType() != java.util.UUID.class)
                .toList();
    }

    /** What a handler that reads its list as a page is given. */
    ListRequest request() {
        return new ListRequest(page, pageSize,
                sort.stream().map(k -> new ListRequest.Order(k.field().getName(), k.descending())).toList());
    }

    /** Reads the parameters; every invalid one is reported at once. */
    static ListPaging of(String page, String pageSize, String sorteer, Class<?> element) {
        var v = new Violations();
        int p = number(page, 1, Integer.MAX_VALUE, 1, "page", "validation.page", v);
        int size = number(pageSize, 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, "pageSize", "validation.pageSize", v);
        List<SortKey> keys = new ArrayList<>();
        if (sorteer != null && !sorteer.isBlank()) {
            List<RecordComponent> fields = sortable(element);
            for (String part : sorteer.split(",")) {
                String name = part.trim();
                boolean descending = name.startsWith("-");
                String field = descending ? name.substring(1) : name;
                fields.stream().filter(c -> c.getName().equals(field)).findFirst()
                        .ifPresentOrElse(c -> keys.add(new SortKey(c, descending)),
                                () -> v.add("sorteer", "validation.sort", field,
                                        fields.isEmpty() ? "-" : String.join(", ", fields.stream().map(RecordComponent::getName).toList())));
            }
        }
        v.throwIfAny();
        return new ListPaging(p, size, keys);
    }

    private static int number(String value, int min, int max, int absent, String field, String code, Violations v) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        v.add(field, code, max);
        return absent;
    }

    /** This page of the list, sorted as asked (stable: equal items keep the server's order). */
    List<?> apply(List<?> all) {
        List<?> sorted = all;
        if (!sort.isEmpty()) {
            var copy = new ArrayList<Object>(all);
            copy.sort(comparator());
            sorted = copy;
        }
        int from = (int) Math.min((long) (page - 1) * pageSize, sorted.size());
        return sorted.subList(from, Math.min(from + pageSize, sorted.size()));
    }

    int lastPage(long total) {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Comparator<Object> comparator() {
        Comparator<Object> c = (a, b) -> 0;
        for (SortKey key : sort) {
            Comparator<Comparable> natural = key.descending() ? Comparator.<Comparable>reverseOrder() : Comparator.<Comparable>naturalOrder();
            Comparator<Object> byKey = Comparator.comparing(item -> {
                Object value = value(key.field(), item);
                return (Comparable) (value instanceof Enum<?> code ? code.name() : value);
            }, Comparator.nullsLast(natural));
            c = c.thenComparing(byKey);
        }
        return c;
    }

    private static Object value(RecordComponent field, Object item) {
        try {
            var accessor = field.getAccessor();
            // the answer records are often nested in package-private controllers
            accessor.setAccessible(true);
            return accessor.invoke(item);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return type == boolean.class ? Boolean.class : type == long.class ? Long.class : type == double.class
                ? Double.class : type == int.class ? Integer.class : Object.class;
    }
}
