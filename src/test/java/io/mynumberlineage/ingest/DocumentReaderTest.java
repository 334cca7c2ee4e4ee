package io.mynumberlineage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** One reading for every entry point: the same names, bounds and refusals for the CLI, uploads and the demo. */
class DocumentReaderTest {

    private static final DocumentReader SMALL = new DocumentReader(new IngestLimits(20, 1_000, 100, 8, 50));

    private static SourceFile text(String name, String text) {
        return new SourceFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEndlessLineIsRefusedBeforeExtraction() {
        assertThatThrownBy(() -> SMALL.read(text("a.txt", "特定個人情報保護評価書\n" + "あ".repeat(101))))
                .isInstanceOf(DocumentRejected.class).hasMessageContaining("2 行目が長すぎます").hasMessageContaining("101 文字");
    }

    @Test
    void tooManyCharactersAreRefused() {
        assertThatThrownBy(() -> SMALL.read(text("a.txt", ("い".repeat(90) + "\n").repeat(12))))
                .isInstanceOf(DocumentRejected.class).hasMessageContaining("文字数が多すぎます");
    }

    @Test
    void manifestsAreBoundedWhileStreaming() {
        assertThatThrownBy(() -> SMALL.read(text("m.json", "[[[[[[[[[[1]]]]]]]]]]")))
                .isInstanceOf(DocumentRejected.class).hasMessageContaining("入れ子");
        assertThatThrownBy(() -> SMALL.read(text("m.json", "{\"a\": \"" + "x".repeat(60) + "\"}")))
                .isInstanceOf(DocumentRejected.class).hasMessageContaining("文字列の上限 50");
        assertThatThrownBy(() -> SMALL.read(new SourceFile("m.json", new byte[] {'{', (byte) 0xff, '}'})))
                .isInstanceOf(DocumentRejected.class).hasMessageContaining("UTF-8");
    }

    @Test
    void namesThatCannotBeShownOrKeptAreRefused() {
        assertThatThrownBy(() -> SMALL.read(text(".hidden.txt", "x"))).isInstanceOf(DocumentRejected.class)
                .hasMessageContaining("ファイル名が使えません");
        assertThatThrownBy(() -> SMALL.read(text("a.txt", ""))).isInstanceOf(DocumentRejected.class)
                .hasMessageContaining("空のファイル");
        assertThat(DocumentReader.shownName("a\u0001b.txt")).isEqualTo("a?b.txt");
    }

    @Test
    void aDocumentWithinTheBoundsIsRead() {
        var read = new DocumentReader(IngestLimits.DEFAULT).read(text("town.txt", """
                特定個人情報保護評価書（基礎項目評価書）
                評価実施機関名
                架空町長
                I 関連情報
                ①事務の名称
                住民基本台帳に関する事務
                """));
        assertThat(read.isManifest()).isFalse();
        assertThat(read.manifest().document().processName()).isEqualTo("住民基本台帳に関する事務");
        assertThat(read.coverage().nonBlankLines()).isEqualTo(6);
    }
}
