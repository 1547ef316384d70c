package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The network and the map in Debian's headless Chromium, over the reports of {@link
 * NetworkReports}: what is drawn, and that a click leads to the right person or evidence.
 * Screenshots go to {@code target/screenshots/}.
 */
class MapAndNetworkIT {

  private static AttacheServer server;
  private static ChromeDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    HeadlessChromium.assumeInstalled();
    server =
        AttacheServer.start(
            NetworkReports.catalog(), new ServerOptions(ServerOptions.LOOPBACK, 0, null));
    browser = HeadlessChromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    // the map is drawn again when its view changes: an element read mid-redraw is read again
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static void open(String hash) {
    browser.get("http://127.0.0.1:" + server.port() + "/" + hash);
  }

  private static List<String> texts(String css) {
    return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  private static List<String> attributes(String css, String name) {
    return browser.findElements(By.cssSelector(css)).stream()
        .map(e -> e.getAttribute(name))
        .toList();
  }

  private static void shoot(String name) throws IOException {
    HeadlessChromium.shoot(browser, name);
  }

  /** An SVG shape's click, where the pointer may land on a label drawn over it. */
  private static void click(WebElement e) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", e);
  }

  @Test
  void networkDrawsPersonsAndStatesAndLeadsToPersonsAndEvidence() throws IOException {
    open("#/network");
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".network .node"), 7));

    assertThat(texts(".network .node-person .node-label"))
        .containsExactlyInAnyOrder("Elnur Gasimov", "Tariq Mahmood", "Selim Aydin");
    assertThat(attributes(".network .node-state", "data-node"))
        .containsExactlyInAnyOrder("s:AZ", "s:PK", "s:TR", "s:UZ");
    assertThat(browser.findElements(By.cssSelector(".network .edge-met"))).hasSize(3);
    assertThat(texts(".ties li").get(0)).startsWith("Azerbaijan – Pakistan").contains("5 events");
    shoot("network.png");

    browser.findElement(By.cssSelector(".ties li button")).click();
    assertThat(browser.findElements(By.cssSelector(".net-side .event-links li"))).hasSize(5);
    assertThat(browser.findElements(By.cssSelector(".network .edge.current"))).hasSize(1);
    shoot("network-edge.png");
    WebElement source =
        browser.findElement(By.cssSelector(".net-side li a.source[href^='#/report/trilat']"));
    assertThat(source.getText()).isEqualTo("Three armies open a joint exercise near Baku");
    source.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".evidence.current")));
    assertThat(String.join("", texts(".evidence.current"))).contains("began a joint exercise");

    open("#/network");
    WebElement aydin =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[local-name()='g'][*[local-name()='text' and .='Selim Aydin']]")));
    click(aydin);
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Selim Aydin"));
    assertThat(browser.getCurrentUrl()).contains("#/person/");
  }

  @Test
  void networkFiltersByTypeAndYears() {
    open("#/network");
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".network .node"), 7));
    new Select(browser.findElement(By.name("type"))).selectByValue("EXERCISE");
    browser.findElement(By.name("from")).sendKeys("2023");
    browser.findElement(By.cssSelector(".event-filters button")).click();
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".network .node"), 5));

    assertThat(attributes(".network .node-state", "data-node"))
        .containsExactlyInAnyOrder("s:AZ", "s:PK", "s:TR");
    assertThat(texts(".network .node-person .node-label"))
        .containsExactlyInAnyOrder("Tariq Mahmood", "Selim Aydin");
  }

  @Test
  void aLargeNetworkIsLaidOutInsideItsDrawing() throws IOException {
    try (AttacheServer large =
        AttacheServer.start(
            SyntheticReports.generate(400, 7).catalog(),
            new ServerOptions(ServerOptions.LOOPBACK, 0, null))) {
      browser.get("http://127.0.0.1:" + large.port() + "/#/network");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".network .node")));
      List<WebElement> nodes = browser.findElements(By.cssSelector(".network .node"));
      assertThat(nodes).hasSize(36); // six states, thirty officials
      shoot("network-large.png");
      // Every node lies inside the drawing, and not all on one spot.
      Object spread =
          ((JavascriptExecutor) browser)
              .executeScript(
                  "const box = document.querySelector('.network').getBoundingClientRect();"
                      + "const c = [...document.querySelectorAll('.network .node circle,"
                      + " .network .node rect')].map(n => n.getBoundingClientRect());"
                      + "const inside = c.every(r => r.left >= box.left && r.right <= box.right"
                      + " && r.top >= box.top && r.bottom <= box.bottom);"
                      + "const xs = c.map(r => r.left);"
                      + "return inside ? Math.max(...xs) - Math.min(...xs) : -1;");
      assertThat(((Number) spread).doubleValue()).isGreaterThan(300);
      assertThat(browser.findElements(By.cssSelector(".network .node-person .node-label")))
          .hasSize(30);
    }
  }

  @Test
  void mapMarksTheStatesLinksThePairsAndListsTheirEvidence() throws IOException {
    open("#/map");
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".world-map .marker"), 4));

    assertThat(browser.findElements(By.cssSelector(".world-map path.land")).size())
        .isGreaterThan(150);
    assertThat(attributes(".world-map .marker", "data-state"))
        .containsExactlyInAnyOrder("AZ", "PK", "TR", "UZ");
    assertThat(attributes(".world-map .pair", "data-pair"))
        .containsExactlyInAnyOrder("AZ-PK", "AZ-TR", "PK-TR", "TR-UZ");
    // Azerbaijan hosted the talks in Baku and the trilateral exercise.
    assertThat(browser.findElements(By.cssSelector(".world-map .marker[data-state=AZ] .hosted")))
        .hasSize(1);
    shoot("map.png");
    browser.findElement(By.xpath("//button[.='Whole world']")).click();
    wait.until(
        d ->
            "0 0 1000 560"
                .equals(d.findElement(By.cssSelector(".world-map")).getDomAttribute("viewBox")));
    shoot("map-world.png");
    browser.findElement(By.xpath("//button[.='Fit to the events']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//button[.='Whole world']")));

    click(browser.findElement(By.cssSelector(".world-map .marker[data-state=TR]")));
    // textContent, as written: the heading's CSS shows it in capitals.
    assertThat(browser.findElement(By.cssSelector(".net-side h2")).getAttribute("textContent"))
        .matches("Türkiye|Turkey");
    assertThat(browser.findElements(By.cssSelector(".net-side .event-links li"))).hasSize(3);
    click(browser.findElement(By.cssSelector(".world-map .pair[data-pair=AZ-TR]")));
    assertThat(browser.findElements(By.cssSelector(".net-side .event-links li"))).hasSize(2);
    assertThat(attributes(".world-map .current", "data-pair")).containsExactly("AZ-TR");
    shoot("map-pair.png");
    browser.findElement(By.cssSelector(".net-side li a.source[href^='#/report/ankara']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".evidence.current")));
    assertThat(String.join("", texts(".evidence.current"))).contains("received");
  }
}
