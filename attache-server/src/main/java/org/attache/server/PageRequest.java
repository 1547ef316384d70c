package org.attache.server;

/**
 * Which page of a list to return, counted from 1.
 *
 * <p>Example: {@code new PageRequest(2, 50).offset()} is 50.
 */
public record PageRequest(int page, int size) {
  public static final int MAX_SIZE = 500;

  /** Everything at once: for views that summarise a whole list (dyads, person pages). */
  public static final PageRequest ALL = new PageRequest(1, Integer.MAX_VALUE);

  public PageRequest {
    if (page < 1 || size < 1) {
      throw new IllegalArgumentException("page and size start at 1: " + page + ", " + size);
    }
  }

  public long offset() {
    return (long) (page - 1) * size;
  }
}
