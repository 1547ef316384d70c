package org.attache.core.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The metadata of one report as its lines are read: each field keeps the value from the strongest
 * evidence seen, the first one among equals.
 */
final class MetaDraft {
  /** How far after its publication a dateline's day can plausibly fall (time zones, late edits). */
  private static final int LATEST_DATELINE_DAYS = 60;

  /** Where an outlet's name was read, strongest first. */
  enum OutletEvidence {
    DATELINE,
    /** "Source: Caspian Herald": on a reprint, the outlet that reported the text, not the site. */
    SOURCE_LINE,
    BYLINE,
    SIGN_OFF,
    SELF_REFERENCE,
    SITE_NAME,
    COPYRIGHT,
    /** A name at the top of the page known by its shape alone ("KESTREL" above the headline). */
    PAGE_TOP,
    /** "... told APA": the reporter on pages that name no other, a cited outlet on others. */
    INTERVIEW
  }

  /** Where a publication date was read, strongest first. */
  enum DateEvidence {
    CRAWL_HEADER,
    DATE_LINE,
    /** A weekday-led date below the headline: the article's own, unless a plain one stands by. */
    WEEKDAY_DATE_LINE,
    DATELINE,
    LATE_DATE_LINE
  }

  private String title;
  private String author;
  private String url;
  private String outlet;
  private OutletEvidence outletEvidence;
  private PartialDate published;
  private DateEvidence publishedEvidence;
  private Dateline dateline;

  boolean hasTitle() {
    return title != null;
  }

  String title() {
    return title;
  }

  void title(String value) {
    title = value;
  }

  boolean hasDateline() {
    return dateline != null;
  }

  void dateline(Dateline value) {
    if (dateline == null) {
      dateline = value;
    }
  }

  boolean hasAuthor() {
    return author != null;
  }

  void author(String value) {
    if (author == null && value != null) {
      author = value;
    }
  }

  void url(String value) {
    if (url == null && value != null) {
      url = value;
    }
  }

  /** Offers an outlet; a copyright footer lower on the page replaces an earlier one. */
  void outlet(String name, OutletEvidence evidence) {
    if (name == null || name.isBlank()) {
      return;
    }
    boolean stronger = outletEvidence == null || evidence.compareTo(outletEvidence) < 0;
    boolean laterFooter = evidence == OutletEvidence.COPYRIGHT && evidence == outletEvidence;
    if (stronger || laterFooter) {
      outlet = name;
      outletEvidence = evidence;
    }
  }

  /** Offers a publication date; only a date with its year can be one. */
  void published(PartialDate date, DateEvidence evidence) {
    if (date == null || !date.hasYear()) {
      return;
    }
    if (publishedEvidence == null || evidence.compareTo(publishedEvidence) < 0) {
      published = date;
      publishedEvidence = evidence;
    }
  }

  ReportMeta build() {
    String city = dateline == null ? null : dateline.city();
    return new ReportMeta(
        title,
        outlet,
        author,
        published == null ? null : published.iso(),
        city,
        datelineDate(),
        url);
  }

  /** The dateline's day, given the publication year when it states none. */
  private String datelineDate() {
    if (dateline == null || dateline.date() == null) {
      return null;
    }
    PartialDate date = dateline.date();
    if (!date.hasYear() && published != null) {
      date = date.withYear(yearBefore(date, published));
    }
    return date.timex();
  }

  /**
   * The year of a dateline's day, given when the report was published: that year, or the one before
   * when the day would fall months after publication ("December 31" filed on January 2).
   */
  private static int yearBefore(PartialDate day, PartialDate published) {
    int year = published.year();
    try {
      LocalDate candidate = LocalDate.of(year, day.month(), day.day());
      LocalDate publishedOn = LocalDate.of(year, published.month(), published.day());
      return ChronoUnit.DAYS.between(publishedOn, candidate) > LATEST_DATELINE_DAYS
          ? year - 1
          : year;
    } catch (DateTimeException impossibleDay) {
      return year; // "February 30": keep the year, the day is the text's
    }
  }
}
