package org.attache.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.List;
import org.attache.core.query.EventFilter;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.PersonIndex;
import org.attache.core.resolve.Resolution;
import org.attache.core.resolve.ResolvedPerson;

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

  /** One report's view of a person: its date, the report, the titles it gives. */
  public record PersonSighting(String date, String reportId, String country, List<String> titles) {}

  /** Every report naming the person, by date: the titles each gives. */
  public List<PersonSighting> sightings(ResolvedPerson person, List<ResolvedPerson> all) {
    PersonIndex index = new PersonIndex(all);
    List<PersonSighting> out = new ArrayList<>();
    for (String doc : person.documents()) {
      jdbc.query(
          "SELECT p.name, p.country, p.titles, r.report_date FROM report_person p"
              + " JOIN report r ON r.id = p.report_id WHERE p.report_id = ? ORDER BY p.seq",
          rs -> {
            if (person.id().equals(index.idOf(doc, rs.getString(1)))) {
              out.add(
                  new PersonSighting(
                      rs.getString(4),
                      doc,
                      rs.getString(2),
                      ResolutionStore.json(rs.getString(3), new TypeReference<List<String>>() {})));
            }
          },
          doc);
    }
    out.sort(
        java.util.Comparator.comparing((PersonSighting x) -> x.date() == null ? "~" : x.date())
            .thenComparing(PersonSighting::reportId));
    return out;
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
