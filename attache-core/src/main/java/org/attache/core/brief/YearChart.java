package org.attache.core.brief;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.attache.core.events.EventType;

/**
 * A stacked bar chart of events by year and type, as SVG (for HTML) or as a PNG drawn with Java2D
 * (for PDF, whose renderer takes pictures): one bar a year, one colour a type, a legend below.
 *
 * <p>Example: {@code new YearChart(brief.byYear()).svg()}
 */
public final class YearChart {
  private static final int W = 640;
  private static final int H = 260;
  private static final int LEFT = 40;
  private static final int TOP = 14;
  private static final int PLOT_H = 170;
  private static final String[] COLOURS = {
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#7f7f7f"
  };

  private final Map<Integer, Map<EventType, Integer>> byYear;
  private final List<Bar> bars = new ArrayList<>();
  private int max = 1;

  /** A rectangle of the chart: x, y, width, height, colour index; or a label. */
  private record Bar(int x, int y, int w, int h, int colour) {}

  public YearChart(Map<Integer, Map<EventType, Integer>> byYear) {
    this.byYear = byYear;
    byYear.values().forEach(m -> max = Math.max(max, m.values().stream().mapToInt(i -> i).sum()));
    layout();
  }

  private void layout() {
    int n = Math.max(1, byYear.size());
    int slot = (W - LEFT - 10) / n;
    int width = Math.max(4, Math.min(48, slot - 6));
    int i = 0;
    for (Map<EventType, Integer> counts : byYear.values()) {
      int x = LEFT + i * slot + (slot - width) / 2;
      int base = TOP + PLOT_H;
      for (EventType t : EventType.values()) {
        int h = counts.getOrDefault(t, 0) * PLOT_H / max;
        if (h > 0) {
          bars.add(new Bar(x, base - h, width, h, t.ordinal()));
          base -= h;
        }
      }
      i++;
    }
  }

  private int labelX(int index) {
    int slot = (W - LEFT - 10) / Math.max(1, byYear.size());
    return LEFT + index * slot + slot / 2;
  }

  /** The chart as an SVG element (no XML prolog), to inline in HTML. */
  public String svg() {
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(W)
        .append("\" height=\"")
        .append(H)
        .append("\" role=\"img\" aria-label=\"Events by year and type\">");
    s.append(line(LEFT, TOP + PLOT_H, W - 10, TOP + PLOT_H));
    s.append(text(LEFT - 6, TOP + 10, String.valueOf(max), "end"));
    s.append(text(LEFT - 6, TOP + PLOT_H, "0", "end"));
    for (Bar b : bars) {
      s.append(
          String.format(
              "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
              b.x(), b.y(), b.w(), b.h(), COLOURS[b.colour()]));
    }
    int i = 0;
    for (Integer year : byYear.keySet()) {
      s.append(text(labelX(i++), TOP + PLOT_H + 16, String.valueOf(year), "middle"));
    }
    int x = LEFT;
    for (EventType t : present()) {
      s.append(
          String.format(
              "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>",
              x, H - 30, COLOURS[t.ordinal()]));
      s.append(text(x + 14, H - 21, Labels.shortName(t), "start"));
      x += 24 + Labels.shortName(t).length() * 7;
    }
    return s.append("</svg>").toString();
  }

  /** The same chart drawn as a PNG. */
  public byte[] png() {
    BufferedImage img = new BufferedImage(W * 2, H * 2, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.scale(2, 2);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, W, H);
    g.setColor(Color.DARK_GRAY);
    g.setStroke(new BasicStroke(1));
    g.drawLine(LEFT, TOP + PLOT_H, W - 10, TOP + PLOT_H);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    drawText(g, String.valueOf(max), LEFT - 6, TOP + 10, "end");
    drawText(g, "0", LEFT - 6, TOP + PLOT_H, "end");
    for (Bar b : bars) {
      g.setColor(Color.decode(COLOURS[b.colour()]));
      g.fillRect(b.x(), b.y(), b.w(), b.h());
    }
    g.setColor(Color.DARK_GRAY);
    int i = 0;
    for (Integer year : byYear.keySet()) {
      drawText(g, String.valueOf(year), labelX(i++), TOP + PLOT_H + 16, "middle");
    }
    int x = LEFT;
    for (EventType t : present()) {
      g.setColor(Color.decode(COLOURS[t.ordinal()]));
      g.fillRect(x, H - 30, 10, 10);
      g.setColor(Color.DARK_GRAY);
      drawText(g, Labels.shortName(t), x + 14, H - 21, "start");
      x += 24 + Labels.shortName(t).length() * 7;
    }
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot encode the chart as PNG", e);
    }
  }

  private List<EventType> present() {
    return List.of(EventType.values()).stream()
        .filter(t -> byYear.values().stream().anyMatch(m -> m.containsKey(t)))
        .toList();
  }

  private static void drawText(Graphics2D g, String s, int x, int y, String anchor) {
    int w = g.getFontMetrics().stringWidth(s);
    int dx = anchor.equals("end") ? -w : anchor.equals("middle") ? -w / 2 : 0;
    g.drawString(s, x + dx, y);
  }

  private static String line(int x1, int y1, int x2, int y2) {
    return String.format(
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>", x1, y1, x2, y2);
  }

  private static String text(int x, int y, String s, String anchor) {
    // Only numbers and our own type labels reach here: nothing from a report needs escaping.
    return String.format(
        "<text x=\"%d\" y=\"%d\" font-size=\"11\" font-family=\"sans-serif\" text-anchor=\"%s\">%s</text>",
        x, y, anchor, s);
  }
}
