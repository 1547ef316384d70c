package org.attache.core.brief;

/**
 * A numbered source of a brief: one report and the sentence of it that a statement rests on.
 *
 * <p>Example: {@code new Citation(1, "a1b2c3", "AzerNews", "Baku and Islamabad talk defence",
 * "2023-10-29", "General Raza met Colonel General Hasanov in Baku on October 28.")}
 *
 * @param number the number statements cite it by, from 1
 * @param document the report's id
 * @param outlet the outlet, or null
 * @param title the headline, or null
 * @param published the publication date (YYYY-MM-DD), or null
 * @param evidence the sentence stating the event, or "" when the text is not at hand
 */
public record Citation(
    int number, String document, String outlet, String title, String published, String evidence) {}
