package org.attache.core.meta;

/**
 * What a byline line says: {@code "By Samir Ali – Trend:"} has an author and an outlet, {@code "By
 * Trend"} only an outlet.
 *
 * @param author the person, or null
 * @param outlet the outlet, or null
 */
record Byline(String author, String outlet) {}
