package org.attache.core.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTextExtractorTest {
  private final MainTextExtractor extractor = MainTextExtractor.standard();

  private static String page(String name) throws IOException {
    try (InputStream in = MainTextExtractorTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void keepsTheArticleParagraphsAndSubheadingsInOrder() throws IOException {
    HtmlArticle a = extractor.extract(page("visit-page.html"), "https://ledger.example/");

    assertThat(a.paragraphs())
        .hasSize(5)
        .first()
        .asString()
        .startsWith("TBILISI, April 11. The defence ministers");
    assertThat(a.paragraphs()).contains("Training plans");
    assertThat(a.paragraphs().get(4)).startsWith("According to the ministry");
  }

  @Test
  void dropsNavigationAdsSharingTeasersCommentsAndFooter() throws IOException {
    String body = extractor.extract(page("visit-page.html"), "").body();

    assertThat(body)
        .doesNotContain("Politics")
        .doesNotContain("Advertisement")
        .doesNotContain("Share on Facebook")
        .doesNotContain("naval drill")
        .doesNotContain("great news for the region")
        .doesNotContain("Most read")
        .doesNotContain("All rights reserved")
        .doesNotContain("Read more");
  }

  @Test
  void readsHeadlineAuthorDateOutletAndAddressFromTheMarkup() throws IOException {
    HtmlArticle a = extractor.extract(page("visit-page.html"), "");

    assertThat(a.meta().title())
        .isEqualTo("Georgian and Armenian defence ministers meet in Tbilisi");
    assertThat(a.meta().author()).isEqualTo("Nino Beridze");
    assertThat(a.meta().published()).isEqualTo("2023-04-11");
    assertThat(a.meta().outlet()).isEqualTo("The Caspian Ledger");
    assertThat(a.meta().url()).isEqualTo("https://ledger.example/defence/ministers-meet-tbilisi");
  }

  @Test
  void laysTheArticleOutLikeATextReport() throws IOException {
    String text = extractor.extract(page("visit-page.html"), "").reportText();

    assertThat(text)
        .startsWith(
            "Georgian and Armenian defence ministers meet in Tbilisi\n\n"
                + "By Nino Beridze\nPublished: 2023-04-11\n\n"
                + "TBILISI, April 11.");
    assertThat(text).contains("near Kutaisi in June.\n").doesNotContain("\n\n\n");
  }

  @Test
  void prefersJsonLdOverMetaTagsAndFallsBackOnTimeElements() {
    String html =
        "<html><head><meta property='og:title' content='Short title'>"
            + "<script type='application/ld+json'>{\"@type\": [\"NewsArticle\"], \"headline\":"
            + " \"The full headline\", \"author\": {\"name\": \"Aziz Karimov\"}}</script>"
            + "<script type='application/ld+json'>{ this is not json</script></head><body>"
            + "<article><time datetime='2022-09-30T10:00'>Friday</time>"
            + "<p>The delegation arrived in Tashkent on Friday, the ministry said in a"
            + " statement, and held talks on border security.</p></article></body></html>";

    HtmlArticle a = extractor.extract(html, "");

    assertThat(a.meta().title()).isEqualTo("The full headline");
    assertThat(a.meta().author()).isEqualTo("Aziz Karimov");
    assertThat(a.meta().published()).isEqualTo("2022-09-30");
    assertThat(a.body()).startsWith("The delegation arrived in Tashkent");
  }

  @Test
  void readsTextThatSitsInDivsWithLineBreaksInsteadOfParagraphs() {
    String sentence =
        "The two navies will hold a joint search and rescue drill off the coast, the statement"
            + " said, with four ships and two helicopters taking part. ";
    String html =
        "<html><body><div class='menu'><a href='/'>Home</a> <a href='/n'>News</a></div>"
            + "<div class='col-9'>"
            + sentence
            + "<br><br>"
            + sentence
            + "<br></div></body></html>";

    assertThat(extractor.extract(html, "").body()).contains("joint search and rescue");
  }

  @Test
  void keepsAnArticleWrapperWhoseNameLooksLikeFurniture() {
    String para =
        "<p>Officers from both states reviewed the results of the exercise, which lasted five days"
            + " and involved artillery units, according to the ministry.</p>";
    String html =
        "<html><body><div class='widget blog-sidebar-layout'>"
            + para
            + para
            + "</div></body></html>";

    assertThat(extractor.extract(html, "").paragraphs()).hasSize(2);
  }

  @Test
  void findsNothingInAPageWithoutProse() {
    String html = "<html><body><nav><a href='/'>Home</a></nav><p>Hi</p></body></html>";

    assertThat(extractor.extract(html, "").body()).doesNotContain("Home");
  }

  private static final String PROSE =
      "The delegation inspected the border posts on Thursday, the statement said, and met the"
          + " commanders of the units stationed in the valley. ";

  @Test
  void joinsTheChunksOfAnArticleSplitByAdvertisements() {
    String html =
        "<html><body><div class='page'><div class='body-part'><p>"
            + PROSE
            + "First part.</p><p>"
            + PROSE
            + "</p></div></div><div class='ad-slot'>Buy now</div><div class='page2'>"
            + "<div class='body-part'><p>"
            + PROSE
            + "Second part.</p></div></div><div class='teasers'><a href='/x'>Other story with a"
            + " long title</a></div></body></html>";

    String body = extractor.extract(html, "").body();

    assertThat(body).contains("First part.").contains("Second part.").doesNotContain("Buy now");
  }

  @Test
  void takesTheElementMarkedAsArticleBodyByMicrodata() {
    String html =
        "<html><body><div class='story'><p>"
            + PROSE
            + "</p><p>"
            + PROSE
            + "</p><p>"
            + PROSE
            + "</p></div><div itemprop='articleBody'><p>"
            + PROSE
            + "</p><p>"
            + PROSE
            + "</p><p>Marked text.</p></div></body></html>";

    assertThat(extractor.extract(html, "").paragraphs())
        .containsExactly(PROSE.strip(), PROSE.strip(), "Marked text.");
  }

  @Test
  void takesTheSchemaArticleBodyWhenThePageShowsOnlyATeaser() {
    String html =
        "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\","
            + " \"articleBody\": \"Full first paragraph of the report, long enough to count."
            + "\\nFull second paragraph, which the page hides behind its paywall.\\nThird.\"}"
            + "</script></head><body><article><p>Full first paragraph of the report.</p>"
            + "</article></body></html>";

    assertThat(extractor.extract(html, "").paragraphs())
        .containsExactly(
            "Full first paragraph of the report, long enough to count.",
            "Full second paragraph, which the page hides behind its paywall.",
            "Third.");
  }

  @Test
  void dropsFigureCaptions() {
    String html =
        "<html><body><article><p>"
            + PROSE
            + "</p><figure><img src='a.jpg'><figcaption>Soldiers at the border post, in a photo"
            + " from the ministry.</figcaption></figure><p>"
            + PROSE
            + "</p></article></body></html>";

    assertThat(extractor.extract(html, "").body()).doesNotContain("Soldiers at the border");
  }
}
