package org.attache.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.List;
import org.attache.core.query.EventFilter;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.Resolution;

/**
 * Queries over the knowledge base for the command line: events by filter, office holders.
 *
 * <p>Example: {@code kb.queries().events(EventFilter.any().withState("AZ").withType("MEETING"))}
 */
public final class Queries {
  private final KnowledgeBase kb;
  private final Jdbc jdbc;

  Queries(KnowledgeBase kb, Jdbc jdbc) {
    this.kb = kb;
    this.jdbc = jdbc;
  }

  /** The corrected occurrences that pass the filter, by date. */
  public List<Occurrence> events(EventFilter filter) {
    Resolution r = kb.resolution();
    return filter.apply(r);
  }

  /** Holders of offices whose name contains {@code office}, of {@code state} when not null. */
  public List<OfficeHolder> holders(String office, String state) {
    List<OfficeHolder> out = new ArrayList<>();
    String sql =
        "SELECT office, state, person_id, name, first_seen, last_seen, sources FROM office_holder"
            + " WHERE lower(office) LIKE ?"
            + (state == null ? "" : " AND state = ?")
            + " ORDER BY state, office, first_seen, name";
    Object[] params =
        state == null
            ? new Object[] {"%" + office.toLowerCase() + "%"}
            : new Object[] {"%" + office.toLowerCase() + "%", state};
    jdbc.query(
        sql,
        rs ->
            out.add(
                new OfficeHolder(
                    rs.getString(1),
                    rs.getString(2).isEmpty() ? null : rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    ResolutionStore.json(rs.getString(7), new TypeReference<List<String>>() {}))),
        params);
    return out;
  }
}
