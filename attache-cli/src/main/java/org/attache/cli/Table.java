package org.attache.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal: columns padded to their widest cell, long cells cut. */
final class Table {
  private static final int MAX_CELL = 60;
  private final List<String[]> rows = new ArrayList<>();
  private int maxCell = MAX_CELL;

  Table(String... header) {
    rows.add(header);
  }

  /** Lets cells grow to {@code width} characters before they are cut (60 by default). */
  Table cutAt(int width) {
    this.maxCell = width;
    return this;
  }

  void row(String... cells) {
    rows.add(cells);
  }

  void print(PrintStream out) {
    int cols = rows.get(0).length;
    int[] width = new int[cols];
    for (String[] r : rows) {
      for (int i = 0; i < cols; i++) {
        width[i] = Math.max(width[i], cut(r[i]).length());
      }
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cols; i++) {
        String c = cut(r[i]);
        line.append(c).append(i < cols - 1 ? " ".repeat(width[i] - c.length() + 2) : "");
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private String cut(String s) {
    String v = s == null ? "" : s.replace('\n', ' ');
    return v.length() > maxCell ? v.substring(0, maxCell - 1) + "…" : v;
  }
}
