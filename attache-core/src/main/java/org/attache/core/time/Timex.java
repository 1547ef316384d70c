package org.attache.core.time;

import org.attache.core.Span;

/**
 * A time expression of a text with its TIMEX3 value.
 *
 * <p>Example: "on October 28" in a report dated 2023-10-30 is {@code new Timex(new Span(3, 16),
 * "October 28", TimexType.DATE, "2023-10-28")}; without a year to anchor it the value is {@code
 * XXXX-10-28}.
 *
 * @param span where the expression stands in the original text
 * @param text the expression as written
 * @param type DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value ({@code 2013-03-22}, {@code 2013-W11}, {@code P1M}, {@code
 *     XXXX-WI}, {@code PRESENT_REF} ...)
 */
public record Timex(Span span, String text, TimexType type, String value) {}
