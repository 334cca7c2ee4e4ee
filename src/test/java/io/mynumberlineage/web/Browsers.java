package io.mynumberlineage.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, driven directly: naming the driver binary keeps Selenium
 * Manager from trying to download a browser, which this project's machines cannot do.
 */
final class Browsers {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browsers() {
    }

    static ChromeDriver headlessChromium() {
        return headlessChromium(null);
    }

    /** With {@code downloads} set, files the page saves land in that directory without a prompt. */
    static ChromeDriver headlessChromium(Path downloads) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("ブラウザテストには Debian の chromium と chromium-driver が必要です: "
                    + "apt-get install -y chromium chromium-driver fonts-noto-cjk");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1400,900", "--lang=ja");
        if (downloads != null) {
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false,
                    "profile.default_content_setting_values.automatic_downloads", 1));
        }
        var browser = new ChromeDriver(options);
        if (downloads != null) {
            // Headless Chromium ignores the download preference unless told through DevTools as well.
            browser.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        }
        return browser;
    }

    /**
     * Collects Content-Security-Policy violations from the first script on of every page this
     * browser opens, into {@code window.cspViolations}. DevTools-injected scripts are not subject
     * to the page's policy, so the listener itself causes none.
     */
    static void collectCspViolations(ChromeDriver browser) {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.cspViolations = [];
                document.addEventListener('securitypolicyviolation', (e) => {
                  window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);
                });
                """));
    }

    /** Logs in through the app's own login page, as a person would; ends on the page it was sent from. */
    static void logIn(ChromeDriver browser, String baseUrl, String user, String password) {
        if (!browser.getCurrentUrl().contains("/login.html")) {
            browser.get(baseUrl + "/login.html");
        }
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("submit")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }
}
