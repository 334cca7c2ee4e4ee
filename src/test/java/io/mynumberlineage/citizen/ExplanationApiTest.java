package io.mynumberlineage.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mynumberlineage.AppTestSupport;
import io.mynumberlineage.audit.InventedPia;
import io.mynumberlineage.graph.ManifestLoader;
import io.mynumberlineage.manifest.CitationRecord;
import io.mynumberlineage.manifest.EntrustmentRecord;
import io.mynumberlineage.manifest.TextRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** explain(process, audience) over an invented 事務 whose facts the test knows. */
class ExplanationApiTest extends AppTestSupport {

    static final String TOWN = "説明確認町";

    private static final String EXPLAIN = """
            query($p: ID!, $a: Audience) { explain(process: $p, audience: $a) {
              process processName municipality audience title
              sections { key heading sentences items { label detail basisKeys citations evidence { sectionPath line } } } } }
            """;

    @Autowired
    ManifestLoader loader;

    @BeforeEach
    void loadTown() {
        var pia = new InventedPia(TOWN);
        pia.useBases.add(new CitationRecord(null, "番号法第9条第1項 別表第一の16の項", InventedPia.at("I/5/法令上の根拠", 8)));
        pia.provide("flow-1", "他の市町村長", List.of("番号法第19条第8号 別表第二 27の項"), List.of("27"), List.of("情報提供ネットワークシステム"));
        pia.entrustments.add(new EntrustmentRecord("entrust-1", "file-1", "住民記録システムの保守", "架空保守株式会社", "再委託しない",
                null, InventedPia.at("II/4/委託事項1", 50)));
        pia.contacts.add(new TextRecord("特定個人情報の開示・訂正・利用停止請求/①請求先", "説明確認町総務課 電話 000-000-0000",
                InventedPia.at("IV/1", 90)));
        loader.load(pia.manifest());
    }

    private JsonNode explain(String audience) {
        JsonNode processes = graphql("query($m: String) { processes(municipality: $m) { id name municipality assessment } }",
                Map.of("m", TOWN));
        JsonNode process = processes.path("data").path("processes").get(0);
        assertThat(process.path("name").asText()).isEqualTo("住民基本台帳に関する事務");
        JsonNode response = graphql(EXPLAIN, Map.of("p", process.path("id").asText(), "a", audience));
        assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
        return response.path("data").path("explain");
    }

    private static JsonNode section(JsonNode explanation, String key) {
        for (JsonNode s : explanation.path("sections")) {
            if (s.path("key").asText().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no section " + key + " in " + explanation);
    }

    @Test
    void citizenExplanationCoversEverySectionInPlainSentences() {
        JsonNode e = explain("CITIZEN");
        assertThat(e.path("sections")).extracting(s -> s.path("heading").asText()).containsExactly(
                "保有する情報", "利用の根拠", "提供先と理由", "委託先", "保存期間", "開示請求の窓口", "マイナポータルで確認できること");
        assertThat(section(e, "held").path("sentences").get(0).asText())
                .contains(TOWN).contains("住民基本台帳ファイル").contains("個人番号").contains("4情報");
        JsonNode recipient = section(e, "recipients").path("items").get(0);
        assertThat(recipient.path("label").asText()).contains("市町村長");
        assertThat(recipient.path("detail").asText()).contains("事務の処理のため").contains("情報提供ネットワークシステム");
        // Citizens get sentences, not keys or source lines.
        assertThat(recipient.path("basisKeys")).isEmpty();
        assertThat(recipient.path("evidence").isNull()).isTrue();
        assertThat(section(e, "contractors").path("items").get(0).path("label").asText()).isEqualTo("架空保守株式会社");
        assertThat(section(e, "retention").path("items").get(0).path("detail").asText()).contains("150年");
        assertThat(section(e, "disclosure").path("items").get(0).path("detail").asText()).contains("説明確認町総務課");
        assertThat(section(e, "portal").path("sentences").toString()).contains("情報提供等記録").contains("1件");
        assertThat(section(e, "use").path("sentences").toString()).contains("番号法");
    }

    @Test
    void auditorExplanationCarriesKeysAndSources() {
        JsonNode e = explain("AUDITOR");
        JsonNode recipient = section(e, "recipients").path("items").get(0);
        assertThat(recipient.path("basisKeys")).extracting(JsonNode::asText).contains("番号法/19/8/別表2/27");
        assertThat(recipient.path("citations")).extracting(JsonNode::asText).containsExactly("番号法第19条第8号 別表第二 27の項");
        assertThat(recipient.path("evidence").path("sectionPath").asText()).isEqualTo("II/5/提供先1");
        JsonNode use = section(e, "use").path("items").get(0);
        assertThat(use.path("basisKeys")).extracting(JsonNode::asText).containsExactly("番号法/9/1/別表1/16");
        assertThat(use.path("evidence").path("line").asInt()).isEqualTo(8);
    }

    @Test
    void unknownProcessGivesNull() {
        JsonNode response = graphql(EXPLAIN, Map.of("p", "どこにもない事務", "a", "CITIZEN"));
        assertThat(response.path("errors").isMissingNode()).isTrue();
        assertThat(response.path("data").path("explain").isNull()).isTrue();
    }
}
