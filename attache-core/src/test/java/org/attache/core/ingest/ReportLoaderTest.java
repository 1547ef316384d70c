package org.attache.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportLoaderTest {
  @TempDir Path dir;
  private final ReportLoader loader = new ReportLoader(1024);

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @Test
  void readsUtf8TextAndKnowsItByItsContentHash() throws IOException {
    Path p = write("a.txt", "ANKARA, June 14. Talks were held.".getBytes(StandardCharsets.UTF_8));
    LoadResult r = loader.load(p);
    assertThat(r.ok()).isTrue();
    assertThat(r.source().text()).isEqualTo("ANKARA, June 14. Talks were held.");
    assertThat(r.source().id()).hasSize(16).isEqualTo(r.source().sha256().substring(0, 16));
  }

  @Test
  void dropsALeadingByteOrderMarkSoOffsetsStartAtTheText() throws IOException {
    Path p = write("bom.txt", "\uFEFFBAKU. Text.".getBytes(StandardCharsets.UTF_8));
    assertThat(loader.load(p).source().text()).isEqualTo("BAKU. Text.");
  }

  @Test
  void anEmptyFileIsAProblemNamingTheFile() throws IOException {
    LoadResult r = loader.load(write("empty.txt", new byte[0]));
    assertThat(r.ok()).isFalse();
    assertThat(r.problem().toString()).contains("empty.txt").contains("is empty");
  }

  @Test
  void aBinaryFileIsAProblemWithTheOffendingByte() throws IOException {
    LoadResult r = loader.load(write("img.txt", new byte[] {'P', 'N', 'G', 0, 1, 2}));
    assertThat(r.problem().message()).contains("binary").contains("byte 3");
  }

  @Test
  void latin1TextIsAProblemThatSaysHowToConvertIt() throws IOException {
    byte[] latin1 =
        "Kosiniak-Kamysz met the T\u00fcrkiye delegation".getBytes(StandardCharsets.ISO_8859_1);
    LoadResult r = loader.load(write("latin1.txt", latin1));
    assertThat(r.problem().message()).contains("not UTF-8").contains("byte 25").contains("iconv");
  }

  @Test
  void anOversizedFileIsRefusedWithoutReadingIt() throws IOException {
    LoadResult r = loader.load(write("dump.txt", new byte[4096]));
    assertThat(r.problem().message()).contains("over the").contains("--max-size");
  }

  @Test
  void aMissingFileIsAProblemNotAnException() {
    LoadResult r = loader.load(dir.resolve("nowhere.txt"));
    assertThat(r.problem().message()).contains("no such file");
  }

  @Test
  void anUnreadableFileIsAProblem() throws IOException {
    Path p = write("locked.txt", "text".getBytes(StandardCharsets.UTF_8));
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(p), "running as a user who can read anything");
    assertThat(loader.load(p).problem().message()).contains("permission denied");
  }

  @Test
  void aFolderIsWalkedForTextFilesInNameOrder() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    write("b.txt", "b".getBytes(StandardCharsets.UTF_8));
    write("sub/a.txt", "a".getBytes(StandardCharsets.UTF_8));
    write("a.gold.json", "{}".getBytes(StandardCharsets.UTF_8));
    write(".hidden.txt", "h".getBytes(StandardCharsets.UTF_8));
    List<Path> found = ReportFinder.find(List.of(dir));
    assertThat(found).containsExactly(dir.resolve("b.txt"), dir.resolve("sub/a.txt"));
  }
}
