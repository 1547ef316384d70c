package org.attache.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, driven through its chromedriver: no browser is downloaded. The
 * browser tests share it; they skip themselves when chromium or chromedriver is not installed.
 */
final class HeadlessChromium {
  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
  static final Path SHOTS = Paths.get("target", "screenshots");

  /**
   * Held so the level sticks: Selenium warns that it has no DevTools bindings for this Chromium.
   */
  private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

  private HeadlessChromium() {}

  /** Skips the calling test class, with what to install, when the browser is not there. */
  static void assumeInstalled() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Browser test skipped: install Debian's chromium and chromium-driver"
            + " (apt-get install chromium chromium-driver).");
  }

  /** A browser with a 1400×1000 window; the caller quits it. */
  static ChromeDriver start() throws IOException {
    SELENIUM.setLevel(Level.SEVERE);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1400, 1000));
    Files.createDirectories(SHOTS);
    return browser;
  }

  /** Saves what the browser shows as {@code target/screenshots/NAME}. */
  static void shoot(ChromeDriver browser, String name) throws IOException {
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
