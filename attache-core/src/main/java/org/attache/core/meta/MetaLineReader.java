package org.attache.core.meta;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.attache.core.Span;
import org.attache.core.meta.MetaDraft.DateEvidence;
import org.attache.core.meta.MetaDraft.OutletEvidence;
import org.attache.core.states.PlaceGazetteer;
import org.attache.core.states.StateLexicon;

/**
 * Reads lines that are metadata only: bylines, date lines, page clocks, outlet lines, source and
 * address lines, and lines of several such pieces ({@code "Jane Roe | 01.08.2025"}, {@code "Source:
 * Xinhua | 2021-11-22 19:02:18 | Editor: Li"}).
 */
final class MetaLineReader {
  /**
   * Where the line stands: above the first paragraph, whether the headline was seen, and the page's
   * masthead (null when it shows none).
   */
  record Place(boolean inHeader, boolean afterTitle, Masthead masthead) {
    /** Whether a byline's name is the site's own ("By Harbour Review" under that masthead). */
    boolean isSiteName(String name) {
      return masthead != null && masthead.names(name);
    }

    /** A weekday-led date above the headline is the site's clock, not the report's date. */
    boolean isClock(DateReader.DateLine date) {
      return date.weekday() && inHeader && !afterTitle;
    }

    DateEvidence dateEvidence() {
      return inHeader ? DateEvidence.DATE_LINE : DateEvidence.LATE_DATE_LINE;
    }
  }

