package io.mynumberlineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.pia.PiaImporter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Documents whose issuer cannot be read never share a key, so neither supersedes the other; the
 * same bytes under another file name are the same assessment version.
 */
class AssessmentIdentityTest {

    private static final PiaImporter IMPORTER = new PiaImporter();
    private static final ManifestGraphMapper MAPPER = new ManifestGraphMapper(new io.mynumberlineage.law.CatalogLegalBasisResolver(io.mynumberlineage.law.CitationParser.withDefaults()));

    /** An invented 基礎項目評価書 whose cover names no issuer. */
    private static byte[] withoutIssuer(String town) {
        return ("""
                特定個人情報保護評価書（基礎項目評価書）
                評価書番号 7
                評価書名 住民基本台帳に関する事務 基礎項目評価書
                Ⅰ 関連情報
                1.特定個人情報ファイルを取り扱う事務
                ①事務の名称 住民基本台帳に関する事務
                ②事務の内容 %sの住民の記録を管理する。
                ③システムの名称 既存住民基本台帳システム
                2.特定個人情報ファイル名
                住民基本台帳ファイル
                """.formatted(town)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void twoDocumentsWhoseIssuerIsUnreadGetTwoAssessments() {
        var first = IMPORTER.importBytes("a.txt", withoutIssuer("甲"));
        var second = IMPORTER.importBytes("b.txt", withoutIssuer("乙"));
        assertThat(first.ok()).as(String.valueOf(first.error())).isTrue();
        String key = first.manifest().document().assessmentKey();
        assertThat(key).isEqualTo("source:" + first.manifest().document().sha256());
        assertThat(second.manifest().document().assessmentKey()).isNotEqualTo(key);
        assertThat(first.manifest().document().municipality()).isNull();
    }

    @Test
    void theSameBytesUnderAnotherFileNameAreTheSameVersionWithTheSameContent() {
        var first = MAPPER.map(IMPORTER.importBytes("one-name.txt", withoutIssuer("甲")).manifest());
        var renamed = MAPPER.map(IMPORTER.importBytes("other-name.txt", withoutIssuer("甲")).manifest());
        assertThat(renamed.assessmentId()).isEqualTo(first.assessmentId());
        assertThat(renamed.assessment().get("contentSha")).isEqualTo(first.assessment().get("contentSha"));
        assertThat(renamed.assessment().get("fileName")).isNotEqualTo(first.assessment().get("fileName"));
    }
}
