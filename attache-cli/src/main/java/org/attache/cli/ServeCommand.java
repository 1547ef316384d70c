package org.attache.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.attache.server.AttacheServer;
import org.attache.server.KnowledgeBaseCatalog;
import org.attache.server.KnowledgeBaseCorrector;
import org.attache.server.ReloadingCatalog;
import org.attache.server.ServerOptions;
import org.attache.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code attache serve --db FILE [--port 8080] [--bind 127.0.0.1] [--token T]}: the REST API and
 * the web page over a knowledge base, until interrupted.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "serve",
    description = {
      "Serve a knowledge base: the web page at /, the REST API under /api, its description at"
          + " /openapi.json.",
      "Read-only unless --token is given; listens on loopback unless --bind says otherwise."
    })
public final class ServeCommand implements Callable<Integer> {
  private static final Duration RELOAD = Duration.ofSeconds(10);

  @Mixin DatabaseOption db;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--bind",
      defaultValue = ServerOptions.LOOPBACK,
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
  String bind;

  @Option(
      names = "--token",
      defaultValue = "${env:ATTACHE_TOKEN}",
      description =
          "Access token that write endpoints require as 'Authorization: Bearer TOKEN' (default:"
              + " $ATTACHE_TOKEN; none: read-only).")
  String token;

  @Override
  public Integer call() throws InterruptedException {
    KnowledgeBase kb = db.open();
    int reports = kb.reportCount();
    // Reports analysed while serving show up within RELOAD, corrections posted at once; the one
    // connection is not shared between threads, so the store is only touched under the catalog's
    // lock.
    ReloadingCatalog catalog = KnowledgeBaseCatalog.reloading(kb, RELOAD);
    AttacheServer server;
    try {
      server =
          AttacheServer.start(
              catalog,
              new KnowledgeBaseCorrector(kb, catalog),
              new ServerOptions(bind, port, token));
    } catch (RuntimeException e) {
      kb.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  kb.close();
                  stopped.countDown();
                }));
    String host = bind.contains(":") ? "[" + bind + "]" : bind;
    System.err.printf(
        "Attaché serves %d reports at http://%s:%d/ (%s). Ctrl-C stops it.%n",
        reports, host, server.port(), token == null ? "read-only" : "writes need the token");
    if (!bind.equals(ServerOptions.LOOPBACK) && !bind.equals("localhost")) {
      System.err.println(
          "Note: listening on " + bind + ", so other machines can read the knowledge base.");
    }
    stopped.await();
    return 0;
  }
}
