package org.attache.core.states;

/** How a text names a state. */
public enum StateForm {
  /** "Azerbaijan", "Türkiye", "the Islamic Republic of Pakistan" */
  NAME,
  /** "Azerbaijani", "Pakistani", the halves of "Azerbaijani-Pakistani" */
  DEMONYM,
  /** "Ankara" used for the Turkish government */
  CAPITAL
}
