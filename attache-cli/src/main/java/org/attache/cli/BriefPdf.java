package org.attache.cli;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders a brief's XHTML (with its chart as a PNG picture) to PDF with openhtmltopdf.
 *
 * <p>Example: {@code BriefPdf.write(new BriefHtml(Chart.PNG).render(brief), Path.of("b.pdf"))}
 */
final class BriefPdf {
  private BriefPdf() {}

  static void write(String xhtml, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      // The doctype line is HTML5's; the XML parser of openhtmltopdf wants none.
      builder.withHtmlContent(xhtml.replaceFirst("<!DOCTYPE html>\n", ""), null);
      builder.toStream(out);
      builder.run();
    }
  }
}
