package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobOptionsTest {
  @Test
  void writesParquetBesideTheJsonLinesUnlessTold() {
    JobOptions o = JobOptions.parse("--out", "out", "a", "b.parquet");

    assertThat(o.inputs()).containsExactly("a", "b.parquet");
    assertThat(o.parquet()).isEqualTo("out/parquet");
    assertThat(JobOptions.parse("--no-parquet", "--out", "out", "a").parquet()).isNull();
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertThatThrownBy(() -> JobOptions.parse("--partitions", "zero", "--colour", "red"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--partitions takes a whole number above 0, not zero.")
        .hasMessageContaining("Unknown option --colour.")
        .hasMessageContaining("--out is missing")
        .hasMessageContaining(JobOptions.USAGE);
  }

  @Test
  void refusesASqliteFileBecauseExecutorsCannotShareIt() {
    assertThatThrownBy(() -> JobOptions.parse("--out", "o", "--db", "kb.db", "in"))
        .hasMessageContaining("--db kb.db is not a jdbc:postgresql:// URL");
    assertThat(
            JobOptions.parse("--out", "o", "--db", "jdbc:postgresql://127.0.0.1/test", "in").db())
        .isEqualTo("jdbc:postgresql://127.0.0.1/test");
    assertThat(List.of(JobOptions.parse("--out", "o", "--partitions", "8", "in").partitions()))
        .containsExactly(8);
  }
}
