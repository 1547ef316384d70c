package org.attache.server;

/**
 * A stretch of a report's text the page marks, with what Attaché read there.
 *
 * <p>Example: {@code new Highlight("person", 40, 53, "Zakir Hasanov (AZ)", "p-3f2a...")}
 *
 * @param kind {@code block} (a headline, metadata or furniture line, named by the label), {@code
 *     sentence}, {@code person}, {@code state}, {@code time} or {@code evidence}
 * @param start the first character, an offset into the report's text
 * @param end one past the last character
 * @param label what was read: a name with its state, an ISO code, a TIMEX3 value, an event
 * @param ref the id the highlight points to (a person's or an event's), or null
 */
public record Highlight(String kind, int start, int end, String label, String ref) {}
