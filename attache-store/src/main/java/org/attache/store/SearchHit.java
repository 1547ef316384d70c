package org.attache.store;

/**
 * A report found by full-text search.
 *
 * @param reportId the report's id
 * @param path where it was read from
 * @param title its headline, or null
 */
public record SearchHit(String reportId, String path, String title) {}
