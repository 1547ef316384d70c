package org.attache.core.meta;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the reporting outlet in the lines that name it: {@code "Source: Radio Pakistan"}, {@code
 * "AzerNews (2 December 2021)"}, {@code "Reuters September 12, 2021"}, a wire sign-off {@code "UNI
 * RBE ARN"}, {@code "According to Punch,"}, a site name {@code "Azernews.Az"}, a copyright footer,
 * and reporting phrases of the body ({@code "TurkicWorld reports via ..."}, {@code "... told
 * APA"}).
 */
final class OutletReader {
  /** An outlet named on a line together with the date that follows it. */
  record DatedOutlet(String outlet, PartialDate date) {}

  private static final String NAME =
      "(?<![\\p{L}\\p{N}])(?<name>(?:The\\s)?[A-Z][\\p{L}\\p{N}&'’.-]*(?:\\s[A-Z][\\p{L}\\p{N}&'’.-]*){0,2})";
  private static final Pattern SOURCE =
      Pattern.compile(
          "^\\(?(?i:kaynak/source|source|sources|kaynak|via|courtesy)\\s*:\\s*(?<value>[^)]*\\S)\\)?$");
  private static final Pattern URL = Pattern.compile("^<?(?<url>https?://[^\\s<>]+)>?$");
  private static final Pattern SIGN_OFF =
      Pattern.compile("^[-–—]*\\(?(?<name>[A-Z]{2,6})\\)?(?:[\\s/]+[A-Za-z]{2,4}){1,3}$");

  /** "(AFP)", "— Reuters", "(With inputs from PTI)": a known outlet closing the report. */
  private static final Pattern CLOSING_CREDIT =
      Pattern.compile(
          "^[(\\[]?\\s*(?:[—–-]+\\s*)?(?i:(?:with\\s+)?inputs\\s+from\\s+)?"
              + "(?<name>[\\p{L}][\\p{L}\\p{N}&'’. -]{1,40}?)\\s*[)\\]]?\\.?$");

  /** "..., Report informs." and "Trend reports." close Azerbaijani wire copy. */
  private static final Pattern SELF_CITATION =
      Pattern.compile(NAME + "\\s(?:informs|reports)(?=\\s*[.,;]?\\s*$|\\.\\s)");

  /** "Published in Dawn, June 5th, 2022", "This article first appeared in The Diplomat." */
  private static final Pattern PUBLISHED_IN =
      Pattern.compile(
          "^(?i:(?:originally\\s+|first\\s+)?published\\s+in|this\\s+(?:article|story)\\s+"
              + "(?:first\\s+|originally\\s+)?appeared\\s+(?:in|on))\\s+"
              + NAME
              + "(?:\\s*,\\s*(?<date>.+?))?\\.?$");

  private static final Pattern ATTRIBUTION = Pattern.compile("According to\\s+" + NAME + ",?\\s*$");
  private static final Pattern SITE_NAME =
      Pattern.compile("^[A-Z][\\p{L}\\p{N}-]*(?:\\.[A-Za-z]{2,4})+$");
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "^(?:(?:©|\\(c\\)|(?i:copyright))\\s*)+(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?"
              + "(?<holder>[\\p{L}][^|©]*?)\\s*(?:\\||\\s\\.|\\.\\s|,|(?i:all rights)|$)");

  /** Present tense names the reporter itself; "Yonhap reported citing ..." only cites one. */
  private static final Pattern REPORTS =
      Pattern.compile(
          NAME
              + "\\s(?:reports|informs)\\s(?:via|referring to|with reference to|citing|quoting)\\b");

  private static final Pattern WAS_INFORMED =
      Pattern.compile(NAME + "\\swas\\s(?:informed|told)\\s(?:by|in|at|that)\\b");
  private static final Pattern TOLD =
      Pattern.compile("\\b(?:told|said to|informed|(?:an\\s)?interview\\swith)\\s" + NAME);

  /** "Title | Site", "Title - Site": the site's name after the headline. */
  private static final Pattern SITE_SUFFIX =
      Pattern.compile("\\s+(?:[|–—-]|::)\\s+(?<site>[^|–—]+)$");

  private final OutletDirectory outlets;
  private final DateReader dates;
  private final Set<String> generic;

  OutletReader(OutletDirectory outlets, DateReader dates, List<String> genericSources) {
    this.outlets = outlets;
    this.dates = dates;
    this.generic = Set.copyOf(genericSources);
  }

  /** The address on a line that is only a URL (or a "Source:" line giving one), else null. */
  String url(String line) {
    Matcher m = URL.matcher(line);
    if (m.matches()) {
      return m.group("url");
    }
    Matcher source = SOURCE.matcher(line);
    if (source.matches()) {
      Matcher inner = URL.matcher(source.group("value").strip());
      return inner.matches() ? inner.group("url") : null;
    }
    return null;
  }

  /** The outlet of a {@code "Source: Radio Pakistan"} line, else null. */
  String source(String line) {
    Matcher m = SOURCE.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String value = m.group("value").strip().replaceAll("[.\\s]+$", "");
    if (generic.contains(value.toLowerCase(Locale.ROOT))) {
      return null;
    }
    return outlets.couldBeOutlet(value) || outlets.isKnown(value) ? outlets.name(value) : null;
  }

  /** Whether {@code line} is a source line naming no outlet ("Source: Agencies"). */
  boolean isGenericSource(String line) {
    Matcher m = SOURCE.matcher(line);
    return m.matches()
        && generic.contains(
            m.group("value").strip().replaceAll("[.\\s]+$", "").toLowerCase(Locale.ROOT));
  }

  /** {@code "AzerNews (2 December 2021)"} or {@code "Reuters September 12, 2021"}, else null. */
  DatedOutlet datedOutlet(String line) {
    Matcher word = Pattern.compile("\\s+\\(?").matcher(line);
    while (word.find()) {
      String name = line.substring(0, word.start());
      if (name.split("\\s+").length > 4) {
        return null;
      }
      DateReader.DateLine date = dates.dateLineFrom(line, word.end());
      if (date != null && !date.weekday() && outlets.couldBeOutlet(name)) {
        return new DatedOutlet(outlets.name(name), date.date());
      }
    }
    return null;
  }

  /** The known outlet of a sign-off such as {@code "UNI RBE ARN"} or {@code "(AFP)"}, else null. */
  String signOff(String line) {
    Matcher m = SIGN_OFF.matcher(line);
    if (m.matches() && outlets.isKnown(m.group("name"))) {
      return outlets.name(m.group("name"));
    }
    Matcher credit = CLOSING_CREDIT.matcher(line);
    boolean marked = !line.equals(credit.matches() ? credit.group("name") : line);
    return marked && outlets.isKnown(credit.group("name"))
        ? outlets.name(credit.group("name"))
        : null;
  }

  /**
   * The headline without a site name after it ({@code "Talks held | Daily Sabah"} gives {@code
   * "Talks held"}); the name is offered to {@code site}. Unchanged unless a known outlet, a domain
   * or a publication's name follows ({@code "Talks held - The Harbour Review"}).
   */
  String withoutSiteName(String title, java.util.function.Consumer<String> site) {
    Matcher m = SITE_SUFFIX.matcher(title);
    if (m.find()
        && (outlets.isKnown(m.group("site"))
            || outlets.isPublicationName(m.group("site"))
            || SITE_NAME.matcher(m.group("site").strip()).matches())) {
      site.accept(outlets.name(m.group("site")));
      return title.substring(0, m.start()).strip();
    }
    return title;
  }

  /** {@code "Published in Dawn, June 5th, 2022"}, else null. */
  DatedOutlet publishedIn(String line) {
    Matcher m = PUBLISHED_IN.matcher(line);
    if (!m.matches() || !outlets.couldBeOutlet(m.group("name"))) {
      return null;
    }
    DateReader.DateLine date = m.group("date") == null ? null : dates.dateLine(m.group("date"));
    return new DatedOutlet(outlets.name(m.group("name")), date == null ? null : date.date());
  }

  /** The outlet of a line ending {@code "According to Punch,"}, else null. */
  String attribution(String line) {
    Matcher m = ATTRIBUTION.matcher(line);
    return m.find() && outlets.couldBeOutlet(m.group("name"))
        ? outlets.name(m.group("name"))
        : null;
  }

  /** The outlet of a line that is only a site's name ({@code "Azernews.Az"}), else null. */
  String siteName(String line) {
    if (SITE_NAME.matcher(line).matches() || outlets.isKnown(line)) {
      return outlets.name(line);
    }
    return null;
  }

  /** Whether the line is a copyright footer. */
  boolean isCopyright(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    return lower.contains("copyright") || lower.contains("all rights reserved");
  }

  /** The holder of a copyright footer when it is one outlet's name, else null. */
  String copyrightHolder(String line) {
    Matcher m = COPYRIGHT.matcher(line);
    if (!m.find()) {
      return null;
    }
    String holder = m.group("holder").strip();
    return holder.contains("/") || holder.split("\\s+").length > 5 ? null : outlets.name(holder);
  }

  /**
   * The reporter naming itself in a body sentence: "TurkicWorld reports via ...", "Report informs".
   */
  String selfReference(String sentence) {
    for (Pattern open : new Pattern[] {REPORTS, WAS_INFORMED}) {
      Matcher m = open.matcher(sentence);
      while (m.find()) {
        String name = m.group("name");
        if (outlets.isKnown(name) || outlets.couldBeOutlet(name)) {
          return outlets.name(name);
        }
      }
    }
    Matcher self = SELF_CITATION.matcher(sentence);
    while (self.find()) {
      if (outlets.isKnown(self.group("name"))) {
        return outlets.name(self.group("name"));
      }
    }
    return null;
  }

  /** A known outlet a source spoke to: "... told APA", "in an interview with TASS". */
  String interviewer(String sentence) {
    Matcher told = TOLD.matcher(sentence);
    while (told.find()) {
      String name = told.group("name");
      if (outlets.isKnown(name)) {
        return outlets.name(name);
      }
    }
    return null;
  }
}
