package org.attache.core.events;

/**
 * The kinds of defense-diplomacy events Attaché records, each with its CAMEO code.
 *
 * <p>Example: {@code EventType.VISIT.cameo()} is {@code "042"} (make a visit); a visit received is
 * {@code 043}.
 */
public enum EventType {
  /** An official or delegation travels to another state on an official visit. */
  VISIT("042"),
  /** Officials of two or more states meet, hold talks, receive each other. */
  MEETING("040"),
  /** A joint military exercise or drill. */
  EXERCISE("062"),
  /** An agreement, protocol, declaration or memorandum is signed. */
  AGREEMENT("057"),
  /** Transfer, sale, purchase or purchase talks of weapons or equipment. */
  ARMS("062"),
  /** One state's forces train or educate another's. */
  TRAINING("062"),
  /** Political support, congratulations or condolences from one state to another. */
  SUPPORT("051");

  private final String cameo;

  EventType(String cameo) {
    this.cameo = cameo;
  }

  /** The CAMEO code of the event type's usual case. */
  public String cameo() {
    return cameo;
  }
}
