package org.attache.core.meta;

/**
 * What a byline line says: {@code "By Samir Ali – Trend:"} has an author and an outlet, {@code "By
 * Trend"} only an outlet, {@code "By Jane Roe | March 3, 2021"} an author and a date.
 *
 * @param author the person, or null
 * @param outlet the outlet, or null
 * @param date the date written beside the byline, or null
 */
record Byline(String author, String outlet, PartialDate date) {}
