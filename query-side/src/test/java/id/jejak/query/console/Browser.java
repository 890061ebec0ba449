package id.jejak.query.console;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's chromium, driven by its chromedriver, headless. Both paths are given, so Selenium Manager never tries to
 * download a browser or a driver; if they are missing the tests fail (CI installs them), they are not skipped.
 */
final class Browser implements AutoCloseable {

    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String CHROMIUM = "/usr/bin/chromium";
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    final WebDriver driver;
    final Path downloads;
    private final Path profile;

    Browser() throws IOException {
        assertThat(new File(CHROMEDRIVER).canExecute()).as("chromium-driver is installed (apt-get install chromium "
                + "chromium-driver)").isTrue();
        assertThat(new File(CHROMIUM).canExecute()).as("chromium is installed").isTrue();
        profile = Files.createTempDirectory("jejak-chromium-");
        downloads = Files.createTempDirectory("jejak-downloads-");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1366,1600", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        org.springframework.util.FileSystemUtils.deleteRecursively(downloads);
    }
}
