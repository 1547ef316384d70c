package org.attache.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attache.core.persons.OfficeNames;
import org.attache.core.persons.TitleLexicon;
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
  private static final TitleLexicon TITLES = TitleLexicon.standard();
  private static final OfficeNames OFFICES = OfficeNames.standard();
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

  /**
   * Each report's publication date (ISO) by report id, for the reports that give one: what {@code
   * SourceCount.year} falls back on for an occurrence without a year.
   */
  public Map<String, String> published() {
    Map<String, String> out = new HashMap<>();
    jdbc.query(
        "SELECT id, published FROM report WHERE published IS NOT NULL",
        rs -> out.put(rs.getString(1), rs.getString(2)));
    return out;
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

  /**
   * Holders of offices whose name contains {@code office}, of {@code state} when not null. The
   * office is asked for as the store names it too: "Defence Minister" finds "Minister of Defense",
   * "CDS" finds "Chief of Defence Staff".
   */
  public List<OfficeHolder> holders(String office, String state) {
    List<OfficeHolder> out = new ArrayList<>();
    String asked = TITLES.normalizeOffice(office).orElse(office);
    List<Object> params = new ArrayList<>();
    params.add("%" + office.toLowerCase(Locale.ROOT) + "%");
    params.add("%" + OFFICES.canonical(asked).toLowerCase(Locale.ROOT) + "%");
    if (state != null) {
      params.add(state);
    }
    String sql =
        "SELECT office, state, person_id, name, first_seen, last_seen, sources FROM office_holder"
            + " WHERE (lower(office) LIKE ? OR lower(office) LIKE ?)"
            + (state == null ? "" : " AND state = ?")
            + " ORDER BY state, office, first_seen, name";
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
        params.toArray());
    return out;
  }

  /**
   * A report as a source is cited: outlet, headline, date.
   *
   * @param reportId the report's id
   * @param outlet its outlet, or null
   * @param title its headline, or null
   * @param date its date (published, else the dateline's), or null
   * @param path where it was read from
   */
  public record Source(String reportId, String outlet, String title, String date, String path) {}

  /** The reports with these ids, as sources, in the order given; unknown ids are left out. */
  public List<Source> sources(List<String> reportIds) {
    List<Source> out = new ArrayList<>();
    for (String id : reportIds) {
      jdbc.query(
          "SELECT id, outlet, title, report_date, path FROM report WHERE id = ?",
          rs ->
              out.add(
                  new Source(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5))),
          id);
    }
    return out;
  }
}
