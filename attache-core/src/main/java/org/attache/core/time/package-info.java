/**
 * The time reading of Attaché: {@link org.attache.core.time.TimexTagger} finds the time expressions
 * of a report and gives each a TIMEX3 type and value.
 *
 * <p>How it reads, in order: rule families ({@code ClockRules}, {@code SetRules}, {@code
 * RangeRules}, {@code DateRules}, {@code PeriodRules}, {@code NarrativeRules}, {@code
 * RelativeRules}, {@code DurationRules}, {@code ReferenceRules}) match regexes written over the
 * word lists in {@code src/main/resources/org/attache/core/time/*.txt}; where matches overlap the
 * longest wins; a date and the clock time beside it are joined; a year stated earlier in a sentence
 * frames the yearless dates after it ({@code YearFrame}); "the next day" and "two days later" are
 * resolved against the last date told ({@code NarrativeResolver}).
 *
 * <p>Conventions, following the TimeML guidelines and the TempEval-3 gold where they speak:
 *
 * <ul>
 *   <li>Relative expressions are resolved against the anchor (the document creation time). A bare
 *       weekday is the anchor's own day or the nearest one on the side the clause's tense points
 *       to, the past by default ("said Monday"); a present-tense verb of a scheduled event, a
 *       present progressive or "is to" points ahead when no other cue does ("talks open Tuesday",
 *       "the leaders are meeting Friday"); a bare month likewise; a day of a month without a year
 *       is the nearest such date unless it is over a month away and the tense says otherwise.
 *   <li>Without an anchor no year is invented: unknown digits stay X, as TIMEX3 allows ("October
 *       28" {@code XXXX-10-28}, "on Monday" {@code XXXX-WXX-1}, "last year" {@code XXXX}, "last
 *       week" {@code XXXX-WXX}); never a {@code *_REF} in their place.
 *   <li>Ranges are two timexes ("2009-2010", "Sept 12-20", "16 to 20 January 2023"), the year
 *       written once carried to both; "between 12 and 18 months" is two durations.
 *   <li>"last week" and "the last week" are the previous calendar week ({@code 2013-W11}); "the
 *       past week", "the past decade", "the next two years" are durations ({@code P1W}, {@code
 *       P10Y}, {@code P2Y}); "several days", "recent weeks", "for years" vague ones ({@code PXD}).
 *   <li>Sets: "every year" {@code P1Y}, "on Tuesdays" {@code XXXX-WXX-2}, "Friday nights" {@code
 *       XXXX-WXX-5TNI}, "on weekends" {@code XXXX-WXX-WE}, "40 deliveries a day" {@code P1D}.
 *   <li>A season without a year ("in spring", "the winter") is, in a future clause, the first one
 *       not yet over, in a past one the latest begun.
 *   <li>Decades are {@code 199} (the TIMEX3 guidelines' value for "the 1990s"); centuries, as
 *       TempEval writes them, {@code 19} for the 20th.
 *   <li>"now", "currently" are {@code PRESENT_REF}, "recently", "in the past" {@code PAST_REF};
 *       "today" is the anchor's date. "X from now" is the duration and "now", as in TempEval.
 *   <li>Not times: "May" and "March" without a date context, years inside names ("Varuna 2023",
 *       "Three Brothers - 2021"), amounts, phone numbers, offsets ("+04:00"), ages ("a
 *       22-year-old").
 * </ul>
 */
package org.attache.core.time;
