package io.mynumberlineage.pia;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.RequiresSeeds;
import io.mynumberlineage.manifest.FlowRecord;
import io.mynumberlineage.manifest.Manifest;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives a clear error or a partial manifest with warnings, never a crash or silent loss. */
class BadInputTest {

    private final PiaImporter importer = new PiaImporter();

    private static byte[] seedBytes(String prefix) throws Exception {
        return Files.readAllBytes(Seeds.seed(prefix));
    }

    /** Builds a 12-digit string with a valid check digit at run time, so none is stored in the source. */
    private static String withValidCheckDigit(String elevenDigits) {
        for (char c = '0'; c <= '9'; c++) {
            if (io.mynumberlineage.guard.MyNumberDetector.hasValidCheckDigit(elevenDigits + c)) {
                return elevenDigits + c;
            }
        }
        throw new IllegalStateException();
    }

    @Test
    void aNumberThatPassesTheMyNumberCheckDigitIsRefusedWithoutEchoingIt() throws Exception {
        // Any readable 評価書 will do: the project's invented one runs on every checkout.
        String text = SyntheticFormTest.FORM;
        String candidate = withValidCheckDigit("98765432109");
        ImportOutcome o = importer.importBytes("leak.txt", (text + "\n備考\t" + candidate + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(o.ok()).isFalse();
        assertThat(o.error().code()).isEqualTo("MY_NUMBER");
        assertThat(o.error().message()).doesNotContain(candidate).contains("行目");
    }

    @Test
    void anInventedNumberFailingTheCheckDigitIsNotMistakenForOne() throws Exception {
        // Any readable 評価書 will do: the project's invented one runs on every checkout.
        String text = SyntheticFormTest.FORM;
        String candidate = withValidCheckDigit("98765432109");
        String failing = candidate.substring(0, 11) + (char) ('0' + (candidate.charAt(11) - '0' + 1) % 10);
        ImportOutcome o = importer.importBytes("ok.txt", (text + "\n備考\t" + failing + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(o.ok()).isTrue();
    }

    @Test
    void emptyInputIsAClearError() {
        ImportOutcome o = importer.importBytes("empty.txt", new byte[0]);
        assertThat(o.ok()).isFalse();
        assertThat(o.error().code()).isEqualTo("EMPTY");
        assertThat(o.error().message()).contains("空のファイル", "empty.txt");
    }

    @Test
    void binaryInputIsRefused() {
        byte[] png = new byte[8192];
        new Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D}, 0, png, 0, 12);
        ImportOutcome o = importer.importBytes("picture.png", png);
        assertThat(o.ok()).isFalse();
        assertThat(o.error().code()).isIn("BINARY", "UNDECODABLE");
    }

    @Test
    void textThatIsNotAnAssessmentIsRefused() {
        String letter = "拝啓 時下ますますご清栄のこととお喜び申し上げます。\n会議の日程をお知らせします。\n\n敬具\n";
        ImportOutcome o = importer.importBytes("letter.txt", letter.getBytes(StandardCharsets.UTF_8));
        assertThat(o.ok()).isFalse();
        assertThat(o.error().code()).isEqualTo("NOT_A_PIA");
        assertThat(o.error().message()).contains("特定個人情報保護評価書");
    }

    @Test
    void fileOverTheLimitIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024 + 1);
        }
        ImportOutcome o = importer.importFile(big);
        assertThat(o.ok()).isFalse();
        assertThat(o.error().code()).isEqualTo("TOO_LARGE");
        assertThat(o.error().message()).contains("大きすぎ");
    }

    @Test
    void missingFileIsAnIoError(@TempDir Path dir) {
        ImportOutcome o = importer.importFile(dir.resolve("nothing.txt"));
        assertThat(o.error().code()).isEqualTo("IO");
    }

    @RequiresSeeds
    @Test
    void truncatedDocumentGivesAPartialManifestWithWarnings() throws Exception {
        byte[] full = seedBytes("002_");
        String text = new String(full, StandardCharsets.UTF_8);
        // Cut in the middle of the 提供先 list, inside a line.
        int cut = text.indexOf("提供先8") + 7;
        ImportOutcome o = importer.importBytes("truncated.txt", text.substring(0, cut).getBytes(StandardCharsets.UTF_8));
        assertThat(o.ok()).isTrue();
        Manifest m = o.manifest();
        assertThat(m.flows()).extracting(FlowRecord::recipient).hasSize(8).startsWith("厚生労働大臣", "全国健康保険協会").endsWith("市町");
        assertThat(m.report().warnings()).anyMatch(w -> w.contains("提供先は 57 件と記載") && w.contains("8 件"));
        assertThat(o.coverage().missing()).isEmpty();
        assertThat(Seeds.JSON.read(Seeds.JSON.write(m))).isEqualTo(m);
    }

    @RequiresSeeds
    @Test
    void brokenEncodingKeepsWhatCanBeReadAndWarns() throws Exception {
        byte[] bytes = seedBytes("000_");
        Random random = new Random(42);
        for (int i = 0; i < 40; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) 0xFF;
        }
        ImportOutcome o = importer.importBytes("broken.txt", bytes);
        assertThat(o.ok()).isTrue();
        assertThat(o.manifest().document().sourceEncoding()).isEqualTo("UTF-8");
        assertThat(o.manifest().report().warnings()).anyMatch(w -> w.contains("置換文字"));
        assertThat(o.manifest().files()).isNotEmpty();
        assertThat(o.coverage().missing()).isEmpty();
    }

    @RequiresSeeds
    @Test
    void shiftJisAndUtf16CopiesGiveTheSameFacts() throws Exception {
        String text = new String(seedBytes("002_"), StandardCharsets.UTF_8);
        Manifest utf8 = importer.importBytes("utf8.txt", text.getBytes(StandardCharsets.UTF_8)).manifest();
        Manifest sjis = importer.importBytes("sjis.txt", text.getBytes(Charset.forName("windows-31j"))).manifest();
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bom = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xFE}, 2 + utf16.length);
        System.arraycopy(utf16, 0, bom, 2, utf16.length);
        Manifest utf16le = importer.importBytes("utf16.txt", bom).manifest();

        assertThat(sjis.document().sourceEncoding()).containsIgnoringCase("31j");
        assertThat(utf16le.document().sourceEncoding()).isEqualTo("UTF-16LE (BOM)");
        for (Manifest m : new Manifest[] {sjis, utf16le}) {
            assertThat(m.flows()).extracting(FlowRecord::recipient).containsExactlyElementsOf(utf8.flows().stream().map(FlowRecord::recipient).toList());
            assertThat(Seeds.systemNames(m)).isEqualTo(Seeds.systemNames(utf8));
            assertThat(Seeds.contractors(m)).isEqualTo(Seeds.contractors(utf8));
        }
    }
}
