package org.attache.core.ingest.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attache.core.ingest.LoadResult;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
  private final FeedReader reader = new FeedReader();

  private List<LoadResult> read(String xml) {
    return reader.read("news.rss", xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void eachRssItemBecomesAReportWithItsTitleDateAndLink() {
    List<LoadResult> r =
        read(
            "<?xml version='1.0'?><rss version='2.0'><channel><title>Steppe Wire</title>"
                + "<item><title>Border talks resume</title><link>https://sw.example/1</link>"
                + "<pubDate>Tue, 04 Jul 2023 08:00:00 GMT</pubDate>"
                + "<description>&lt;p&gt;Officials met in Astana.&lt;/p&gt;&lt;p&gt;They agreed"
                + " on patrols.&lt;/p&gt;</description></item>"
                + "<item><title>Empty</title></item></channel></rss>");

    assertThat(r).hasSize(2);
    assertThat(r.get(0).ok()).isTrue();
    assertThat(r.get(0).source().path()).isEqualTo("news.rss#1");
    assertThat(r.get(0).source().text())
        .isEqualTo(
            "Border talks resume\n\nPublished: 2023-07-04\n\n"
                + "Officials met in Astana.\n\nThey agreed on patrols.\n");
    assertThat(r.get(0).source().origin().hints().outlet()).isEqualTo("Steppe Wire");
    assertThat(r.get(0).source().origin().hints().url()).isEqualTo("https://sw.example/1");
    assertThat(r.get(1).problem().message()).contains("no text");
  }

  @Test
  void readsAtomEntriesWithTheirAuthors() {
    List<LoadResult> r =
        read(
            "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
                + "<title>Gulf Desk</title><id>urn:x</id><updated>2023-01-02T00:00:00Z</updated>"
                + "<entry><title>Frigate visit</title><id>urn:1</id>"
                + "<updated>2023-01-02T00:00:00Z</updated><author><name>Sara Haddad</name></author>"
                + "<content type='html'>&lt;p&gt;A frigate docked in Doha.&lt;/p&gt;</content>"
                + "</entry></feed>");

    assertThat(r).singleElement().satisfies(x -> assertThat(x.ok()).isTrue());
    assertThat(r.get(0).source().text()).contains("By Sara Haddad").contains("Doha");
  }

  @Test
  void refusesEntityBombsAndBrokenXmlAsOneProblem() {
    String bomb =
        "<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>"
            + "<!ENTITY lol2 '&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;'>]>"
            + "<rss><channel><title>&lol2;</title></channel></rss>";

    assertThat(read(bomb)).singleElement().satisfies(x -> assertThat(x.ok()).isFalse());
    assertThat(read("<rss><channel><item>"))
        .singleElement()
        .satisfies(x -> assertThat(x.problem().message()).contains("not a readable RSS"));
  }
}
