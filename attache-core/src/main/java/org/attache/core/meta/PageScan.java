package org.attache.core.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.core.meta.MetaDraft.DateEvidence;
import org.attache.core.meta.MetaDraft.OutletEvidence;

/**
 * One pass over one report: gives each line its role, in text order, while the metadata is read.
 * The header (lines before the first sentence of prose) is where titles, page clocks and site
 * labels live; the dateline opens one of the first paragraphs. Not thread-safe: one per report.
 */
final class PageScan {
  private static final Pattern CRAWL_HEADER =
      Pattern.compile("^date\\s+(\\d{4})-(\\d{2})-(\\d{2})(?=\\s|$)");
  private static final int LONGEST_TITLE_WORDS = 20;

  /** A sentence ending inside a line, after a word too long to be an abbreviation ("Gen."). */
  private static final Pattern INNER_SENTENCE_END =
      Pattern.compile("(?<![\\p{L}.])\\p{L}\\p{Ll}{3,}[.!?]\\s+\\p{Lu}");

  private static final int SHOUTED_NAME_LINES = 2;
  private static final int SHOUTED_NAME_WORDS = 5;
  private static final int PARAGRAPHS_WITH_DATELINE = 2;
  private static final int PARAGRAPHS_WITH_REPORTER = 3;

  private final PageReaders readers;
  private final MetaLineReader metaLines;
  private final MetaDraft draft = new MetaDraft();
  private final List<TextBlock> crawlHeader = new ArrayList<>();
  private final List<Line> lines;
  private final List<String> keys;
  private final Map<String, Integer> keyCounts = new HashMap<>();
  private final Masthead masthead;

  /** Which lines stand aside from the report (furniture, masthead, metadata), read once each. */
  private final Boolean[] asides;

  /** The headline's line, -1 when no heading-like line leads the first paragraph. */
  private final int headline;

  private boolean inHeader = true;
  private int paragraphs;

  PageScan(PageReaders readers, String text) {
    this.readers = readers;
    this.metaLines = new MetaLineReader(readers);
    this.lines = withoutCrawlHeader(Line.split(text));
    this.keys = lines.stream().map(l -> key(l.plain())).toList();
    keys.forEach(k -> keyCounts.merge(k, 1, Integer::sum));
    this.masthead = Masthead.find(lines, readers);
    this.asides = new Boolean[lines.size()];
    this.headline = findHeadline();
  }

  /**
   * The headline is the heading-like line nearest above the report's first paragraph, past the
   * date, byline and labels between them: whatever stands higher (a site's banner or name, a menu,
   * an audio widget) is the page's, not the report's. A standfirst is a paragraph of its own, so
   * the headline above it is still found.
   */
  private int findHeadline() {
    int first = firstParagraph();
    Set<String> sentences = new HashSet<>();
    for (int k = first; k < lines.size(); k++) {
      if (lines.get(k).isProse()) {
        sentences.add(keys.get(k));
      }
    }
    for (int j = first - 1; j >= 0; j--) {
      // A caption that a sentence of the report repeats ("The two navies sailed on Monday").
      if (!isAside(j) && !sentences.contains(keys.get(j)) && isTitle(j)) {
        // A deck right under the headline ("Exercise to run until Friday, says ministry").
        boolean deck = j > 0 && !isAside(j - 1) && isTitle(j - 1);
        return deck ? j - 1 : j;
      }
    }
    return -1;
  }

