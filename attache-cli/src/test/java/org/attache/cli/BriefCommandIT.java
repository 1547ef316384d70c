package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attache brief} over reports we wrote: its figures and citations hold together. */
class BriefCommandIT {
  @TempDir static Path dir;
  static String db;

  private static final List<String> REPORTS =
      List.of(
          "Pakistani general visits Baku\n\n"
              + "BAKU, Azerbaijan, March 4, 2021. Chairman of the Joint Chiefs of Staff Committee"
              + " of Pakistan, General Tariq Mahmood, arrived in Azerbaijan on an official visit"
              + " on March 3, 2021.\n\n"
              + "Minister of Defense of Azerbaijan, Colonel General Rauf Guliyev, met General"
              + " Tariq Mahmood in Baku on March 3, 2021.\n",
          "Azerbaijan and Pakistan sign defence memorandum\n\n"
              + "ISLAMABAD, Pakistan, October 12, 2022. Azerbaijan and Pakistan signed a"
              + " memorandum of understanding on military education in Islamabad on October 11,"
              + " 2022.\n\n"
              + "Colonel General Rauf Guliyev held talks with General Tariq Mahmood in Islamabad"
              + " on October 11, 2022.\n",
          "Special forces of Azerbaijan and Pakistan end joint drill\n\n"
              + "BAKU, Azerbaijan, September 20, 2023. Special forces of Azerbaijan and Pakistan"
              + " held the joint exercise Iron Crescent near Baku from September 10 to September"
              + " 19, 2023.\n");

  @BeforeAll
  static void analyse() throws IOException {
    Path in = Files.createDirectories(dir.resolve("reports"));
    for (int i = 0; i < REPORTS.size(); i++) {
      Files.writeString(in.resolve("r" + i + ".txt"), REPORTS.get(i));
    }
    db = dir.resolve("kb.db").toString();
    assertThat(run("analyze", in.toString(), "--db", db)).startsWith("0\n");
  }

  private static String run(String... args) {
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return Main.run(args) + "\n" + err.toString(StandardCharsets.UTF_8);
    } finally {
      System.setErr(old);
    }
  }

  @Test
  void everyCitationOfTheHtmlBriefResolvesToASourceWithItsEvidence() throws IOException {
    Path out = dir.resolve("b.html");
    assertThat(run("brief", "AZ", "PK", "--db", db, "--format", "html", "--out", out.toString()))
        .startsWith("0\n");
    String html = Files.readString(out);

    Set<String> cited = all(html, "href=\"#src-(\\d+)\"");
    Set<String> sources = all(html, "<li id=\"src-(\\d+)\">");
    assertThat(cited).isNotEmpty();
    assertThat(sources).containsAll(cited);
    assertThat(html).contains("Azerbaijan \u2013 Pakistan: defence relations");
    assertThat(html).contains("Tariq Mahmood").contains("<svg");
    // Each source quotes a sentence of one of our reports.
    Matcher evidence = Pattern.compile("class=\"evidence\">\u201c(.*?)\u201d").matcher(html);
    int quoted = 0;
    while (evidence.find()) {
      String sentence = evidence.group(1).replace("&amp;", "&");
      assertThat(REPORTS.stream().anyMatch(r -> r.replaceAll("\\s+", " ").contains(sentence)))
          .as(sentence)
          .isTrue();
      quoted++;
    }
    assertThat(quoted).isEqualTo(sources.size());
  }

  @Test
  void theFiguresAddUpToTheEventsFound() throws IOException {
    Path out = dir.resolve("b.md");
    run("brief", "AZ", "PK", "--db", db, "--format", "md", "--out", out.toString());
    String md = Files.readString(out);

    Matcher total = Pattern.compile("found (\\d+) events? between").matcher(md);
    assertThat(total.find()).isTrue();
    int events = Integer.parseInt(total.group(1));
    String summary = md.substring(md.indexOf("## Summary"), md.indexOf("## Events by year"));
    int byType =
        Pattern.compile("\n- (\\d+) ")
            .matcher(summary)
            .results()
            .mapToInt(m -> Integer.parseInt(m.group(1)))
            .sum();
    assertThat(byType).isEqualTo(events);
    String timeline = md.substring(md.indexOf("## Timeline"), md.indexOf("## Officials of"));
    assertThat(timeline.lines().filter(l -> l.startsWith("- ")).count()).isEqualTo(events);
    assertThat(events).isGreaterThanOrEqualTo(3);
    assertThat(md).contains("| 2021 |").contains("| 2023 |");
  }

  @Test
  void yearsOutsideTheRangeAreLeftOut() throws IOException {
    Path out = dir.resolve("late.md");
    run(
        "brief",
        "AZ",
        "PK",
        "--db",
        db,
        "--from",
        "2023",
        "--format",
        "md",
        "--out",
        out.toString());
    String md = Files.readString(out);

    assertThat(md).doesNotContain("| 2021 |").doesNotContain("| 2022 |");
  }

  @Test
  void writesAPdf() throws IOException {
    Path out = dir.resolve("b.pdf");
    assertThat(run("brief", "AZ", "PK", "--db", db, "--format", "pdf", "--out", out.toString()))
        .startsWith("0\n");
    byte[] pdf = Files.readAllBytes(out);
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(pdf.length).isGreaterThan(5_000);
  }

  @Test
  void anUnknownStateCodeIsNamedWithWhatToDo() {
    assertThat(run("brief", "AZ", "QQ", "--db", db)).startsWith("2\n").contains("'QQ'");
  }

  private static Set<String> all(String text, String regex) {
    return Pattern.compile(regex)
        .matcher(text)
        .results()
        .map(m -> m.group(1))
        .collect(Collectors.toSet());
  }
}
