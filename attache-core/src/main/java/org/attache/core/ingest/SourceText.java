package org.attache.core.ingest;

/**
 * One report's text exactly as it was read from its file: every offset anywhere in Attaché refers
 * to {@link #text()}.
 *
 * <p>Example: {@code new SourceText("a1b2c3d4e5f6a7b8", "reports/visit.txt", "BAKU ...",
 * "a1b2...")}
 *
 * @param id a stable id: the first 16 hex digits of the content hash
 * @param path where the text came from, as given by the user
 * @param text the full original text (a leading byte-order mark removed)
 * @param sha256 hex SHA-256 of the UTF-8 text
 */
public record SourceText(String id, String path, String text, String sha256) {}
