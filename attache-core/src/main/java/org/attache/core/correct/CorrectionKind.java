package org.attache.core.correct;

/**
 * What an analyst's correction does. Persons are named by their resolved id; events by an
 * occurrence id or, more durably, by one report's event ({@code REPORT_ID:INDEX}), which stays the
 * same when re-analysis merges the occurrence differently.
 *
 * <p>Example: {@code EVENT_DATE} on {@code a1b2c3:0} with {@code date=2023-10-28} sets the date of
 * the occurrence that report a1b2c3's first event belongs to.
 */
public enum CorrectionKind {
  /** Target a person id; value {@code other}: the person to fold into the target. */
  MERGE_PERSONS,
  /** Target a person id; value {@code documents}: comma-separated reports that name another. */
  SPLIT_PERSON,
  /** Target an event; value {@code type}. */
  EVENT_TYPE,
  /** Target an event; value {@code date} (TIMEX3). */
  EVENT_DATE,
  /** Target an event; values {@code place} and {@code country}. */
  EVENT_PLACE,
  /** Target an event; value {@code persons}: comma-separated person ids. */
  EVENT_PARTICIPANTS,
  /** Target an event: the machine took it for an event wrongly. */
  REJECT_EVENT,
  /**
   * Target a new id of the analyst's choosing; values {@code type}, {@code date}, {@code
   * countries}, optionally {@code place}, {@code country}, {@code persons}, {@code document}.
   */
  ADD_EVENT
}
