package io.mynumberlineage.pia.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.manifest.FileRecord;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.manifest.Provenance;
import io.mynumberlineage.manifest.SystemRecord;
import io.mynumberlineage.pia.read.PiaDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Holders read from the 保管場所 cell of an invented document written for this test. */
class FileHoldingReaderTest {

    private static final List<String> TEXT = List.of(
            "2. 基本情報 ファイル1 住民記録ファイル",        // 1
            "①保管場所",                                  // 2
            "＜予約受付サービスにおける措置＞",              // 3
            "受付サーバは施錠した部屋にある。",              // 4
            "＜連携中間サーバ基盤における措置＞",            // 5
            "事業者の環境に置く。",                         // 6
            "＜上記以外のシステムにおける措置＞",            // 7
            "庁舎のサーバ室に置く。",                       // 8
            "②保管期間",                                  // 9
            "＜窓口支援アプリにおける措置＞",                // 10: after the cell, not a holder
            "2. 基本情報 ファイル2 送付先ファイル",          // 11
            "①保管場所",                                  // 12
            "施錠した部屋のサーバに置く。",                  // 13
            "②保管期間");                                 // 14

    private static SystemRecord system(int ordinal, String name) {
        return new SystemRecord("s" + ordinal, name, List.of(), List.of(), null,
                new Provenance("invented.txt", "I/2/システム" + ordinal, ordinal, name));
    }

    private static FileRecord file(int ordinal, String name, int line) {
        return new FileRecord("f" + ordinal, name, List.of(), null, List.of("個人番号"), null, null, null,
                new Provenance("invented.txt", "II/ファイル" + ordinal, line, name));
    }

    @Test
    void blockHeadingsOfTheStorageCellNameTheFilesHolders() {
        var manifest = new Manifest(Manifest.SCHEMA_VERSION, null,
                List.of(system(1, "予約受付サービス"), system(2, "中間サーバー"), system(3, "窓口支援アプリ")),
                List.of(file(1, "住民記録ファイル", 1), file(2, "送付先ファイル", 11)), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
        var doc = new PiaDocument("invented.txt", "0".repeat(64), "UTF-8", List.of(), TEXT, PiaDocument.Shape.TABBED,
                TEXT.size(), List.of());
        var files = FileHoldingReader.apply(doc, manifest).files();

        assertThat(files.get(0).systems()).containsExactly("予約受付サービス", "中間サーバー");
        assertThat(files.get(0).systemsProvenance()).extracting(Provenance::line).containsExactly(3, 5);
        assertThat(files.get(1).systems()).as("a cell naming no system adds nothing").isEmpty();
        assertThat(files.get(1).systemsProvenance()).isNull();
    }

    @Test
    void filesNamedInASummaryTakeTheStorageCellsInOrder() {
        // Both files are first named on lines 1–2 (a summary), far from their sections.
        List<String> text = List.of("ファイル 住民記録ファイル", "ファイル 送付先ファイル", "①保管場所",
                "＜予約受付サービスにおける措置＞", "②保管期間", "①保管場所", "施錠した部屋に置く。", "②保管期間");
        var manifest = new Manifest(Manifest.SCHEMA_VERSION, null, List.of(system(1, "予約受付サービス")),
                List.of(file(1, "住民記録ファイル", 1), file(2, "送付先ファイル", 2)), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
        var doc = new PiaDocument("invented.txt", "0".repeat(64), "UTF-8", List.of(), text, PiaDocument.Shape.TABBED,
                text.size(), List.of());
        var files = FileHoldingReader.apply(doc, manifest).files();
        assertThat(files.get(0).systems()).containsExactly("予約受付サービス");
        assertThat(files.get(0).systemsProvenance().get(0).line()).isEqualTo(4);
        assertThat(files.get(1).systems()).isEmpty();
    }
}
