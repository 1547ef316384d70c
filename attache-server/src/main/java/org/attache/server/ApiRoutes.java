package org.attache.server;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.attache.core.query.TextQuery;

/**
 * The REST API's routes under {@code /api}: each reads its parameters, asks the {@link Catalog} and
 * answers JSON. Every route here is described in {@code openapi.json}.
 */
final class ApiRoutes {
  private final Catalog catalog;
  private final Corrector corrector;
  private final AccessGuard guard;

  ApiRoutes(Catalog catalog, Corrector corrector, AccessGuard guard) {
    this.catalog = catalog;
    this.corrector = corrector;
    this.guard = guard;
  }

  void register() {
    get("/api/reports", this::reports);
    get("/api/reports/{id}", ctx -> one(ctx, catalog::report, "report", "/api/reports"));
    get("/api/persons", this::persons);
    get("/api/persons/{id}", ctx -> one(ctx, catalog::person, "person", "/api/persons"));
    get("/api/events", this::events);
    get("/api/events/{id}", ctx -> one(ctx, catalog::event, "event", "/api/events"));
    get("/api/states", ctx -> list(ctx, "states", catalog.states()));
    get("/api/problems", ctx -> list(ctx, "problems", catalog.problems()));
    get("/api/dyads/{a}/{b}", this::dyad);
    get("/api/network", this::network);
    post("/api/corrections", this::correction);
  }

  private static void list(Context ctx, String name, List<?> items) {
    QueryParams.of(ctx);
    ctx.json(Map.of(name, items));
  }

  /** Answers the item of the path's id, or 404 saying where the ids are listed. */
  private static void one(
      Context ctx, Function<String, Optional<?>> find, String what, String listedAt) {
    QueryParams.of(ctx);
    String id = ctx.pathParam("id");
    ctx.json(
        find.apply(id)
            .orElseThrow(
                () ->
                    ApiError.notFound(
                        "No " + what + " has id '" + id + "'; list them at " + listedAt + ".")));
  }

  private void reports(Context ctx) {
    QueryParams q = QueryParams.of(ctx, "q", "outlet", "state", "with", "page", "size");
    String words = q.text("q");
    if (words != null) {
      try {
        TextQuery.parse(words);
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest(e.getMessage());
      }
    }
    ReportFilter filter =
        new ReportFilter(words, q.text("outlet"), q.state("state"), q.state("with"));
    ctx.json(catalog.reports(filter, q.page()));
  }

  private void persons(Context ctx) {
    QueryParams q = QueryParams.of(ctx, "state", "q", "page", "size");
    ctx.json(catalog.persons(new PersonFilter(q.state("state"), q.text("q")), q.page()));
  }

  private void events(Context ctx) {
    QueryParams q =
        QueryParams.of(ctx, "state", "with", "type", "from", "to", "person", "page", "size");
    String from = q.day("from");
    String to = q.day("to");
    requireOrdered(from, to);
    String person = q.text("person");
    if (person != null && catalog.person(person).isEmpty()) {
      throw ApiError.badRequest("No person has id '" + person + "'; list them at /api/persons.");
    }
    EventFilter filter =
        new EventFilter(q.state("state"), q.state("with"), q.type("type"), from, to, person);
    ctx.json(catalog.events(filter, q.page()));
  }

  private static void requireOrdered(String from, String to) {
    if (from != null
        && to != null
        && from.compareTo(to.substring(0, Math.min(to.length(), from.length()))) > 0) {
      throw ApiError.badRequest("from (" + from + ") is after to (" + to + ").");
    }
  }

  private void network(Context ctx) {
    QueryParams q = QueryParams.of(ctx, "state", "type", "from", "to");
    String from = q.day("from");
    String to = q.day("to");
    requireOrdered(from, to);
    EventFilter filter = new EventFilter(q.state("state"), null, q.type("type"), from, to, null);
    Map<String, String> names = new HashMap<>();
    catalog
        .persons(PersonFilter.NONE, PageRequest.ALL)
        .items()
        .forEach(p -> names.put(p.id(), p.name()));
    ctx.json(NetworkSummary.of(catalog.events(filter, PageRequest.ALL).items(), names));
  }

  private void dyad(Context ctx) {
    QueryParams.of(ctx);
    String a = QueryParams.state("first state", ctx.pathParam("a"));
    String b = QueryParams.state("second state", ctx.pathParam("b"));
    if (a.equals(b)) {
      throw ApiError.badRequest("A dyad needs two different states, got " + a + " twice.");
    }
    EventFilter shared = new EventFilter(a, b, null, null, null, null);
    List<ReportSummary> reports =
        catalog.reports(ReportFilter.naming(a, b), PageRequest.ALL).items();
    Map<String, List<PersonSummary>> persons = new HashMap<>();
    reports.forEach(
        r ->
            persons.put(
                r.id(), catalog.report(r.id()).map(ReportDetail::persons).orElse(List.of())));
    List<EventRecord> events = catalog.events(shared, PageRequest.ALL).items();
    ctx.json(DyadSummary.of(a, b, events, catalog.sources(events), reports, persons));
  }

  /** Checks the token, then the body against the catalog; answers the saved correction, 201. */
  private void correction(Context ctx) {
    guard.requireWriter(ctx);
    QueryParams.of(ctx);
    CorrectionRequest request = CorrectionBody.read(ctx.body(), catalog);
    ctx.status(201).json(corrector.correct(request));
  }
}
