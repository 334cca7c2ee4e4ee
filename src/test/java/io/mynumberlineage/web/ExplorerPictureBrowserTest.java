package io.mynumberlineage.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mynumberlineage.AppTestSupport;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer's picture on the demo data the app ships (loaded into the empty test store on
 * start): the largest files fold into a readable picture — one line per (from, to, kind), groups
 * of recipients, lanes, no overlapping boxes — while the table keeps every statement; groups open
 * and fold again; the PNG holds the whole picture; the keyboard pans and zooms. Screenshots at
 * 1600×1000 go to target/screenshots.
 */
class ExplorerPictureBrowserTest extends AppTestSupport {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path downloads;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.headlessChromium(downloads);
        browser.manage().window().setSize(new Dimension(1600, 1000));
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The file of that name in that municipality, found through the search API as a person would. */
    private String fileId(String name, String municipality) {
        JsonNode hits = graphql("""
                query($t: String!) { search(text: $t, kinds: [FILE], first: 20) { ... on SearchHits { hits { node { id name } } } } }""",
                Map.of("t", name)).path("data").path("search").path("hits");
        for (JsonNode hit : hits) {
            String id = hit.path("node").path("id").asText();
            if (id.contains(municipality + "/") && hit.path("node").path("name").asText().contains(name)) {
                return id;
            }
        }
        throw new AssertionError("demo file not found: " + municipality + " " + name);
    }

    /** Statements the API answers for both directions (each way on its own), counted here independently of the page. */
    private Set<String> statementsFromApi(String fileId) {
        Set<String> keys = new HashSet<>();
        for (String direction : List.of("DOWNSTREAM", "UPSTREAM")) {
            JsonNode edges = graphql("""
                    query($f: ID!, $d: TraceDirection) { trace(from: $f, direction: $d, maxHops: 6, budget: 2000) {
                      ... on Trace { edges { id flow { id } } } } }""", Map.of("f", fileId, "d", direction))
                    .path("data").path("trace").path("edges");
            for (JsonNode e : edges) {
                // A file held in a system (STORED_IN) is no statement: the page lists it as its own row.
                keys.add(e.path("flow").isObject() ? e.path("flow").path("id").asText() : e.path("id").asText());
            }
        }
        return keys;
    }

    private void openTrace(String fileId) {
        browser.get(baseUrl() + "/?start=" + fileId);
        wait.until(d -> Boolean.TRUE.equals(d instanceof ChromeDriver c
                && Boolean.TRUE.equals(c.executeScript("return !!(window.lineage && window.lineage.ready && window.lineage.drawn && window.lineage.drawn.nodes > 1)"))));
        // The view settles after the page's layout: let vis-network's resize pass run.
        browser.executeAsyncScript("const done = arguments[0]; setTimeout(done, 400);");
    }

