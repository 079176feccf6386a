package org.givefirst.web.support;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A headless Debian Chromium driven through Debian's chromedriver, offline: the driver and the
 * browser are given by path, so Selenium Manager never tries to download anything. Each browser
 * has its own fresh profile folder, deleted on {@link #close()}.
 */
public final class Browser implements AutoCloseable {

    /** Where Chromium and chromedriver are; the same variables as src/test/sh/ensure-chromium.sh. */
    private static final String CHROMIUM = System.getenv().getOrDefault("GIVEFIRST_CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getenv().getOrDefault("GIVEFIRST_CHROMEDRIVER", "/usr/bin/chromedriver");

    private final Path home;
    private final WebDriver driver;

    public Browser() {
        try {
            home = Files.createTempDirectory("givefirst-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withEnvironment(java.util.Map.of(
                        "XDG_CONFIG_HOME", home.resolve("config").toString(),
                        "XDG_CACHE_HOME", home.resolve("cache").toString()))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1000", "--lang=en",
                "--user-data-dir=" + home.resolve("profile"));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves a PNG of the page under the screenshots folder (target/screenshots) and returns it. */
    public Path screenshot(String name) {
        Path folder = Path.of(System.getProperty("givefirst.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(name + ".png");
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a leftover temporary folder is not worth failing a test for
            }
        }
    }
}
