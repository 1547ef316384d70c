package org.attache.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Random pages assembled from header, body and furniture lines of our own: the layout never fails
 * and always satisfies {@link LayoutInvariants}, and reading is deterministic across threads.
 */
class LayoutPropertiesTest {
  private static final List<String> FRAGMENTS =
      List.of(
          " date 2022-04-05 ",
          "BAKU, Azerbaijan, April 5. ",
          "Navies of two states hold drill",
          "## **TWO ARMIES MEET IN TASHKENT**",
          "By Jane Roe – Trend:",
          "By Web Desk",
          "Reuters April 5, 2022",
          "Monday, April 4, 2022",
          "# 10:15",
          "| 2022",
          "Date:",
          "ISLAMABAD:",
          "New Delhi, Apr 5 (PTI) ",
          "The two ministers met in the capital on Tuesday and discussed joint exercises.",
          "Both sides agreed to expand training of officers, the ministry said.",
          "The exercise will last until April 12.",
          "Related articles",
          "Follow us on Twitter @example",
          "Home › World › Asia",
          "© example.org",
          "Copyright © 2022 Example Herald | All rights reserved",
          "Source: Radio Example",
          "<https://example.org/news/1.html>",
          "14 C",
          "PTI AB CD",
          "Loading...",
          "—",
          "   ",
          "\t",
          "Ünïcödé line ‑ with “quotes” …",
          "x");

  @Test
  void randomPagesKeepTheInvariants() {
    Random random = new Random(20240501L);
    for (int round = 0; round < 600; round++) {
      String text = randomPage(random);
      Layout layout = LayoutReader.standard().read(text);
      LayoutInvariants.check(text, layout);
    }
  }

  @Test
  void readsTheSameLayoutOnEveryThread() {
    Random random = new Random(7L);
    List<String> pages = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      pages.add(randomPage(random));
    }
    List<Layout> sequential = pages.stream().map(LayoutReader.standard()::read).toList();
    List<Layout> parallel =
        IntStream.range(0, pages.size())
            .parallel()
            .mapToObj(i -> LayoutReader.standard().read(pages.get(i)))
            .toList();
    assertThat(parallel).isEqualTo(sequential);
  }

  @Test
  void readsEmptyAndBlankTexts() {
    for (String text : List.of("", " ", "\n\n\r\n", "\u00A0\u200B")) {
      Layout layout = LayoutReader.standard().read(text);
      assertThat(layout.blocks()).isEmpty();
      assertThat(layout.meta()).isEqualTo(ReportMeta.EMPTY);
    }
  }

  private static String randomPage(Random random) {
    StringBuilder page = new StringBuilder();
    int lines = 1 + random.nextInt(14);
    for (int i = 0; i < lines; i++) {
      page.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
      if (random.nextInt(4) == 0) {
        page.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
      }
      page.append(random.nextBoolean() ? "\n\n" : random.nextBoolean() ? "\r\n" : "\n");
    }
    return page.toString();
  }
}
