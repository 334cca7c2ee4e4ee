package io.mynumberlineage.web;

import io.mynumberlineage.AppTestSupport;
import io.mynumberlineage.audit.AuditRunner;
import io.mynumberlineage.audit.InventedPia;
import io.mynumberlineage.graph.ManifestLoader;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A headless browser on the app holding one invented town whose 提供 goes out by e-mail, audited,
 * so that the pages have a process to explain and a finding to list.
 */
abstract class AuditedTownBrowserSupport extends AppTestSupport {

    @Autowired
    ManifestLoader loader;

    @Autowired
    AuditRunner runner;

    protected ChromeDriver browser;

    /** The invented town's name; each test class has its own, so their data do not meet. */
    protected abstract String town();

    @BeforeEach
    void loadAuditedTownAndOpenBrowser() {
        var pia = new InventedPia(town());
        pia.provide("flow-1", "他の市町村長", List.of(), List.of(), List.of("電子メール"));
        loader.load(pia.manifest());
        runner.runAll();
        browser = Browsers.headlessChromium();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
