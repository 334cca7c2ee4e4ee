package io.mynumberlineage.pia.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.pia.extract.FormVocabulary.Part;
import org.junit.jupiter.api.Test;

/** Summary material: numbered system and file lists. */
class SummaryReaderTest {

    @Test
    void itemsBecomeSystemsAndFilesTheirProseStaysVisible() {
        var f = new FormFixture(
                "(2) 児童手当システム(以下「手当システム」という。)",   // 1
                "申請から支給までを扱う。",                            // 2
                "(1) 児童手当ファイル",                                // 3
                "受給者の記録をまとめたもの。");                        // 4
        var reader = new SummaryReader(f.state);
        f.enter(Part.SUMMARY_SYSTEMS, "概要", "1. 特定個人情報ファイルを使用するシステム");
        FormBlock system = f.block(FormBlock.Kind.ITEM, "(2)", "児童手当システム(以下「手当システム」という。)", 1);
        system.append(f.line(2));
        reader.readSystems(system);
        f.enter(Part.SUMMARY_FILES, "概要", "2. 特定個人情報ファイルの概要");
        FormBlock file = f.block(FormBlock.Kind.ITEM, "(1)", "児童手当ファイル", 3);
        file.append(f.line(4));
        reader.readFiles(file);

        assertThat(f.state.systems).singleElement().satisfies(s -> {
            assertThat(s.name).isEqualTo("児童手当システム");
            assertThat(s.ordinal).isEqualTo(2);
            assertThat(s.functions).containsExactly("申請から支給までを扱う。");
        });
        assertThat(f.state.files.only().name).isEqualTo("児童手当ファイル");
        assertThat(f.unparsedReasons()).containsExactly("ファイルの説明 (対応する項目がありません)");
    }
}
