package io.mynumberlineage.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mynumberlineage.AppTestSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The resident printout of a typical 事務 (the demo data's 個人住民税, loaded into the empty test
 * store on start), printed to PDF on A4 by Chromium: at most two pages, headings in words, the
 * recorded items summarised, no address-bar noise.
 */
class CitizenPrintoutBrowserTest extends AppTestSupport {

    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");

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

    private String processOf(String municipality, String namePart) {
        JsonNode processes = graphql("query($m: String) { processes(municipality: $m) { id name } }", Map.of("m", municipality))
                .path("data").path("processes");
        for (JsonNode p : processes) {
            if (p.path("name").asText().contains(namePart)) {
                return p.path("id").asText();
            }
        }
        throw new AssertionError("demo process not found: " + municipality + " " + namePart);
    }

    @Test
    void theResidentPrintoutOfATypicalProcessIsTwoA4Pages() throws Exception {
        String process = processOf("花巻市", "個人住民税");
        browser.get(baseUrl() + "/citizen.html?muni=" + java.net.URLEncoder.encode("花巻市", StandardCharsets.UTF_8)
                + "&process=" + java.net.URLEncoder.encode(process, StandardCharsets.UTF_8) + "&audience=CITIZEN");
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript("return !!window.citizenReady")));
        String text = browser.findElement(By.id("explanation")).getText();
        // Headings and labels in words: no canonical key, no markup, no encoded address.
        assertThat(text).doesNotContain("番号法/", "<input", "%E");
        assertThat(text).contains("個人番号");

        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setPageMargin(new PageMargin(1.4, 1.2, 1.4, 1.2));
        options.setBackground(false);
        byte[] pdf = Base64.getDecoder().decode(browser.print(options).getContent());
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "citizen-printout.pdf"), pdf);
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        long pages = PAGE.matcher(raw).results().count();
        assertThat(pages).as("A4 pages of the printout").isBetween(1L, 2L);
    }
}
