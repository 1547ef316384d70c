package org.attache.core.ingest;

import org.attache.core.Problem;

/**
 * Either a report's text or the problem that kept it from being read.
 *
 * <p>Example: {@code result.ok() ? read(result.source()) : report(result.problem())}
 */
public record LoadResult(SourceText source, Problem problem) {
  public static LoadResult of(SourceText source) {
    return new LoadResult(source, null);
  }

  public static LoadResult failed(Problem problem) {
    return new LoadResult(null, problem);
  }

  public boolean ok() {
    return source != null;
  }
}
