package org.attache.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: pages written by us in the styles of several sites ({@code
 * src/test/resources/layouts/NAME.txt}) and the layout expected of each beside it ({@code
 * NAME.expected.txt}). Run with {@code -Dgolden.update=true} to rewrite them, then review the diff.
 */
class LayoutGoldenTest {
  private static final Path FOLDER = Path.of("src", "test", "resources", "layouts");

  static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files
          .filter(p -> p.toString().endsWith(".txt") && !p.toString().endsWith(".expected.txt"))
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest
  @MethodSource("pages")
  void readsPageAsExpected(Path page) throws IOException {
    String text = Files.readString(page, StandardCharsets.UTF_8);
    Layout layout = LayoutReader.standard().read(text);
    LayoutInvariants.check(text, layout);
    String actual = render(text, layout);
    Path expected =
        page.resolveSibling(page.getFileName().toString().replace(".txt", ".expected.txt"));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(expected)
        .as("no expected layout for %s: run with -Dgolden.update=true and review it", page)
        .exists();
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  static String render(String text, Layout layout) {
    ReportMeta meta = layout.meta();
    StringBuilder out = new StringBuilder();
    out.append("title: ").append(meta.title()).append('\n');
    out.append("outlet: ").append(meta.outlet()).append('\n');
    out.append("author: ").append(meta.author()).append('\n');
    out.append("published: ").append(meta.published()).append('\n');
    out.append("dateline: ").append(meta.dateline()).append('\n');
    out.append("datelineDate: ").append(meta.datelineDate()).append('\n');
    out.append("url: ").append(meta.url()).append('\n');
    for (TextBlock block : layout.blocks()) {
      out.append(String.format("%-9s %s%n", block.role(), block.span().of(text)));
    }
    return out.toString();
  }
}
