package org.attache.core.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.attache.core.ingest.Origin;
import org.attache.core.ingest.SourceText;
import org.attache.core.meta.ReportMeta;
import org.attache.core.read.ReadingJson;
import org.junit.jupiter.api.Test;

class HtmlReportReaderTest {
  private static final String PROSE =
      "The two chiefs of staff reviewed the plan for the autumn exercise on Monday, the ministry"
          + " said, and agreed to exchange liaison officers.";

  private static SourceText read(String html) {
    return HtmlReportReader.standard()
        .read("page.html", html.getBytes(StandardCharsets.UTF_8))
        .source();
  }

  private static String page(String name) throws IOException {
    try (InputStream in = HtmlReportReaderTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void marksTheArticleTextAtTheEndOfTheReportText() throws IOException {
    SourceText s = read(page("visit-page.html"));

    assertThat(s.text()).startsWith("Georgian and Armenian defence ministers meet in Tbilisi\n\n");
    assertThat(s.articleText()).startsWith("TBILISI, April 11.").endsWith("in June.\n");
    assertThat(s.text().substring(s.origin().articleStart())).isEqualTo(s.articleText());
  }

  @Test
  void takesTheByOutOfAnAuthorTagThatCarriesIt() {
    SourceText s =
        read(
            "<html><head><meta name='author' content='By Jane Roe'></head><body><article><p>"
                + PROSE
                + "</p></article></body></html>");

    assertThat(s.origin().hints().author()).isEqualTo("Jane Roe");
    assertThat(s.text()).startsWith("By Jane Roe\n\n").doesNotContain("By By");
  }

  @Test
  void dropsGalleryControlsAndRepeatsOfTheHeadline() {
    SourceText s =
        read(
            "<html><head><meta property='og:title' content='Chiefs of staff meet'></head><body>"
                + "<article><p>"
                + PROSE
                + "</p><div class='slides'><div>Caption</div><div>Close</div>"
                + "<div>Chiefs of staff meet</div><div>Back to Gallery</div></div><p>"
                + PROSE
                + "</p></article></body></html>");

    assertThat(s.articleText()).isEqualTo(PROSE + "\n\n" + PROSE + "\n");
    assertThat(s.text()).isEqualTo("Chiefs of staff meet\n\n" + s.articleText());
  }

  @Test
  void takesAllOfATextFileAsItsArticle() {
    SourceText s = new SourceText("a1b2c3d4e5f6a7b8", "a.txt", "Headline\n\nBody.\n", "a1b2");

    assertThat(s.articleText()).isEqualTo(s.text());
  }

  @Test
  void keepsWhereTheArticleStartsThroughJson() throws IOException {
    Origin o =
        new Origin("html", new ReportMeta("T", null, null, null, null, null, null), "<p>", 3);

    assertThat(ReadingJson.MAPPER.readValue(ReadingJson.toJson(o), Origin.class)).isEqualTo(o);
  }
}
