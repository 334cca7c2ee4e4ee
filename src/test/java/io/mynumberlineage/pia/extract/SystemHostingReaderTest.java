package io.mynumberlineage.pia.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.manifest.Provenance;
import io.mynumberlineage.manifest.SystemRecord;
import io.mynumberlineage.pia.read.PiaDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hosting read from an invented document written for this test. */
class SystemHostingReaderTest {

    private static final List<String> TEXT = List.of(
            "①システムの名称 住民情報システム",            // 1
            "②システムの機能 住民の記録を管理する。",          // 2
            "①システムの名称 予約受付サービス",            // 3
            "②システムの機能 J-LIS が選んだ LGWAN-ASP として提供される受付機能。", // 4
            "①システムの名称 窓口支援アプリ",              // 5
            "②システムの機能 窓口での記入を助ける。",          // 6
            "①保管場所",                                  // 7
            "＜窓口支援アプリにおける措置＞",                // 8
            "・ガバメントクラウド上に構築するため、その基盤の対策に従う。", // 9
            "＜上記以外のシステムにおける措置＞",            // 10
            "鍵のかかる部屋に設置したサーバ内に保管する。",    // 11
            "この町の基幹業務はガバメントクラウド上に構築された事業者の基幹", // 12
            "システムで運用する。",                          // 13
            "④書類管理システム");                           // 14

    private static SystemRecord system(int ordinal, String name, int line) {
        return new SystemRecord("s" + ordinal, name, List.of(), List.of(), null,
                new Provenance("invented.txt", "I/2/システム" + ordinal, line, name));
    }

    private static Manifest manifest(List<SystemRecord> systems) {
        return new Manifest(Manifest.SCHEMA_VERSION, null, systems, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    private static PiaDocument document(List<String> lines) {
        return new PiaDocument("invented.txt", "0".repeat(64), "UTF-8", List.of(), lines, PiaDocument.Shape.TABBED,
                lines.size(), List.of());
    }

    @Test
    void eachPlaceTheFormSpeaksOfGivesHostingWithItsLine() {
        var read = SystemHostingReader.apply(document(TEXT), manifest(List.of(system(1, "住民情報システム(既存住基)", 1),
                system(2, "予約受付サービス", 3), system(3, "窓口支援アプリ", 5), system(4, "書類管理システム", 14))));
        var byId = read.systems().stream().collect(java.util.stream.Collectors.toMap(SystemRecord::id, s -> s));

        assertThat(byId.get("s3").hosting()).isEqualTo("ガバメントクラウド");
        assertThat(byId.get("s3").hostingProvenance().line()).isEqualTo(9);
        assertThat(byId.get("s3").hostingRuleId()).as("the block names the system: stated").isNull();

        assertThat(byId.get("s2").hosting()).isEqualTo("LGWAN-ASP");
        assertThat(byId.get("s2").hostingProvenance().line()).isEqualTo(4);

        assertThat(byId.get("s1").hosting()).as("the core system, read through the rule").isEqualTo("ガバメントクラウド");
        assertThat(byId.get("s1").hostingRuleId()).isEqualTo("CORE_SYSTEM_ON_GOV_CLOUD");
        assertThat(byId.get("s1").hostingProvenance().line()).isEqualTo(12);

        assertThat(byId.get("s4").hosting()).as("nothing says where it runs: unknown").isNull();
        assertThat(byId.get("s4").hostingProvenance()).isNull();
    }

    @Test
    void aDocumentThatSaysNothingOfHostingIsLeftAsItWas() {
        var systems = List.of(system(1, "住民情報システム", 1));
        var manifest = manifest(systems);
        var lines = List.of("①システムの名称 住民情報システム", "②システムの機能 記録を管理する。");
        assertThat(SystemHostingReader.apply(document(lines), manifest)).isSameAs(manifest);
    }
}
