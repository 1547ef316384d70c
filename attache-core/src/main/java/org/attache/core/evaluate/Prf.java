package org.attache.core.evaluate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Precision, recall and F1 of a count of true positives, false positives and false negatives,
 * rounded to three decimals as the scorer rounds them (half to even on the exact binary value, as
 * Python's {@code round(x, 3)}).
 *
 * <p>With nothing predicted precision is 1 when nothing was to be found, else 0; with nothing to
 * find recall is 1. F1 is computed from the unrounded precision and recall.
 */
public record Prf(double p, double r, double f1, int tp, int fp, int fn) {

  public static Prf of(int tp, int fp, int fn) {
    double p = tp + fp > 0 ? (double) tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
    double r = tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    return new Prf(round(p), round(r), round(f), tp, fp, fn);
  }

  /** {@code x} rounded to three decimals, half to even on its exact value. */
  public static double round(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** {@code hits / total} rounded, or null when there is nothing to count. */
  static Double ratio(int hits, int total) {
    return total > 0 ? round((double) hits / total) : null;
  }
}
