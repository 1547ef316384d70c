package org.attache.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentFormatTest {
  private static DocumentFormat sniff(String s) {
    return DocumentFormat.sniff(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void tellsFormatsByTheirFirstBytes() {
    assertThat(sniff("\uFEFF<!DOCTYPE html><html>")).isEqualTo(DocumentFormat.HTML);
    assertThat(sniff("  <div><p>text</p></div>")).isEqualTo(DocumentFormat.HTML);
    assertThat(sniff("<?xml version='1.0'?>\n<rss version='2.0'>")).isEqualTo(DocumentFormat.FEED);
    assertThat(sniff("<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>"))
        .isEqualTo(DocumentFormat.FEED);
    assertThat(sniff("{\"title\": \"x\"}\n{\"title\": \"y\"}")).isEqualTo(DocumentFormat.JSONL);
    assertThat(sniff("WARC/1.0\r\nWARC-Type: warcinfo")).isEqualTo(DocumentFormat.WARC);
    assertThat(sniff("Ministers meet in Baku\n\nBAKU, May 4.")).isEqualTo(DocumentFormat.TEXT);
  }

  @Test
  void aTextWithAngleBracketsOrBracesInsideIsStillText() {
    assertThat(sniff("Headline\n\nA < B and C > D.")).isEqualTo(DocumentFormat.TEXT);
    assertThat(sniff("Headline\n\nThe code {x} was used.")).isEqualTo(DocumentFormat.TEXT);
  }
}
