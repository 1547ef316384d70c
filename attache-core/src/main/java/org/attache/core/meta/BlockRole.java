package org.attache.core.meta;

/** What a block of a scraped report is: only {@link #BODY} blocks are read for facts. */
public enum BlockRole {
  /** The report's own prose. */
  BODY,
  /** The headline (or a repeat of it). */
  HEADLINE,
  /** A byline, a date line, an outlet line, a dateline-only line: metadata, not prose. */
  META,
  /** Site furniture: menus, share buttons, teasers of other articles, comments, cookie notices. */
  FURNITURE
}