  /**
   * The first line of prose, or of a lead-in to a list ("The agreement will allow:"), that is not
   * furniture or metadata; the page's end when there is none.
   */
  private int firstParagraph() {
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      boolean leadIn = line.text().endsWith(":") && line.words() >= 3;
      // A long headline without a stop ("Readout of the Secretary's Meeting With ...") is none.
      boolean paragraph = line.isProse() && !(!line.endsSentence() && isTitle(i));
      if ((paragraph || leadIn) && !isAside(i)) {
        return i;
      }
    }
    return lines.size();
  }

  /**
   * Furniture, the masthead or a line of metadata only: what stands between headline and report.
   */
  private boolean isAside(int i) {
    if (asides[i] == null) {
      asides[i] = readAside(i);
    }
    return asides[i];
  }

  private boolean readAside(int i) {
    Line line = lines.get(i);
    String plain = line.plain();
    if (readers.furniture().isFurniture(line)
        || readers.outlets().isCopyright(plain)
        || (masthead != null && (masthead.index() == i || masthead.tagline() == i))) {
      return true;
    }
    var place = new MetaLineReader.Place(true, false, masthead);
    if (metaLines.read(line, place, new MetaDraft())) {
      return true;
    }
    // "Lusaka, 14 February 2025" or "MOMBASA" on its own line under the headline.
    Dateline dateline = readers.datelines().read(line.text());
    return dateline != null
        && (dateline.date() != null || line.text().substring(dateline.length()).isBlank());
  }

  Layout read() {
    List<List<TextBlock>> roles = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      roles.add(classify(i));
    }
    new TeaserFilter(lines).apply(roles);
    List<TextBlock> blocks = new ArrayList<>(crawlHeader);
    roles.forEach(blocks::addAll);
    return new Layout(draft.build(), blocks);
  }

  /** Scrapes glue {@code " date 2021-03-03 "} before the first line: a META block of its own. */
  private List<Line> withoutCrawlHeader(List<Line> all) {
    if (all.isEmpty()) {
      return all;
    }
    Line first = all.get(0);
    Matcher m = CRAWL_HEADER.matcher(first.text());
    if (!m.lookingAt()) {
      return all;
    }
    crawlHeader.add(new TextBlock(first.upTo(m.end()).span(), BlockRole.META));
    draft.published(
        PartialDate.of(
            Integer.valueOf(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))),
        DateEvidence.CRAWL_HEADER);
    List<Line> rest = new ArrayList<>(all.subList(1, all.size()));
    Line remainder = first.from(m.end());
    if (remainder != null) {
      rest.add(0, remainder);
    }
    return rest;
  }

  private List<TextBlock> classify(int i) {
    Line line = lines.get(i);
    String plain = line.plain();
    if (readers.outlets().isCopyright(plain)) {
      draft.outlet(readers.outlets().copyrightHolder(plain), OutletEvidence.COPYRIGHT);
      return one(line, BlockRole.META);
    }
    if (readers.furniture().isFurniture(line)) {
      return one(line, BlockRole.FURNITURE);
    }
    if (masthead != null && masthead.index() == i) {
      draft.outlet(
          masthead.name(), masthead.byShape() ? OutletEvidence.PAGE_TOP : OutletEvidence.SITE_NAME);
      return one(line, BlockRole.META);
    }
    if (masthead != null && masthead.tagline() == i) {
      return one(line, BlockRole.FURNITURE);
    }
    var place = new MetaLineReader.Place(inHeader, draft.hasTitle(), masthead);
    if (metaLines.read(line, place, draft)) {
      return one(line, BlockRole.META);
    }
    if (!draft.hasDateline() && paragraphs < PARAGRAPHS_WITH_DATELINE) {
      List<TextBlock> dateline = readDateline(line, headline < 0 || i > headline);
      if (dateline != null) {
        return dateline;
      }
    }
    if (metaLines.readBareByline(line, place, besideDate(i), draft)) {
      return one(line, BlockRole.META);
    }
    return classifyText(i, line, plain);
  }

  /** Whether the line before or after line {@code i} is a date line. */
  private boolean besideDate(int i) {
    return (i > 0 && readers.dates().dateLine(lines.get(i - 1).plain()) != null)
        || (i + 1 < lines.size() && readers.dates().dateLine(lines.get(i + 1).plain()) != null);
  }

  /** Headline, repeated caption, header label or body: what is left once metadata is read. */
  private List<TextBlock> classifyText(int i, Line line, String plain) {
    // The dateline opens the story: a headline-like line below it is a caption or standfirst.
    boolean heading = headline >= 0 ? i == headline : !draft.hasDateline() && isTitle(i);
    if (!draft.hasTitle() && inHeader && heading) {
      draft.title(
          readers.outlets().withoutSiteName(plain, s -> draft.outlet(s, OutletEvidence.SITE_NAME)));
      return one(line, BlockRole.HEADLINE);
    }
    if (i < headline) {
      // The page's own lines above the report's headline, or a copy of it, perhaps with the
      // site's name after it ("Navies drill off Oman | Harbour Review").
      List<String> site = new ArrayList<>();
      String copy = readers.outlets().withoutSiteName(plain, site::add);
      if (!key(copy).equals(keys.get(headline))) {
        return one(line, BlockRole.FURNITURE);
      }
      site.forEach(s -> draft.outlet(s, OutletEvidence.SITE_NAME));
      return one(line, BlockRole.HEADLINE);
    }
    if (draft.hasTitle() && isHeadlineCopy(i)) {
      return one(line, BlockRole.HEADLINE);
    }
    if (isEcho(i) || (inHeader && !line.isProse() && line.words() <= 3)) {
      return one(line, BlockRole.FURNITURE);
    }
    return body(line);
  }

  /** A dateline opening the line: META for it, BODY for the rest; null when there is none. */
  private List<TextBlock> readDateline(Line line, boolean belowHeadline) {
    Dateline dateline = readers.datelines().read(line.text(), belowHeadline);
    if (dateline == null) {
      return null;
    }
    draft.dateline(dateline);
    // "Hai Phong (SRP) –" under the masthead "Silver River Press" names the site in initials.
    String wire =
        masthead != null && masthead.abbreviatedAs(dateline.outlet())
            ? masthead.name()
            : readers.outletDirectory().name(dateline.outlet());
    draft.outlet(wire, OutletEvidence.DATELINE);
    Line head = line.upTo(dateline.length());
    Line rest = line.from(dateline.length());
    draft.published(dateline.date(), DateEvidence.DATELINE); // counts only with its year
    List<TextBlock> blocks = new ArrayList<>();
    if (head != null) {
      blocks.add(new TextBlock(head.span(), BlockRole.META));
    }
    if (rest != null) {
      blocks.addAll(body(rest));
    }
    return blocks;
  }

  private List<TextBlock> body(Line line) {
    if (line.text().endsWith(":") && line.words() >= 3) {
      inHeader = false; // a lead-in to a list: the report has begun
    }
    if (line.isProse()) {
      inHeader = false;
      paragraphs++;
      if (paragraphs <= PARAGRAPHS_WITH_REPORTER) {
        OutletReader outlets = readers.outlets();
        draft.outlet(outlets.selfReference(line.text()), OutletEvidence.SELF_REFERENCE);
        draft.outlet(outlets.interviewer(line.text()), OutletEvidence.INTERVIEW);
      }
    }
    return one(line, BlockRole.BODY);
  }

  /**
   * A line of market figures a page prints above its story ("XYZ 42.96 Increased By ▲ 1.36
   * (3.27%)"): arrows of a rise or fall, or numbers in two words of five or more.
   */
  static boolean isTicker(String plain, int words) {
    if (plain.matches(".*[▲▼△▽↑↓].*")) {
      return true;
    }
    long numbers =
        java.util.Arrays.stream(plain.split("\\s+")).filter(w -> w.matches(".*\\d.*")).count();
    return numbers >= 2 && numbers * 5 >= words * 2;
  }

  /**
   * A headline: a line of a few words to a short clause, not a label ("Pakistan Defence Ministry");
   * a final period only on a short single clause standing above non-prose (a question mark is fine:
   * headlines ask).
   */
  private boolean isTitle(int i) {
    Line line = lines.get(i);
    String plain = line.plain();
    int words = line.words();
    if (words < 3 || words > LONGEST_TITLE_WORDS || plain.endsWith(":") || plain.endsWith(",")) {
      return false;
    }
    if (words == 3 && !plain.matches(".*(?<![\\p{L}])\\p{Ll}.*")) {
      return false;
    }
    // A site's name in capitals at the top of the page ("EASTERN MARCHES DEFENCE DIGEST").
    if (i < SHOUTED_NAME_LINES
        && words <= SHOUTED_NAME_WORDS
        && Masthead.shouting(plain)
        && !plain.matches(".*[,:;.!?].*")) {
      return false;
    }
    if (isTicker(plain, words)) {
      return false;
    }
    if (INNER_SENTENCE_END.matcher(plain).find()) {
      return false; // two sentences make a notice or a paragraph; a headline is one clause
    }
    if (plain.endsWith(".")) {
      boolean aboveLabel = i + 1 < lines.size() && !lines.get(i + 1).isProse();
      return words <= 10 && !plain.matches(".*[.!?]\\s+\\p{Lu}.*") && aboveLabel;
    }
    return true;
  }

  /** The headline again, perhaps with the site's name after it. */
  private boolean isHeadlineCopy(int i) {
    String title = key(draft.title());
    String copy = key(readers.outlets().withoutSiteName(lines.get(i).plain(), s -> {}));
    return keys.get(i).equals(title) || copy.equals(title);
  }

  /** A caption: a line without a final stop whose words occur again elsewhere on the page. */
  private boolean isEcho(int i) {
    return !lines.get(i).endsSentence() && keyCounts.get(keys.get(i)) > 1;
  }

  private static List<TextBlock> one(Line line, BlockRole role) {
    return new ArrayList<>(List.of(new TextBlock(line.span(), role)));
  }

  /** Case, punctuation and Markdown do not tell two copies of a line apart. */
  static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
