package org.attache.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Attaché server: the REST API under {@code /api}, its OpenAPI description at {@code
 * /openapi.json} and the web page at {@code /}, all in one process.
 *
 * <p>Example: {@code try (AttacheServer s = AttacheServer.start(catalog, new
 * ServerOptions("127.0.0.1", 0, null))) { s.port(); }}
 */
public final class AttacheServer implements AutoCloseable {
  /** Only the page's own scripts and styles run, whatever a report's text holds. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private static final Set<HandlerType> ENDPOINTS =
      Set.of(
          HandlerType.GET,
          HandlerType.POST,
          HandlerType.PUT,
          HandlerType.PATCH,
          HandlerType.DELETE);
  private static final String ERROR_SENT = "attache.error-sent";

  private final Javalin app;
  private final List<String> routes;

  private AttacheServer(Javalin app, List<String> routes) {
    this.app = app;
    this.routes = routes;
  }

  /**
   * Starts listening, without a store to write corrections to; the port is {@link #port()} when the
   * options ask for port 0.
   */
  public static AttacheServer start(Catalog catalog, ServerOptions options) {
    return start(catalog, Corrector.NONE, options);
  }

  /** Starts listening; corrections an authorised analyst posts go to {@code corrector}. */
  public static AttacheServer start(Catalog catalog, Corrector corrector, ServerOptions options) {
    List<String> routes = new ArrayList<>();
    ApiRoutes api = new ApiRoutes(catalog, corrector, new AccessGuard(options.token()));
    Javalin app = Javalin.create(config -> configure(config, api, routes));
    app.get("/openapi.json", AttacheServer::openApi);
    app.before(AttacheServer::secureHeaders);
    if (LoopbackHosts.isLoopback(options.bind())) {
      app.before(LoopbackHosts::requireLoopbackHost);
    }
    answerErrorsAsJson(app);
    app.start(options.bind(), options.port());
    return new AttacheServer(app, List.copyOf(routes));
  }

  private static void configure(JavalinConfig config, ApiRoutes api, List<String> routes) {
    config.showJavalinBanner = false;
    ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    config.jsonMapper(new JavalinJackson(mapper, false));
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/";
          files.directory = "/web";
          files.location = Location.CLASSPATH;
        });
    // Recorded so a test can hold the routes against the OpenAPI description.
    config.events(
        events ->
            events.handlerAdded(
                h -> {
                  if (ENDPOINTS.contains(h.getHttpMethod())) {
                    routes.add(h.getHttpMethod() + " " + h.getPath());
                  }
                }));
    config.router.apiBuilder(api::register);
  }

  private static void answerErrorsAsJson(Javalin app) {
    app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          // The console gets the details; the client only learns that the server is at fault.
          System.err.println("attache serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
          error(ctx, 500, "The server failed on this request; its console says why.");
        });
    app.error(
        404,
        ctx -> {
          if (ctx.attribute(ERROR_SENT) == null) {
            error(
                ctx,
                404,
                "No such endpoint: " + ctx.method() + " " + ctx.path() + ". See /openapi.json.");
          }
        });
    app.error(
        405,
        ctx -> {
          if (ctx.attribute(ERROR_SENT) == null) {
            error(ctx, 405, "Method " + ctx.method() + " is not allowed on " + ctx.path() + ".");
          }
        });
  }

  private static void secureHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
  }

  private static void openApi(Context ctx) throws java.io.IOException {
    try (var in = AttacheServer.class.getResourceAsStream("/openapi.json")) {
      ctx.contentType("application/json").result(in.readAllBytes());
    }
  }

  private static void error(Context ctx, int status, String message) {
    ctx.attribute(ERROR_SENT, true);
    ctx.status(status).json(Map.of("error", message));
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** Every endpoint registered, as "GET /api/reports/{id}". */
  public List<String> routes() {
    return routes;
  }

  @Override
  public void close() {
    app.stop();
  }
}
