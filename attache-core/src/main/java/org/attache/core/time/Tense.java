package org.attache.core.time;

/** Which side of the anchor a clause points to, as far as its words tell. */
enum Tense {
  PAST,
  FUTURE,
  UNKNOWN
}
