package org.attache.server;

/**
 * Which persons to list; a null field does not filter.
 *
 * <p>Example: {@code new PersonFilter("PK", "raza")}: persons serving Pakistan with "raza" in a
 * name or alias, any case.
 *
 * @param state the state the person serves, ISO alpha-2
 * @param q a part of the person's name or of one of its aliases, any case, accents ignored
 */
public record PersonFilter(String state, String q) {
  public static final PersonFilter NONE = new PersonFilter(null, null);
}
