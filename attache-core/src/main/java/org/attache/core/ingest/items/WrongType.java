package org.attache.core.ingest.items;

/** A field of an item has the wrong JSON type; the message names the field and what it needs. */
final class WrongType extends Exception {
  WrongType(String message) {
    super(message);
  }
}
