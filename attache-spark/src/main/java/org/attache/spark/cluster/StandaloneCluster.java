package org.attache.spark.cluster;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * A Spark standalone cluster on this machine, for tests and benchmarks: a master and workers
 * started from Spark's own classes ({@code org.apache.spark.deploy.master.Master}, {@code
 * org.apache.spark.deploy.worker.Worker}) as child JVMs on 127.0.0.1, on free ports, with this
 * JVM's classpath; every wait is bounded and {@link #close()} stops them all.
 *
 * <p>Example: {@code try (StandaloneCluster c = StandaloneCluster.start(2, "3g")) {
 * SparkSession.builder().config(c.appConf("2g", 2)).getOrCreate(); }}
 */
public final class StandaloneCluster implements AutoCloseable {
  private static final String LOOPBACK = "127.0.0.1";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Path home;
  private final List<Process> processes = new ArrayList<>();
  private final String classpath = System.getProperty("java.class.path");
  private final List<String> jvmFlags;
  private String masterUrl;
  private URI masterUi;

  private StandaloneCluster(Path home, List<String> jvmFlags) {
    this.home = home;
    this.jvmFlags = jvmFlags;
  }

  /**
   * Starts a master and {@code workers} workers of one core each.
   *
   * @param workerMemory what each worker offers its executors, e.g. {@code 3g}
   * @throws IOException when a process cannot start or does not come up in time (the cluster is
   *     stopped first)
   */
  public static StandaloneCluster start(int workers, String workerMemory) throws IOException {
    // A SPARK_HOME with an empty jars folder: executors get their classes from extraClassPath.
    Path home = Files.createTempDirectory("attache-spark-cluster");
    Files.createDirectories(home.resolve("jars"));
    StandaloneCluster c = new StandaloneCluster(home, moduleFlags());
    try {
      int port = freePort();
      c.masterUrl = "spark://" + LOOPBACK + ":" + port;
      c.masterUi = URI.create("http://" + LOOPBACK + ":" + freePort() + "/json/");
      c.launch(
          "master",
          "org.apache.spark.deploy.master.Master",
          "--host",
          LOOPBACK,
          "--port",
          String.valueOf(port),
          "--webui-port",
          String.valueOf(c.masterUi.getPort()));
      for (int i = 0; i < workers; i++) {
        c.launch(
            "worker-" + i,
            "org.apache.spark.deploy.worker.Worker",
            "--host",
            LOOPBACK,
            "--port",
            String.valueOf(freePort()),
            "--webui-port",
            String.valueOf(freePort()),
            "--cores",
            "1",
            "--memory",
            workerMemory,
            "--work-dir",
            home.resolve("work-" + i).toString(),
            c.masterUrl);
      }
      c.awaitWorkers(workers);
      return c;
    } catch (IOException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  public String masterUrl() {
    return masterUrl;
  }

  /**
   * The configuration of an application on this cluster: one core per executor, the executors
   * loading this JVM's classpath, every address on the loopback.
   */
  public SparkConf appConf(String executorMemory, int cores) {
    return new SparkConf()
        .setMaster(masterUrl)
        .set("spark.driver.host", LOOPBACK)
        .set("spark.driver.bindAddress", LOOPBACK)
        .set("spark.executor.memory", executorMemory)
        .set("spark.executor.cores", "1")
        .set("spark.cores.max", String.valueOf(cores))
        .set("spark.default.parallelism", String.valueOf(cores))
        .set("spark.sql.shuffle.partitions", String.valueOf(cores))
        .set("spark.executor.extraClassPath", classpath)
        .set("spark.ui.enabled", "false")
        // Start the job with every executor there, so that runs compare.
        .set("spark.scheduler.minRegisteredResourcesRatio", "1.0")
        .set("spark.scheduler.maxRegisteredResourcesWaitingTime", "90s");
  }

  /**
   * Waits, at most a minute, until an application has {@code executors} executors ready (each has
   * registered its block manager, as the driver's own does).
   *
   * @return whether they all came
   */
  public static boolean awaitExecutors(SparkSession spark, int executors) {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (spark.sparkContext().getExecutorMemoryStatus().size() < executors + 1) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      sleep(200);
    }
    return true;
  }

  /** The flags that open the JDK's modules to Spark, as this JVM was started with them. */
  private static List<String> moduleFlags() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(
            a ->
                a.startsWith("--add-opens")
                    || a.startsWith("--add-exports")
                    || a.equals("-XX:+IgnoreUnrecognizedVMOptions")
                    || a.startsWith("-Djdk.reflect."))
        .toList();
  }

  private void launch(String name, String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.addAll(jvmFlags);
    command.addAll(List.of("-cp", classpath, mainClass));
    command.addAll(Arrays.asList(args));
    Path log = home.resolve(name + ".log");
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.redirectOutput(log.toFile());
    pb.environment().put("SPARK_HOME", home.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", LOOPBACK);
    pb.environment().put("SPARK_LOG_DIR", home.toString());
    processes.add(pb.start());
  }

  /** Waits until the master's status page counts every worker alive. */
  private void awaitWorkers(int workers) throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    String alive = "\"aliveworkers\" : " + workers;
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (processes.stream().anyMatch(p -> !p.isAlive())) {
        throw new IOException("a Spark process ended early; its logs are in " + home);
      }
      try {
        HttpRequest get = HttpRequest.newBuilder(masterUi).timeout(Duration.ofSeconds(2)).build();
        if (http.send(get, BodyHandlers.ofString()).body().contains(alive)) {
          return;
        }
      } catch (IOException e) {
        // the master is not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for the cluster", e);
      }
      sleep(250);
    }
    throw new IOException(
        "the master at "
            + masterUrl
            + " did not count "
            + workers
            + " workers within "
            + START_TIMEOUT.toSeconds()
            + " s; see the logs in "
            + home);
  }

  /** Workers first, then the master; each given 20 s to stop, then killed. */
  @Override
  public void close() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process p = processes.get(i);
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
      try {
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
          p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
      p.descendants().forEach(ProcessHandle::destroyForcibly);
    }
    processes.clear();
    deleteTree(home);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // a temporary folder left behind is no failure
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
      return s.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the cluster", e);
    }
  }
}
