package org.attache.core.meta;

/**
 * The metadata of one report as its lines are read: each field keeps the value from the strongest
 * evidence seen, the first one among equals.
 */
final class MetaDraft {
  /** Where an outlet's name was read, strongest first. */
  enum OutletEvidence {
    DATELINE,
    BYLINE,
    SIGN_OFF,
    SELF_REFERENCE,
    SITE_NAME,
    COPYRIGHT,
    /** "... told APA": the reporter on pages that name no other, a cited outlet on others. */
    INTERVIEW
  }

  /** Where a publication date was read, strongest first. */
  enum DateEvidence {
    CRAWL_HEADER,
    DATE_LINE,
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
      date = date.withYear(published.year());
    }
    return date.timex();
  }
}
