package org.attache.server;

import java.util.List;

/**
 * One page of a longer list, with the total so a client can page on.
 *
 * <p>Example: {@code Page.of(all, new PageRequest(1, 20))} holds the first 20 of {@code all}.
 *
 * @param items the items of this page
 * @param page the page number, from 1
 * @param size the page size asked for
 * @param total how many items the whole list holds
 */
public record Page<T>(List<T> items, int page, int size, int total) {
  public Page {
    items = List.copyOf(items);
  }

  /** Cuts one page out of a full list. */
  public static <T> Page<T> of(List<T> all, PageRequest request) {
    int from = (int) Math.min(all.size(), request.offset());
    int to = (int) Math.min(all.size(), from + (long) request.size());
    return new Page<>(all.subList(from, to), request.page(), request.size(), all.size());
  }
}
