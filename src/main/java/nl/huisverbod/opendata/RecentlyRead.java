package nl.huisverbod.opendata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What is read from a published version's table (its areas, its categories, its whole file): a version never
 * changes, so a value once read stays right; kept for the most recently read tables only, as versions keep
 * coming.
 */
final class RecentlyRead<V> {

    /** Every table of the newest two versions. */
    static final int TABLES_KEPT = 2 * OpenDataTable.values().length;

    private final Map<String, V> kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
            return size() > TABLES_KEPT;
        }
    });

    V get(int version, OpenDataTable table, Supplier<V> read) {
        return kept.computeIfAbsent(version + "/" + table.key(), k -> read.get());
    }
}
