package io.mynumberlineage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The citizen page explains a loaded 事務; the findings page lists what the audit found. */
class CitizenAndFindingsPageBrowserTest extends AuditedTownBrowserSupport {

    static final String TOWN = "画面確認村";

    @Override
    protected String town() {
        return TOWN;
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void citizenPageExplainsTheChosenProcess() throws Exception {
        browser.get(baseUrl() + "/citizen.html?muni=" + q(TOWN));
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.cssSelector("#explanation section[data-key=portal]")).isEmpty());
        String text = browser.findElement(By.id("explanation")).getText();
        assertThat(text).contains(TOWN).contains("保有する情報").contains("住民基本台帳ファイル")
                .contains("他の市町村長").contains("マイナポータル").contains("150年");
        assertThat(browser.getCurrentUrl()).contains("process=");
        shot("citizen.png");
        // Printed, the page keeps the explanation and drops the controls.
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        assertThat(browser.findElement(By.id("chooser")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("explanation")).isDisplayed()).isTrue();
        shot("citizen-print.png");
    }

    @Test
    void findingsPageListsAndDrawsFindings() throws Exception {
        browser.get(baseUrl() + "/findings.html?muni=" + q(TOWN));
        // Findings are for auditors: the page sends a visitor to the login form and back.
        assertThat(browser.getCurrentUrl()).contains("/login.html");
        Browsers.logIn(browser, baseUrl(), AUDITOR, PASSWORD);
        assertThat(browser.getCurrentUrl()).contains("/findings.html");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return window.lineageFindings ? window.lineageFindings.graphNodes : 0")).intValue() >= 2);
        String table = browser.findElement(By.id("findings")).getText();
        assertThat(table).contains("法的根拠のない個人番号の提供・移転").contains("電子メール");
        var link = browser.findElement(By.cssSelector("#findings a"));
        assertThat(link.getAttribute("href")).contains("/?start=Flow");
        assertThat(browser.findElements(By.cssSelector("#finding-graph canvas"))).isNotEmpty();
        shot("findings.png");
    }

    private void shot(String name) throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(shots.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
