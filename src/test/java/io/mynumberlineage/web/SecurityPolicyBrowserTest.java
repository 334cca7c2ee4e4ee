package io.mynumberlineage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page works under the Content-Security-Policy: a listener installed before any page script
 * records violations, and none may occur while the page loads, draws and is used.
 */
class SecurityPolicyBrowserTest extends AuditedTownBrowserSupport {

    static final String TOWN = "安全方針確認村";

    @Override
    protected String town() {
        return TOWN;
    }

    @BeforeEach
    void listenForCspViolations() {
        Browsers.collectCspViolations(browser);
    }

    private List<?> violations() {
        return (List<?>) ((JavascriptExecutor) browser).executeScript("return window.cspViolations || ['listener missing']");
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(40));
    }

    @Test
    void thePagesRunWithoutAnyPolicyViolation() throws Exception {
        String town = URLEncoder.encode(TOWN, StandardCharsets.UTF_8);

        browser.get(baseUrl() + "/");
        waiting().until(d -> Boolean.TRUE.equals(browser.executeScript("return !!(window.lineage && window.lineage.ready)")));
        browser.findElement(By.id("search-text")).sendKeys("住民基本台帳");
        waiting().until(d -> !d.findElements(By.cssSelector("#suggestions li")).isEmpty());
        browser.findElement(By.cssSelector("#suggestions li")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#network canvas")).isEmpty());
        Thread.sleep(1500);
        assertThat(violations()).as("explorer").isEmpty();
        // The side panel colours its kind tag from script; that must not need a style attribute.
        String file;
        try (var session = driver.session()) {
            file = "PersonalInfoFile:" + session.run("MATCH (f:PersonalInfoFile) WHERE f.id STARTS WITH $town RETURN f.id AS id",
                    java.util.Map.of("town", TOWN)).single().get("id").asString();
        }
        String encoded = URLEncoder.encode(file, StandardCharsets.UTF_8);
        browser.get(baseUrl() + "/?start=" + encoded + "&sel=" + encoded);
        waiting().until(d -> !d.findElements(By.cssSelector("#panel .kind-tag")).isEmpty());
        assertThat(violations()).as("explorer side panel").isEmpty();

        browser.get(baseUrl() + "/citizen.html?muni=" + town);
        waiting().until(d -> !d.findElements(By.cssSelector("#explanation section[data-key=portal]")).isEmpty());
        assertThat(violations()).as("citizen page").isEmpty();

        browser.get(baseUrl() + "/graphiql");
        waiting().until(d -> !d.findElements(By.cssSelector(".graphiql-container")).isEmpty());
        // GraphiQL asks for the schema at start; give it time to render the editors with it.
        Thread.sleep(3000);
        assertThat(violations()).as("GraphiQL").isEmpty();

        browser.get(baseUrl() + "/findings.html?muni=" + town);
        assertThat(violations()).as("login page").isEmpty();
        Browsers.logIn(browser, baseUrl(), AUDITOR, PASSWORD);
        waiting().until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return window.lineageFindings ? window.lineageFindings.graphNodes : 0")).intValue() >= 2);
        // An auditor may re-run the audit from the page (a POST with the session's CSRF token).
        browser.findElement(By.id("run")).click();
        waiting().until(d -> d.findElement(By.id("status")).getText().contains("件の指摘"));
        assertThat(browser.findElement(By.id("status")).getText()).doesNotContain("エラー");
        assertThat(violations()).as("findings page").isEmpty();

        // The listener does catch what the policy forbids: an inline style element added now.
        ((JavascriptExecutor) browser).executeScript(
                "const s = document.createElement('style'); s.textContent = 'body { color: red; }'; document.head.append(s);");
        waiting().until(d -> !violations().isEmpty());
        assertThat(violations().get(0).toString()).startsWith("style-src");
    }
}