  private static final int LONGEST_ATTRIBUTION_WORDS = 12;
  private static final Pattern PIECE_BREAK =
      Pattern.compile("\\s*[|•·]\\s*|\\s+(?=(?i:published|updated|posted)\\b)");
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?i:editor|edited by|photo|tags|topics?|categor(?:y|ies)|filed under|section)\\s*:.*$");
  private static final Pattern PERSON =
      Pattern.compile("^\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}$");

  private final PageReaders readers;

  MetaLineReader(PageReaders readers) {
    this.readers = readers;
  }

  /** Reads {@code line} into {@code draft}; true when the line is metadata only. */
  boolean read(Line line, Place place, MetaDraft draft) {
    String plain = line.plain();
    if (readWhole(plain, line.words(), place, draft)) {
      return true;
    }
    List<String> pieces =
        Arrays.stream(PIECE_BREAK.split(plain)).filter(p -> !p.isBlank()).toList();
    if (pieces.size() < 2) {
      return false;
    }
    if (isClockStrip(pieces.get(0), place)) {
      return true; // "Wednesday 11 March 2026 | Lima 24°C | USD 3.71": the site's clock and widgets
    }
    MetaDraft scratch = new MetaDraft();
    boolean dated = false;
    for (String piece : pieces) {
      int words = new Line(0, piece.length(), piece).words();
      if (!readWhole(piece, words, place, scratch) && !isLabel(piece) && !isPerson(piece)) {
        return false;
      }
      dated |= readers.dates().dateLine(piece) != null;
    }
    for (String piece : pieces) {
      int words = new Line(0, piece.length(), piece).words();
      if (!readWhole(piece, words, place, draft) && dated && isPerson(piece)) {
        draft.author(piece);
      }
    }
    return true;
  }

  /** A weekday-led date opening a line above the headline: the site's clock, whatever follows. */
  private boolean isClockStrip(String first, Place place) {
    DateReader.DateLine date = readers.dates().dateLine(first);
    return date != null && place.isClock(date);
  }

  private boolean isLabel(String piece) {
    return LABEL.matcher(piece).matches();
  }

  /**
   * A byline without its "By": a person's name alone on a line between the headline and the story,
   * or beside the date line under a standfirst, when no byline named the author. A state or place
   * alone there is a dateline or a label, never a name.
   */
  boolean readBareByline(Line line, Place place, boolean besideDate, MetaDraft draft) {
    String plain = line.plain();
    if (!place.afterTitle()
        || !(place.inHeader() || besideDate)
        || draft.hasAuthor()
        || !isPerson(plain)
        || readers.datelines().read(plain) != null
        || namesAPlace(plain)
        || Arrays.stream(plain.split("\\s+")).anyMatch(readers.furniture()::isSectionName)) {
      return false;
    }
    draft.author(
        plain.equals(plain.toUpperCase(Locale.ROOT)) ? DatelineReader.titleCase(plain) : plain);
    return true;
  }

  /** Whether the whole of {@code plain} is a state's or a place's name ("South Africa"). */
  private static boolean namesAPlace(String plain) {
    Span whole = new Span(0, plain.length());
    return StateLexicon.standard().find(plain, whole).stream().anyMatch(m -> m.span().equals(whole))
        || PlaceGazetteer.standard().find(plain, whole).stream()
            .anyMatch(m -> m.span().equals(whole));
  }

  /** A person's name standing beside a date: not an outlet's, not an office's. */
  private boolean isPerson(String piece) {
    OutletDirectory outlets = readers.outletDirectory();
    return PERSON.matcher(piece).matches()
        && !outlets.soundsLikeOutlet(piece)
        && outlets.couldBeOutlet(piece);
  }

  private boolean readWhole(String plain, int words, Place place, MetaDraft draft) {
    OutletReader outlets = readers.outlets();
    String url = outlets.url(plain);
    if (url != null) {
      draft.url(url);
      return true;
    }
    String source = outlets.source(plain);
    if (source != null || outlets.isGenericSource(plain)) {
      draft.outlet(source, OutletEvidence.SOURCE_LINE);
      return true;
    }
    Byline byline = readers.bylines().read(plain);
    if (byline != null) {
      if (place.isSiteName(byline.author())) {
        draft.outlet(byline.author(), OutletEvidence.BYLINE);
      } else {
        draft.author(byline.author());
      }
      draft.outlet(byline.outlet(), OutletEvidence.BYLINE);
      draft.published(byline.date(), place.dateEvidence());
      return true;
    }
    return readDateLine(plain, place, draft) || readOutletLine(plain, words, place, draft);
  }

  private boolean readDateLine(String plain, Place place, MetaDraft draft) {
    DateReader.DateLine date = readers.dates().dateLine(plain);
    if (date != null) {
      boolean clock = place.isClock(date);
      // Below the headline it may still be the clock: a date written without one outranks it.
      boolean weekday = date.weekday() && place.inHeader();
      if (!clock) {
        draft.published(
            date.date(), weekday ? DateEvidence.WEEKDAY_DATE_LINE : place.dateEvidence());
      }
      return true;
    }
    return readers.dates().isDateStub(plain);
  }

  private boolean readOutletLine(String plain, int words, Place place, MetaDraft draft) {
    OutletReader outlets = readers.outlets();
    OutletReader.DatedOutlet dated = outlets.datedOutlet(plain);
    if (dated != null) {
      // "Reuters September 12, 2021" names the outlet; "Jane Roe September 12, 2021" the author.
      if (readers.outletDirectory().soundsLikeOutlet(dated.outlet())) {
        draft.outlet(dated.outlet(), OutletEvidence.SIGN_OFF);
      } else {
        draft.author(dated.outlet());
      }
      draft.published(dated.date(), place.dateEvidence());
      return true;
    }
    OutletReader.DatedOutlet printed = outlets.publishedIn(plain);
    if (printed != null) {
      draft.outlet(printed.outlet(), OutletEvidence.SIGN_OFF);
      draft.published(printed.date(), place.dateEvidence());
      return true;
    }
    String signed = outlets.signOff(plain);
    if (signed == null && words <= LONGEST_ATTRIBUTION_WORDS) {
      signed = outlets.attribution(plain);
    }
    if (signed != null) {
      draft.outlet(signed, OutletEvidence.SIGN_OFF);
      return true;
    }
    String site = place.inHeader() ? outlets.siteName(plain) : null;
    draft.outlet(site, OutletEvidence.SITE_NAME);
    return site != null;
  }
}
