package io.mynumberlineage.pia.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PiaReaderTest {

    private static final String FORM = "I 基本情報\n①事務の名称\t住民基本台帳に関する事務\n③委託先名\t株式会社テスト\n";

    private final PiaReader reader = new PiaReader();

    private static byte[] bytes(String s, Charset cs) {
        return s.getBytes(cs);
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    @Test
    void detectsUtf8WithAndWithoutBom() throws Exception {
        PiaDocument plain = reader.read("a", bytes(FORM, StandardCharsets.UTF_8));
        PiaDocument bom = reader.read("b", withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(FORM, StandardCharsets.UTF_8)));
        assertThat(plain.encoding()).isEqualTo("UTF-8");
        assertThat(bom.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(bom.lines()).extracting(SourceLine::text).isEqualTo(plain.lines().stream().map(SourceLine::text).toList());
        assertThat(bom.lines().get(0).text()).isEqualTo("I 基本情報");
    }

    @Test
    void detectsShiftJisAndUtf16() throws Exception {
        // A longer text gives the detector enough Japanese to decide.
        String text = FORM.repeat(20);
        PiaDocument sjis = reader.read("sjis", bytes(text, Charset.forName("windows-31j")));
        assertThat(sjis.encoding()).containsIgnoringCase("31j");
        assertThat(sjis.lines().get(1).cells()).containsExactly("①事務の名称", "住民基本台帳に関する事務");

        PiaDocument le = reader.read("le", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes(text, StandardCharsets.UTF_16LE)));
        assertThat(le.encoding()).isEqualTo("UTF-16LE (BOM)");
        assertThat(le.lines().get(2).cells()).containsExactly("③委託先名", "株式会社テスト");

        PiaDocument be = reader.read("be", bytes("I Basic\n" + text, StandardCharsets.UTF_16BE));
        assertThat(be.encoding()).isEqualTo("UTF-16BE");
        assertThat(be.lines().get(2).cells()).containsExactly("①事務の名称", "住民基本台帳に関する事務");
    }

    @Test
    void keepsCheckboxStateAndCircledLabelsWhileNormalising() throws Exception {
        String html = "②入手方法\t<input checked=\"\" type=\"checkbox\"/> 紙 [<input type=\"checkbox\"/>] 電子メール "
                + "[<input checked type=\"checkbox\"/>] 電子記録媒体 &lt;選択肢&gt; <p>ＡＢＣ１２３</p>\n"
                + "④再委託の有無\t[<input type=\"checkbox\"/> 再委託しない]\n"
                + "⑥提供方法\t[ ○ ] 専用線 [ ] 紙 [O] 庁内連携システム\n";
        PiaDocument d = reader.read("x", bytes(html, StandardCharsets.UTF_8));
        assertThat(d.lines().get(0).cells()).containsExactly("②入手方法", "[x] 紙 [ ] 電子メール [x] 電子記録媒体 <選択肢> ABC123");
        assertThat(d.lines().get(1).cells()).containsExactly("④再委託の有無", "[再委託しない]");
        assertThat(d.lines().get(2).cells()).containsExactly("⑥提供方法", "[x] 専用線 [ ] 紙 [x] 庁内連携システム");
        assertThat(new FormNormalizer().normalize("Ⅱ　特定個人情報ファイルの概要（１）")).isEqualTo("II 特定個人情報ファイルの概要(1)");
    }

    @Test
    void angleBracketTextThatIsNotHtmlSurvives() throws Exception {
        PiaDocument d = reader.read("t", bytes("<AI-OCR>\n<http://example.jp/a/>\n<選択肢> 1) 紙\n<p>本文</p><br/>\n", StandardCharsets.UTF_8));
        assertThat(d.lines()).extracting(SourceLine::text).containsExactly("<AI-OCR>", "<http://example.jp/a/>", "<選択肢> 1) 紙", "本文");
    }

    @Test
    void splitsMarkdownTablesAndStripsHeadings() throws Exception {
        PiaDocument d = reader.read("md", bytes("# I 基本情報\n| ①部署 | 市民課 |\n|---|---|\n**5. 特定個人情報の提供・移転**\n", StandardCharsets.UTF_8));
        assertThat(d.lines()).extracting(SourceLine::text).containsExactly("I 基本情報", "①部署\t市民課", "|---|---|", "5. 特定個人情報の提供・移転");
    }

    @Test
    void rejoinsLinesWrappedByPdfExtractionKeepingOriginalNumbers() throws Exception {
        String wrapped = String.join("\n", List.of(
                "提供先14 公営住宅法第二条第十六号に規定する事業主体である",
                "都道府県知事",
                "",
                "④提供する情報の対象とな",
                "る本人の数",
                "これは一行で終わる文である。",
                "次の行は別の文である。",
                "短い",
                "行"));
        PiaDocument d = reader.read("pdf", bytes(wrapped, StandardCharsets.UTF_8));
        assertThat(d.shape()).isEqualTo(PiaDocument.Shape.PDF_TEXT);
        assertThat(d.lines().get(0).text()).isEqualTo("提供先14 公営住宅法第二条第十六号に規定する事業主体である都道府県知事");
        assertThat(d.lines().get(0).lineNumber()).isEqualTo(1);
        assertThat(d.lines().get(0).lastLineNumber()).isEqualTo(2);
        assertThat(d.lines().get(1).text()).isEqualTo("④提供する情報の対象となる本人の数");
        assertThat(d.lines().get(1).lineNumber()).isEqualTo(4);
        assertThat(d.lines().get(2).text()).isEqualTo("これは一行で終わる文である。");
        assertThat(d.normalizedLines()).hasSize(9);
        assertThat(d.nonBlankLineCount()).isEqualTo(8);
    }

    @Test
    void refusesEmptyBinaryAndTooLargeInput() {
        assertThatThrownBy(() -> reader.read("e", new byte[0])).isInstanceOf(PiaReadException.class)
                .satisfies(e -> assertThat(((PiaReadException) e).reason()).isEqualTo(PiaReadException.Reason.EMPTY));
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 % 7);
        }
        assertThatThrownBy(() -> reader.read("b", binary)).isInstanceOf(PiaReadException.class)
                .satisfies(e -> assertThat(((PiaReadException) e).reason()).isEqualTo(PiaReadException.Reason.BINARY))
                .hasMessageContaining("バイナリ");
        assertThatThrownBy(() -> new PiaReader(10).read("big", new byte[11])).isInstanceOf(PiaReadException.class)
                .satisfies(e -> assertThat(((PiaReadException) e).reason()).isEqualTo(PiaReadException.Reason.TOO_LARGE));
    }

    @Test
    void brokenUtf8IsReadWithAWarning() throws Exception {
        byte[] good = bytes(FORM.repeat(10), StandardCharsets.UTF_8);
        good[20] = (byte) 0xFF;
        PiaDocument d = reader.read("broken", good);
        assertThat(d.warnings()).anyMatch(w -> w.contains("置換文字"));
        assertThat(d.lines()).isNotEmpty();
    }
}
