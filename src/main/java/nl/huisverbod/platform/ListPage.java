package nl.huisverbod.platform;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A page of a list read where the list is kept ({@link ListRequest#answer}): written as the page's items, with
 * the whole list's total in the paging headers. It is a list, so the handler's answer type and the published
 * document stay those of any other list.
 */
final class ListPage<T> extends AbstractList<T> implements RandomAccess {

    private final List<T> items;
    private final long total;

    ListPage(List<T> items, long total) {
        this.items = List.copyOf(items);
        this.total = total;
    }

    long total() {
        return total;
    }

    List<T> items() {
        return items;
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }
}
