package org.attache.core.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.attache.core.Problem;

/**
 * Reads report files, or says plainly why it cannot: UTF-8 text reports ({@link #load}) and, by
 * {@link #loadAll}, any format Attaché knows, told by content ({@link DocumentFormat}): web pages,
 * JSON Lines dumps, RSS and Atom feeds and WARC archives, each gzipped or not. A container gives
 * one result per item.
 *
 * <p>Example: {@code new ReportLoader(ReportLoader.DEFAULT_MAX_BYTES).load(Path.of("a.txt"))}
 *
 * <p>Checks for a text report, in order: the file can be read, it is not over the size limit (a
 * news report is tens of kilobytes; a 50 MB file is a dump or a mistake), it is not empty, it is
 * not binary, it is valid UTF-8.
 */
public final class ReportLoader {
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
  private static final String STAGE = "ingest";
  private final long maxBytes;

  public ReportLoader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Every report in {@code file}, whatever its format; never throws for a bad file. */
  public List<LoadResult> loadAll(Path file) {
    List<LoadResult> out = new ArrayList<>();
    loadAll(file, out::add);
    return out;
  }

  /** Gives every report in {@code file} to {@code out} as it is read. */
  public void loadAll(Path file, Consumer<LoadResult> out) {
    new FormatDispatch(this, maxBytes).load(file, out);
  }

  public LoadResult load(Path file) {
    String name = file.toString();
    try {
      if (Files.isDirectory(file)) {
        return fail(name, "is a folder, not a report file.");
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        return fail(
            name,
            String.format(
                "is %s, over the %s limit for one report. Split it into reports, or raise"
                    + " --max-size.",
                megabytes(size), megabytes(maxBytes)));
      }
      return decode(name, Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return fail(name, "no such file. Check the path.");
    } catch (AccessDeniedException e) {
      return fail(name, "cannot be read: permission denied. Check the file's permissions.");
    } catch (IOException e) {
      return fail(name, "cannot be read: " + e.getMessage() + ".");
    }
  }

  /** Validates and decodes bytes that came from {@code name}. */
  public LoadResult decode(String name, byte[] bytes) {
    if (bytes.length == 0) {
      return fail(name, "is empty. Nothing to read.");
    }
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      return fail(
          name,
          String.format(
              "is binary, not text (a NUL byte at byte %,d). Pass text files (UTF-8).", nul));
    }
    String text;
    try {
      text = strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return fail(
          name,
          String.format(
              "is not UTF-8 (invalid byte at byte %,d). Convert it to UTF-8, e.g. iconv -f"
                  + " WINDOWS-1252 -t UTF-8.",
              firstInvalidByte(bytes)));
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return fail(name, "holds only white space. Nothing to read.");
    }
    String sha = sha256(text);
    return LoadResult.of(new SourceText(sha.substring(0, 16), name, text, sha));
  }

  static LoadResult fail(String name, String message) {
    return LoadResult.failed(new Problem(name, STAGE, message));
  }

  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static long firstInvalidByte(byte[] bytes) {
    CharsetDecoder decoder = strictUtf8();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }

  static String megabytes(long bytes) {
    return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
  }

  static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
