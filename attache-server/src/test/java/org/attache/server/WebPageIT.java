package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.attache.store.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in Debian's headless Chromium, over reports read by the real reader: the report
 * list, a report with its spans highlighted, the dyad view, and a hostile report whose markup must
 * stay text; over the team's example reports, an event told by several reports. Screenshots go to
 * {@code target/screenshots/}.
 */
class WebPageIT {

  @TempDir static Path temp;
  private static AttacheServer server;
  private static AttacheServer examples;
  private static KnowledgeBase examplesKb;
  private static final String EXAMPLES_TOKEN = "webpage-token";
  private static ChromeDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    HeadlessChromium.assumeInstalled();
    Catalog catalog = AnalysedReports.into(temp.resolve("kb.db"));
    server = AttacheServer.start(catalog, new ServerOptions(ServerOptions.LOOPBACK, 0, null));
    Path examplesDb = temp.resolve("examples.db");
    ExampleReports.into(examplesDb);
    examplesKb = KnowledgeBase.open(examplesDb.toString());
    ReloadingCatalog examplesCatalog =
        KnowledgeBaseCatalog.reloading(examplesKb, Duration.ofHours(1));
    examples =
        AttacheServer.start(
            examplesCatalog,
            new KnowledgeBaseCorrector(examplesKb, examplesCatalog),
            new ServerOptions(ServerOptions.LOOPBACK, 0, EXAMPLES_TOKEN));
    browser = HeadlessChromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (examples != null) {
      examples.close();
    }
    if (examplesKb != null) {
      examplesKb.close();
    }
  }

  private static void open(String hash) {
    browser.get("http://127.0.0.1:" + server.port() + "/" + hash);
  }

  private static List<String> texts(String css) {
    return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  private static void shoot(String name) throws IOException {
    HeadlessChromium.shoot(browser, name);
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  @Test
  void reportListLeadsToAReportWithItsSpansHighlighted() throws IOException {
    open("#/reports");
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".report-row"), 4));
    assertThat(browser.findElement(By.id("view")).getText()).doesNotContainPattern("(?m)^null$");
    assertThat(texts(".problems summary")).containsExactly("1 file could not be read");
    shoot("reports.png");

    browser.findElement(By.linkText("Azerbaijan and Pakistan discuss defence cooperation")).click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".report-text .hl-person")));

    assertThat(texts(".report-text .hl-person")).contains("Elnur Gasimov", "Tariq Mahmood");
    assertThat(browser.getTitle())
        .startsWith("Azerbaijan and Pakistan discuss defence cooperation");
    assertThat(texts(".report-text .hl-state")).contains("Azerbaijan", "Pakistan");
    assertThat(texts(".report-text .hl-time")).anyMatch(t -> t.contains("October 28"));
    assertThat(texts(".report-text .evidence")).anyMatch(t -> t.contains("met General"));
    // Offline: every resource the page loaded came from this server.
    Object loaded = js("return performance.getEntriesByType('resource').map(e => e.name)");
    assertThat((List<?>) loaded)
        .isNotEmpty()
        .allSatisfy(
            u -> assertThat(u.toString()).startsWith("http://127.0.0.1:" + server.port() + "/"));
    browser.findElement(By.cssSelector(".side .event button")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".evidence.current")));
    shoot("report.png");
  }

  @Test
  void aReportsMarkupStaysTextAndNothingInItRuns() throws IOException {
    open("#/reports?q=%22staff%20talks%22");
    WebElement link =
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".report-title")));
    assertThat(link.getText()).contains("<script>");
    assertThat(texts(".match mark.hit")).containsExactly("staff talks");
    assertThat(texts(".match")).singleElement().asString().contains("<img src=x onerror=");
    assertThat(browser.findElements(By.cssSelector("#view img"))).isEmpty();
    link.click();
    WebElement text =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".report-text")));

    assertThat(text.getText()).contains("<img src=x onerror=").contains("<b>bold claim</b>");
    assertThat(browser.findElements(By.cssSelector("#view img, #view script, #view b"))).isEmpty();
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("<script>");
    assertThat(js("return window.__attacheXss === undefined")).isEqualTo(true);
    shoot("hostile-report.png");
  }

  @Test
  void dyadViewChartsTheYearsAndLeadsToTheEvidenceSentence() throws IOException {
    open("#/dyad/AZ/PK");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".year-chart rect.bar")));

    assertThat(browser.findElements(By.cssSelector(".year-chart rect.bar"))).hasSize(3);
    assertThat(browser.findElements(By.cssSelector(".type-bars rect.bar"))).hasSize(2);
    // The third event has no date of its own: it takes its report's day, 2024.
    assertThat(texts(".timeline-year")).containsExactly("2021", "2023", "2024");
    assertThat(texts(".officials a")).contains("Elnur Gasimov", "Tariq Mahmood");
    assertThat(browser.findElements(By.cssSelector(".swimlanes circle.dot"))).hasSize(3);
    assertThat(browser.findElement(By.id("view")).getText()).doesNotContainPattern("(?m)^null$");
    shoot("dyad.png");
    browser.findElement(By.cssSelector(".swimlanes circle.dot.t-EXERCISE")).click();
    assertThat(browser.findElement(By.cssSelector(".timeline .event.current")).getText())
        .contains("two-week exercise");

    browser.findElement(By.cssSelector(".timeline .event[data-event] a.source")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".evidence.current")));
    assertThat(String.join("", texts(".evidence.current"))).contains("two-week exercise");
    shoot("dyad-to-evidence.png");
  }

  @Test
  void eventListFiltersByTypeAndQuotesTheEvidence() throws IOException {
    open("#/events");
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.event"), 4));
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("type")))
        .selectByValue("EXERCISE");
    browser.findElement(By.cssSelector(".event-filters button")).click();
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.event"), 1));

    assertThat(texts("article.event .evidence-quote"))
        .singleElement()
        .asString()
        .contains("two-week exercise");
    shoot("events.png");
  }

  @Test
  void personPageQuotesTheSentencesNamingThemEachOneClickFromItsReport() throws IOException {
    open("#/persons");
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Tariq Mahmood"))).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Tariq Mahmood"));

    assertThat(texts(".event .states")).isNotEmpty();
    assertThat(texts(".columns ul.plain a")).contains("Elnur Gasimov");
    assertThat(texts(".titles-over-time strong")).contains("General");
    assertThat(texts(".mention-quote")).anyMatch(q -> q.contains("watched the final stage"));
    shoot("person.png");

    browser.findElement(By.cssSelector(".mention-quote a.in-context")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sentence.current")));
    assertThat(texts(".sentence.current")).singleElement().asString().contains("Tariq Mahmood");
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  @Test
  void dyadOfTheExamplesLeadsToAnEventShowingEachReportsEvidenceInItsOwnText() throws IOException {
    browser.get("http://127.0.0.1:" + examples.port() + "/#/dyad/AZ/PK");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".timeline .event")));
    shoot("examples-dyad.png");
    // The page counts the reports and sources as the API (and so the command line) does.
    JsonNode sources =
        ApiTest.send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            "http://127.0.0.1:" + examples.port() + "/api/dyads/AZ/PK"))
                    .build())
            .body()
            .path("sources");
    assertThat(browser.findElement(By.cssSelector(".headline-figures")).getText())
        .contains(
            sources.path("reports").asInt()
                + " reports ("
                + sources.path("reprintFamilies").asInt()
                + " reprint famil")
        .contains(sources.path("independentSources").asInt() + " independent sources");
    // The visit that three of the examples tell (two of them a report and its reprint).
    WebElement link =
        browser.findElements(By.cssSelector(".timeline a.occurrence-link")).stream()
            .filter(a -> a.getText().startsWith("All 3 reports"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no event of three reports: " + texts(".event")));
    String href = link.getAttribute("href");
    String id =
        URLDecoder.decode(href.substring(href.indexOf("#/event/") + 8), StandardCharsets.UTF_8);
    link.click();
    wait.until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.occurrence-report"), 3));

    JsonNode event =
        ApiTest.send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            "http://127.0.0.1:" + examples.port() + "/api/events/" + id))
                    .build())
            .body();
    assertThat(event.path("reports")).hasSize(3);
    for (JsonNode r : event.path("reports")) {
      WebElement article =
          browser.findElement(
              By.cssSelector(
                  "article.occurrence-report[data-report='" + r.path("reportId").asText() + "']"));
      String marked =
          article.findElements(By.cssSelector(".report-text .evidence")).stream()
              .map(WebElement::getText)
              .reduce("", String::concat);
      assertThat(oneLine(marked)).isNotEmpty().isEqualTo(oneLine(r.path("evidenceText").asText()));
      // The mark sits inside the report's whole text, not a copy of the sentence alone.
      assertThat(article.findElement(By.cssSelector(".report-text")).getAttribute("textContent"))
          .hasSizeGreaterThan(marked.length() * 2);
    }
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Visit");
    assertThat(texts(".facts dd")).anyMatch(t -> t.contains("3 reports, 2 independent sources"));
    shoot("occurrence.png");
  }

  private static JsonNode examplesApi(String pathAndQuery) {
    return ApiTest.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + examples.port() + pathAndQuery))
                .build())
        .body();
  }

  /** The id of the examples' AZ–PK event of that type whose date is as asked (null: none). */
  private static String examplesEvent(String type, String date) {
    for (JsonNode e : examplesApi("/api/events?state=AZ&with=PK&type=" + type).path("items")) {
      if (java.util.Objects.equals(e.path("date").textValue(), date)) {
        return e.path("id").asText();
      }
    }
    throw new AssertionError("No " + type + " of AZ and PK dated " + date + " in the examples");
  }

  /** Opens an event's page with no token kept, checks no form shows, then gives the token. */
  private static void openAsAnalyst(String eventId) {
    browser.get("http://127.0.0.1:" + examples.port() + "/#/event/" + eventId);
    js("sessionStorage.clear()");
    browser.navigate().refresh();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".token-form")));
    assertThat(browser.findElements(By.cssSelector(".correction-form"))).isEmpty();
    browser.findElement(By.name("token")).sendKeys(EXAMPLES_TOKEN);
    browser.findElement(By.cssSelector(".token-form button")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".correction-form")));
    browser.findElement(By.name("author")).sendKeys("A. Analyst");
  }

  @Test
  void anAnalystWhoGaveTheTokenCorrectsAnEventsDateOnItsPage() throws IOException {
    // The cadets' course at Kakul: "last year", with nothing to anchor it, so no date.
    String id = examplesEvent("TRAINING", null);
    openAsAnalyst(id);
    WebElement date = browser.findElement(By.cssSelector(".correction-form input[name=date]"));
    date.clear();
    date.sendKeys("2022");
    browser
        .findElement(By.name("reason"))
        .sendKeys("the academy's yearbook lists the course in 2022");
    shoot("occurrence-correcting.png");
    browser.findElement(By.cssSelector(".correction-form button[type=submit]")).click();

    wait.until(ExpectedConditions.textToBe(By.cssSelector(".facts dd"), "2022"));
    assertThat(examplesApi("/api/events/" + id).path("date").asText()).isEqualTo("2022");
    assertThat(texts(".correction-status")).allMatch(String::isEmpty);
    shoot("occurrence-corrected.png");
  }

  @Test
  void anAnalystRejectsAnEventOnItsPageAndItLeavesTheDyad() {
    // The plan of cooperation signed at the end of the Baku meeting, dated without a year.
    String id = examplesEvent("AGREEMENT", "XXXX-05-11");
    int before = examplesApi("/api/dyads/AZ/PK").path("total").asInt();
    openAsAnalyst(id);
    browser.findElement(By.name("reason")).sendKeys("a plan to sign, not a signed agreement");
    browser.findElement(By.cssSelector(".correction-form button.danger")).click();

    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Event rejected"));
    assertThat(texts(".rejected")).singleElement().asString().contains("A. Analyst");
    assertThat(
            ApiTest.send(
                    java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(
                                "http://127.0.0.1:" + examples.port() + "/api/events/" + id))
                        .build())
                .status())
        .isEqualTo(404);
    assertThat(examplesApi("/api/dyads/AZ/PK").path("total").asInt()).isEqualTo(before - 1);
  }
}