    /** The page already at its address: wait until it has drawn and settled. */
    private void openTraceAt() {
        wait.until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "return !!(window.lineage && window.lineage.ready && window.lineage.drawn && window.lineage.drawn.nodes > 1)")));
        browser.executeAsyncScript("const done = arguments[0]; setTimeout(done, 400);");
    }

    private int attr(String name) {
        return Integer.parseInt(browser.findElement(By.id("network")).getAttribute("data-" + name));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Number>> boxes() {
        return (List<Map<String, Number>>) browser.executeScript("return window.lineage.boxes()");
    }

    private static boolean overlap(Map<String, Number> a, Map<String, Number> b) {
        return a.get("left").doubleValue() < b.get("right").doubleValue() && b.get("left").doubleValue() < a.get("right").doubleValue()
                && a.get("top").doubleValue() < b.get("bottom").doubleValue() && b.get("top").doubleValue() < a.get("bottom").doubleValue();
    }

    private void assertReadableSmallCompletePicture(String fileId) {
        openTrace(fileId);
        int nodes = attr("nodes");
        int edges = attr("edges");
        int flows = attr("flows");
        assertThat(nodes).isBetween(2, 40);
        assertThat(edges).isBetween(1, 60);
        // Every statement the API answers is listed, in the table and in data-flows.
        assertThat(flows).isEqualTo(statementsFromApi(fileId).size());
        assertThat(browser.findElements(By.cssSelector("#flow-rows tr"))).hasSize(flows);
        // Labels (14 px) stay at least about 11 px on screen at the default zoom.
        assertThat(((Number) browser.executeScript("return window.lineage.network.getScale()")).doubleValue()).isGreaterThanOrEqualTo(0.78);
        List<Map<String, Number>> boxes = boxes();
        assertThat(boxes).hasSize(nodes);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(overlap(boxes.get(i), boxes.get(j)))
                        .as("boxes of %s and %s overlap", boxes.get(i).get("id"), boxes.get(j).get("id")).isFalse();
            }
        }
        // Every hop of the view is inside exactly one drawn line, and each line's count is its statements.
        Object check = browser.executeScript("""
                const p = window.lineage.picture(), v = window.lineage.visible();
                const seen = new Map();
                for (const e of p.edges) for (const m of e.members) seen.set(m.id, (seen.get(m.id) ?? 0) + 1);
                const once = v.edges.every((e) => seen.get(e.id) === 1);
                const counts = p.edges.every((e) => e.count === new Set(e.members.map((m) => m.flowId ?? m.id.replace(/#\\d+$/, ''))).size);
                return once && counts && seen.size === v.edges.length;""");
        assertThat(check).isEqualTo(true);
    }

    @Test
    void tsukubaResidentRegisterFileDrawsASmallReadablePictureAndListsEveryStatement() throws Exception {
        String file = fileId("住民基本台帳ファイル", "つくば市");
        assertReadableSmallCompletePicture(file);
        // The form declares 58 提供先 and 28 移転先: the summary says how many were read.
        String summary = browser.findElement(By.id("summary-missing")).getText();
        assertThat(summary).contains("評価書の件数 58", "評価書の件数 28");
        shot("picture-tsukuba-jyuki.png");
    }

    @Test
    void hanamakiTaxFileDrawsASmallReadablePictureAndSaysWhatWasNotRead() throws Exception {
        String file = fileId("課税情報ファイル", "花巻市");
        assertReadableSmallCompletePicture(file);
        String summary = browser.findElement(By.id("summary-missing")).getText();
        assertThat(summary).contains("評価書の件数 57", "評価書の件数 24", "読み取れていません");
        // The file's own panel says the same.
        browser.executeScript("window.lineage.selectNode(arguments[0])", file);
        wait.until(d -> d.findElement(By.id("panel")).getText().contains("評価書の件数 57 件"));
        shot("picture-hanamaki-tax.png");
    }

    @Test
    void aGroupOfRecipientsOpensOnClickCapsItsMembersAndFoldsAgain() throws Exception {
        openTrace(fileId("住民基本台帳ファイル", "つくば市"));
        int nodesBefore = attr("nodes");
        int flows = attr("flows");
        String group = (String) browser.executeScript(
                "return window.lineage.picture().nodes.filter((n) => n.kind === 'GROUP').sort((a, b) => b.group.members.length - a.group.members.length)[0].id");
        long members = (Long) browser.executeScript("return window.lineage.picture().groups.find((g) => g.id === arguments[0]).members.length", group);
        assertThat(members).isGreaterThan(12);
        clickNodeOnCanvas(group);
        wait.until(d -> attr("nodes") > nodesBefore);
        // Opened: 12 members shown and one 「ほか N 件」 in place of the rest; the statements stay listed.
        assertThat(attr("nodes")).isEqualTo(nodesBefore - 1 + 12 + 1);
        assertThat(attr("flows")).isEqualTo(flows);
        String more = "more:" + group;
        assertThat(browser.executeScript("return window.lineage.nodes.get(arguments[0]).label", more).toString())
                .contains("ほか " + (members - 12) + " 件");
        assertThat(browser.findElement(By.id("panel")).getText()).contains("ひとつにまとめる");
        shot("picture-group-open.png");
        clickNodeOnCanvas(more);
        wait.until(d -> attr("nodes") == nodesBefore - 1 + members);
        List<Map<String, Number>> open = boxes();
        for (int i = 0; i < open.size(); i++) {
            for (int j = i + 1; j < open.size(); j++) {
                assertThat(overlap(open.get(i), open.get(j))).as("%s / %s", open.get(i).get("id"), open.get(j).get("id")).isFalse();
            }
        }
        browser.findElement(By.xpath("//*[@id='panel']//button[text()='ひとつにまとめる']")).click();
        wait.until(d -> attr("nodes") == nodesBefore);
        assertThat(browser.executeScript("return !!window.lineage.nodes.get(arguments[0])", group)).isEqualTo(true);
    }

    @Test
    void aDrawnLineListsEachOfItsStatementsWithItsOwnBasisAndSource() throws Exception {
        openTrace(fileId("課税情報ファイル", "花巻市"));
        String edge = (String) browser.executeScript("""
                return window.lineage.picture().edges.filter((e) => e.kind === '提供' || e.kind === '移転')
                  .sort((a, b) => b.count - a.count)[0].id""");
        long count = (Long) browser.executeScript("return window.lineage.picture().edges.find((e) => e.id === arguments[0]).count", edge);
        assertThat(count).isGreaterThan(1);
        browser.executeScript("window.lineage.selectPair(arguments[0])", edge);
        WebElement panel = browser.findElement(By.id("panel"));
        wait.until(d -> panel.isDisplayed());
        assertThat(panel.findElements(By.cssSelector("li.statement"))).hasSize((int) count);
        assertThat(browser.findElement(By.id("panel-title")).getText()).contains(count + " 件");
        String text = panel.getText();
        assertThat(text).contains("法令根拠", "方法", "出典", "根拠の種類");
        // 評価書名, not the file name the document was imported under.
        assertThat(text).doesNotContainPattern("\\d{3}_[0-9a-f]{16}\\.txt");
        shot("picture-edge-panel.png");
    }

    @Test
    void theExportedPngHoldsTheWholePictureWithTitleAndLegend() throws Exception {
        openTrace(fileId("住民基本台帳ファイル", "つくば市"));
        // Zoomed far in: the export must not care.
        browser.executeScript("window.lineage.network.moveTo({ scale: 2.5, animation: false })");
        browser.findElement(By.id("export-png")).click();
        Path png = awaitDownload(".png");
        BufferedImage image = ImageIO.read(png.toFile());
        @SuppressWarnings("unchecked")
        Map<String, Number> extent = (Map<String, Number>) browser.executeScript("return window.lineage.view.extent");
        double width = extent.get("right").doubleValue() - extent.get("left").doubleValue();
        double height = extent.get("bottom").doubleValue() - extent.get("top").doubleValue();
        // At least the whole picture at full size plus the title band and legend.
        assertThat(image.getWidth()).isGreaterThanOrEqualTo((int) width);
        assertThat(image.getHeight()).isGreaterThan((int) height + 150);
        // Ink in the title band, in the picture's right-most quarter (the recipients) and in the legend band.
        assertThat(inked(image, 0, 0, image.getWidth() / 2, 90)).isGreaterThan(200);
        assertThat(inked(image, image.getWidth() * 3 / 4, 90, image.getWidth(), image.getHeight() - 130)).isGreaterThan(200);
        assertThat(inked(image, 0, image.getHeight() - 110, image.getWidth(), image.getHeight())).isGreaterThan(200);
        Files.createDirectories(SHOTS);
        Files.copy(png, SHOTS.resolve("picture-export.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theCanvasPansAndZoomsByKeyboardAndThePanelOpensInViewAt1000x800() throws Exception {
        browser.manage().window().setSize(new Dimension(1000, 800));
        openTrace(fileId("課税情報ファイル", "花巻市"));
        // The picture starts on the first screen.
        long top = (Long) browser.executeScript("return Math.round(document.getElementById('network').getBoundingClientRect().top)");
        long innerHeight = (Long) browser.executeScript("return window.innerHeight");
        assertThat(top).isLessThan(innerHeight / 3);
        WebElement canvas = browser.findElement(By.id("network"));
        // Reach the canvas by Tab from the last button before it, as a keyboard user would.
        browser.findElement(By.id("export-report")).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement()).isEqualTo(canvas);
        double x0 = view("getViewPosition().x");
        double s0 = view("getScale()");
        canvas.sendKeys(Keys.ARROW_RIGHT);
        assertThat(view("getViewPosition().x")).isGreaterThan(x0);
        canvas.sendKeys("+");
        assertThat(view("getScale()")).isGreaterThan(s0);
        canvas.sendKeys("-");
        canvas.sendKeys("-");
        double zoomed = view("getScale()");
        assertThat(zoomed).isLessThan(s0);
        // The deep link keeps the zoom: reopened, the picture comes back at the same scale.
        wait.until(d -> d.getCurrentUrl().contains("v="));
        String link = browser.getCurrentUrl();
        browser.get(link);
        openTraceAt();
        assertThat(view("getScale()")).isCloseTo(zoomed, org.assertj.core.data.Offset.offset(0.01));
        canvas = browser.findElement(By.id("network"));
        // A statement opened from the table by keyboard: the panel is on screen.
        WebElement row = browser.findElement(By.cssSelector("#flow-rows tr button"));
        row.sendKeys(Keys.ENTER);
        WebElement panel = browser.findElement(By.id("panel"));
        wait.until(d -> panel.isDisplayed());
        @SuppressWarnings("unchecked")
        Map<String, Number> rect = (Map<String, Number>) browser.executeScript(
                "const r = document.getElementById('panel').getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right };");
        assertThat(rect.get("left").doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(rect.get("right").doubleValue()).isLessThanOrEqualTo(1000);
        assertThat(rect.get("top").doubleValue()).isLessThan(innerHeight);
        shot("picture-1000x800.png");
    }

    /** Search → pick → drawn trace, timed as a person meets it; written to target/screenshots/search-to-trace.txt. */
    @Test
    void searchToADrawnTraceIsTimed() throws Exception {
        browser.get(baseUrl() + "/");
        wait.until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript("return !!(window.lineage && window.lineage.ready)")));
        StringBuilder figures = new StringBuilder();
        for (int run = 0; run < 3; run++) {
            browser.get(baseUrl() + "/");
            wait.until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript("return !!(window.lineage && window.lineage.ready)")));
            WebElement input = browser.findElement(By.id("search-text"));
            long t0 = System.nanoTime();
            input.sendKeys("住民基本台帳ファイル");
            wait.until(d -> d.findElement(By.id("suggestions")).getText().contains("つくば市"));
            long suggested = System.nanoTime();
            browser.findElement(By.xpath("//ul[@id='suggestions']/li[contains(., 'つくば市')]")).click();
            wait.until(d -> {
                String nodes = d.findElement(By.id("network")).getAttribute("data-nodes");
                return nodes != null && Integer.parseInt(nodes) > 10 && ((ChromeDriver) d).getCurrentUrl().contains("start=");
            });
            long drawn = System.nanoTime();
            figures.append("run=").append(run).append(" typeToSuggestionsMs=").append((suggested - t0) / 1_000_000)
                    .append(" pickToDrawnMs=").append((drawn - suggested) / 1_000_000)
                    .append(" nodes=").append(attr("nodes")).append(" edges=").append(attr("edges"))
                    .append(" statements=").append(attr("flows")).append(System.lineSeparator());
        }
        Files.createDirectories(SHOTS);
        Files.writeString(SHOTS.resolve("search-to-trace.txt"), figures);
        System.out.println("Search to trace: " + figures);
        assertThat(attr("flows")).isPositive();
    }

    private double view(String expression) {
        return ((Number) browser.executeScript("return window.lineage.network." + expression)).doubleValue();
    }

    private static int inked(BufferedImage image, int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y += 2) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 600) {
                    count++;
                }
            }
        }
        return count;
    }

    private void clickNodeOnCanvas(String nodeId) {
        browser.executeScript("window.lineage.focusNode(arguments[0])", nodeId);
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.executeScript("""
                const n = window.lineage.network;
                const p = n.canvasToDOM(n.getPositions([arguments[0]])[arguments[0]]);
                const r = document.getElementById('network').getBoundingClientRect();
                return [p.x, p.y, r.width, r.height];""", nodeId);
        new Actions(browser).moveToElement(browser.findElement(By.id("network")),
                (int) Math.round(at.get(0).doubleValue() - at.get(2).doubleValue() / 2),
                (int) Math.round(at.get(1).doubleValue() - at.get(3).doubleValue() / 2)).click().perform();
    }

    private Path awaitDownload(String extension) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> all = files.toList();
                if (all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                    return null;
                }
                return all.stream().filter(f -> f.getFileName().toString().endsWith(extension)).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    private void shot(String name) throws Exception {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
