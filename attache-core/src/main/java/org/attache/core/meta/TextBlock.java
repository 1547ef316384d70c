package org.attache.core.meta;

import org.attache.core.Span;

/**
 * A stretch of a report's text (usually a line or the rest of one) with its role.
 *
 * <p>Example: the line {@code "BAKU, Azerbaijan, October 28. On October 28, ..."} gives a {@link
 * BlockRole#META} block for the dateline and a {@link BlockRole#BODY} block from "On".
 */
public record TextBlock(Span span, BlockRole role) {}
