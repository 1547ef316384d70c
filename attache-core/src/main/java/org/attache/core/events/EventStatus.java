package org.attache.core.events;

/** Whether a reported event took place or is planned. Cancelled or denied ones are not events. */
public enum EventStatus {
  HAPPENED,
  PLANNED
}
