package io.mynumberlineage.web;

import java.nio.file.Files;
import java.nio.file.Path;
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
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("ブラウザテストには Debian の chromium と chromium-driver が必要です: "
                    + "apt-get install -y chromium chromium-driver fonts-noto-cjk");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,860", "--lang=ja");
        return new ChromeDriver(options);
    }
}
