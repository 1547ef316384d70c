package org.attache.core.persons;

/** What a {@link TitleMatch} is. */
public enum TitleKind {
  /** A military rank: "Colonel General", "Lt. Gen.", "Rear Admiral". */
  RANK,
  /** An office: "Minister of Defense", "Chief of Defence Staff (CDS)", "Prime Minister". */
  OFFICE,
  /** "Mr.", "Dr.", "H.E.": not a title to report, but it marks a name. */
  HONORIFIC
}
