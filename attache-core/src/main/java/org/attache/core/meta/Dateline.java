package org.attache.core.meta;

/**
 * The dateline that opens a report's first paragraph ({@code "MINSK, December 19. /TASS/."}).
 *
 * @param length how many characters of the line it takes
 * @param city the city in title case ("Minsk", "Islamabad/Baku")
 * @param date the day it gives, or null
 * @param outlet the outlet it names ("TASS"), as written, or null
 */
record Dateline(int length, String city, PartialDate date, String outlet) {}
