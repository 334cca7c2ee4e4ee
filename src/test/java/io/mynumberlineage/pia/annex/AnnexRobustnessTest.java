package io.mynumberlineage.pia.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.mynumberlineage.RequiresSeeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever arrives, the extractor answers with a result and warnings, never an exception. */
class AnnexRobustnessTest {

    private final AnnexRecipientExtractor extractor = new AnnexRecipientExtractor();

    @Test
    void emptyInputGivesAnEmptyResultWithAWarning() {
        for (List<String> input : List.<List<String>>of(List.of(), Collections.singletonList(null))) {
            AnnexResult r = extractor.extract("empty", input);
            assertThat(r.provisions()).isEmpty();
            assertThat(r.transfers()).isEmpty();
            assertThat(r.unparsed()).isEmpty();
            assertThat(r.warnings()).isNotEmpty();
        }
        assertThat(extractor.extract("null", null).warnings()).isNotEmpty();
    }

    @Test
    void aDocumentWithoutAnnexGivesAnEmptyResultWithAWarning() {
        List<String> lines = SyntheticAnnexTest.normalise("""
                Ⅱ　特定個人情報ファイルの概要
                 １．特定個人情報ファイル名
                １．架空ファイル
                [ ○ ] 提供を行っている （ 1 ） 件
                 提供先1 架空県知事
                 ①法令上の根拠 番号法第19条第８号　別表第二（第9項）
                Ⅲ　特定個人情報ファイルの取扱いプロセスにおけるリスク対策
                """);
        AnnexResult r = extractor.extract("no-annex", lines);
        assertThat(r.provisions()).isEmpty();
        assertThat(r.transfers()).isEmpty();
        assertThat(r.warnings()).anyMatch(w -> w.contains("別紙"));
    }

    /** Seeds whose 提供・移転 section neither refers to a 別紙 nor states more recipients than it shows. */
    @RequiresSeeds
    @ParameterizedTest
    @ValueSource(strings = {"001_f7a929a81e0b27b8.txt", "004_8b11f365a781c64d.txt"})
    void seedsWithoutAnnexGiveAnEmptyResult(String seed) throws Exception {
        AnnexResult r = extractor.extract(seed, SeedLines.read(seed));
        assertThat(r.provisions()).isEmpty();
        assertThat(r.transfers()).isEmpty();
        assertThat(r.unparsed()).isEmpty();
        assertThat(r.warnings()).anyMatch(w -> w.contains("見つかりません"));
    }

    /**
     * Seed 002 states 57 提供 and 24 移転 but shows only the first slots; the rest lived in a 別紙
     * that is not part of the text. What is shown comes back in order, the shortfall is reported.
     */
    @RequiresSeeds
    @Test
    void seedWhoseAnnexIsMissingGivesTheShownRecipientsAndReportsTheShortfall() throws Exception {
        String seed = "002_44f59ed5427b0870.txt";
        AnnexResult r = extractor.extract(seed, SeedLines.read(seed));
        assertThat(r.provisions()).extracting(f -> f.ordinal())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(r.provisions().get(0).recipient()).isEqualTo("厚生労働大臣");
        assertThat(r.provisions().get(0).beppyoItems()).containsExactly("1");
        assertThat(r.provisions().get(0).methods()).containsExactly("情報提供ネットワークシステム");
        assertThat(r.provisions().get(19).recipient()).isEqualTo("国家公務員共済組合");
        assertThat(r.provisions().get(19).beppyoItems()).containsExactly("39");
        // the text itself starts its 移転先 at 3
        assertThat(r.transfers().get(0).ordinal()).isEqualTo(3);
        assertThat(r.transfers().get(0).recipient()).isEqualTo("健康福祉部健康づくり課");
        assertThat(r.warnings()).anyMatch(w -> w.contains("移転先1") && w.contains("欠落"));
        assertThat(r.warnings()).anyMatch(w -> w.contains("（57）件") && w.contains("20件"));
    }

    @RequiresSeeds
    @Test
    void truncatedInputNeverThrows() throws Exception {
        List<String> full = SeedLines.read("003_d3c6de1e57e97b3d.txt");
        for (int cut : new int[] {1, 60, 1200, 1250, 2100, 6000, 6900, 8420, 8500, 8700}) {
            List<String> part = full.subList(0, cut);
            assertThatCode(() -> extractor.extract("cut-" + cut, part)).doesNotThrowAnyException();
            AnnexResult r = extractor.extract("cut-" + cut, part);
            assertThat(r.warnings()).as("cut at %d", cut).isNotEmpty();
        }
        // cut in the middle of the 移転先 rows: what is there is kept, the rest is reported missing
        AnnexResult r = extractor.extract("cut", full.subList(0, 8240));
        assertThat(r.transfers()).isNotEmpty();
        assertThat(r.warnings()).anyMatch(w -> w.contains("移転") && w.contains("一致しません"));
    }

    @RequiresSeeds
    @Test
    void shuffledAndDamagedLinesNeverThrow() throws Exception {
        List<String> full = SeedLines.read("003_d3c6de1e57e97b3d.txt");
        Random random = new Random(20260401L);
        for (int round = 0; round < 5; round++) {
            List<String> damaged = new ArrayList<>(full.subList(5800, 8800));
            Collections.shuffle(damaged, random);
            damaged.replaceAll(s -> s.isEmpty() || random.nextInt(10) > 0 ? s : s.substring(random.nextInt(s.length())));
            assertThatCode(() -> extractor.extract("shuffled", damaged)).doesNotThrowAnyException();
        }
    }
}
