package io.mynumberlineage.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.AppTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium loads the page, which draws search results with vis-network. */
class ExplorerPageBrowserTest extends AppTestSupport {

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.headlessChromium();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void searchResultsAreDrawnOnTheCanvas() throws Exception {
        write("MERGE (s:System {id: 'test-browser-1'}) SET s.name = 'ブラウザ確認住基システム'", Map.of());
        browser.get(baseUrl() + "/?q=" + java.net.URLEncoder.encode("ブラウザ確認", java.nio.charset.StandardCharsets.UTF_8));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return window.lineage ? window.lineage.nodes.length : 0")).intValue() >= 1);
        assertThat(browser.findElements(By.cssSelector("#network canvas"))).isNotEmpty();
        assertThat(browser.findElement(By.id("results")).getText()).contains("ブラウザ確認住基システム");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("マイナンバー・リネージ");
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(shots.resolve("explorer-search.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void graphiqlLoadsWithoutInternet() {
        browser.get(baseUrl() + "/graphiql");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector(".graphiql-container")).isEmpty());
        assertThat(browser.findElements(By.cssSelector(".graphiql-container"))).hasSize(1);
    }
}
