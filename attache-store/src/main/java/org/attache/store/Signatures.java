package org.attache.store;

import java.util.Arrays;

/** MinHash signatures as stored: hexadecimal values separated by commas. */
final class Signatures {
  private Signatures() {}

  static String format(long[] sig) {
    StringBuilder b = new StringBuilder();
    for (long v : sig) {
      if (b.length() > 0) {
        b.append(',');
      }
      b.append(Long.toHexString(v));
    }
    return b.toString();
  }

  static long[] parse(String s) {
    return Arrays.stream(s.split(",")).mapToLong(h -> Long.parseUnsignedLong(h, 16)).toArray();
  }
}
