package io.mynumberlineage.pia.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.pia.ImportOutcome;
import io.mynumberlineage.pia.PiaImporter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Cover and 事務の名称 variants met in published forms, each in a short invented document. */
class CoverVariantsTest {

    private static Manifest read(String... lines) {
        ImportOutcome o = new PiaImporter().importBytes("variant.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        assertThat(o.ok()).as("%s", o.error()).isTrue();
        return o.manifest();
    }

    private static String[] form(String issuerLine, String processValue) {
        return new String[] {"特定個人情報保護評価書(基礎項目評価書)", "評価書番号", "7", "評価書名", "介護保険に関する事務 基礎項目評価書",
            "評価実施機関名", issuerLine, "公表日 令和5年1月10日", "I 関連情報", "1. 特定個人情報ファイルを取り扱う事務",
            "①事務の名称", processValue, "②事務の概要", "保険料を決めて集め、給付を行う。", "③システムの名称", "介護保険システム"};
    }

    @Test
    void glueOfPrefectureAndTownAndAMayorsNameAreNotPartOfTheIssuer() {
        Manifest m = read(form("東雲県桜峰町長 森田一郎", "介護保険に関する事務"));
        assertThat(m.document().municipality()).isEqualTo("桜峰町");
        assertThat(m.document().organization()).isEqualTo("東雲県桜峰町長");
        assertThat(m.document().publishedOn()).isEqualTo("2023-01-10");
    }

    @Test
    void anItemNumberBeforeTheProcessNameIsDropped() {
        assertThat(read(form("桜峰町長", "1 介護保険に関する事務")).document().processName()).isEqualTo("介護保険に関する事務");
    }

    @Test
    void aDraftMarkOrABracketIsNoProcessName() {
        Manifest m = read(form("桜峰町長", "(案)"));
        // What the 事務の名称 cell holds is refused (and said so); the 評価書名 still names the 事務.
        assertThat(m.document().processName()).isEqualTo("介護保険に関する事務");
        assertThat(m.report().warnings()).anyMatch(w -> w.contains("事務の名称"));
    }

    @Test
    void aRunOnParagraphIsNoProcessName() {
        String prose = "町が保険者として加入者の資格を管理し保険料を賦課徴収するとともに要介護認定を行い介護給付及び予防給付を支給し"
                + "さらに地域支援事業を実施して高齢者の生活を支えるための仕組みを運営するもので対象者は町内の六十五歳以上の者と四十歳以上の医療保険加入者である";
        Manifest m = read(form("桜峰町長", prose));
        assertThat(m.document().processName()).isEqualTo("介護保険に関する事務");
        assertThat(m.report().warnings()).anyMatch(w -> w.contains("事務の名称"));
    }
}
