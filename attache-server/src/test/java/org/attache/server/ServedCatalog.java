package org.attache.server;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server on loopback over a catalog, with requests to it: for the tests of one class when
 * registered in a static field ({@code @RegisterExtension static final ServedCatalog api = new
 * ServedCatalog(() -> catalog);}), for each test when in an instance field.
 */
final class ServedCatalog
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  private final Supplier<AttacheServer> start;
  private AttacheServer server;
  private boolean perTest;

  ServedCatalog(Supplier<Catalog> catalog) {
    this(
        () ->
            AttacheServer.start(catalog.get(), new ServerOptions(ServerOptions.LOOPBACK, 0, null)),
        true);
  }

  private ServedCatalog(Supplier<AttacheServer> start, boolean unused) {
    this.start = start;
  }

  /** A server started by {@code start}, e.g. one that takes corrections. */
  static ServedCatalog startedBy(Supplier<AttacheServer> start) {
    return new ServedCatalog(start, true);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = start.get();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (server == null) {
      server = start.get();
      perTest = true;
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (perTest) {
      server.close();
      server = null;
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (server != null) {
      server.close();
    }
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  ApiTest.Answer get(String path) {
    return ApiTest.send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  AttacheServer server() {
    return server;
  }
}
