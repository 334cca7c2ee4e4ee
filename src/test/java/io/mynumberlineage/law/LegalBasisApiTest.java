package io.mynumberlineage.law;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mynumberlineage.AppTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The law queries answered by the running app over HTTP, old and new citation forms alike. */
class LegalBasisApiTest extends AppTestSupport {

    private static final String PARSE = """
            query($c: String!, $m: String, $d: String) {
              legalBasis(citation: $c, municipality: $m, asOf: $d) {
                ok bases { key kind title era { writtenForm } } unparsedFragments error { code fragment }
              }
            }""";

    @Test
    void oldAndNewFormsOfANetworkProvisionShareOneKey() {
        JsonNode old = graphql(PARSE, Map.of("c", "番号法第19条第7号 別表第二 27の項", "d", "2017-04-01"))
                .path("data").path("legalBasis");
        JsonNode written2021 = graphql(PARSE, Map.of("c", "番号法第19条第８号 別表第二（第27項）", "d", "2023-01-10"))
                .path("data").path("legalBasis");
        assertThat(old.path("ok").asBoolean()).isTrue();
        assertThat(old.path("bases").findValuesAsText("key")).containsExactly("番号法/19/8/別表2/27");
        assertThat(written2021.path("bases").findValuesAsText("key")).containsExactly("番号法/19/8/別表2/27");
        assertThat(old.path("bases").get(0).path("title").asText()).isNotBlank();
    }

    @Test
    void ordinanceArticleUsesTheMunicipality() {
        JsonNode parse = graphql(PARSE, Map.of("c", "番号法第9条第2項 番号条例第5条第1項", "m", "架空市"))
                .path("data").path("legalBasis");
        assertThat(parse.path("bases").findValuesAsText("key")).contains("条例/架空市/5/1");
    }

    @Test
    void gibberishIsATypedErrorNamingTheFragment() {
        JsonNode parse = graphql(PARSE, Map.of("c", "番号法別表第三 5の項")).path("data").path("legalBasis");
        assertThat(parse.path("ok").asBoolean()).isFalse();
        assertThat(parse.path("error").path("code").asText()).isEqualTo("UNPARSED_FRAGMENT");
        assertThat(parse.path("error").path("fragment").asText()).isEqualTo("別表第三");
        JsonNode prose = graphql(PARSE, Map.of("c", "根拠の記載なし")).path("data").path("legalBasis");
        assertThat(prose.path("ok").asBoolean()).isFalse();
        assertThat(prose.path("error").path("code").asText()).isEqualTo("NO_BASIS_FOUND");
    }

    @Test
    void catalogListingFiltersByTable() {
        JsonNode list = graphql("{ legalBases(filter: {table: \"別表2\"}, first: 500) { key table known flowCount } }",
                Map.of()).path("data").path("legalBases");
        assertThat(list.size()).isGreaterThanOrEqualTo(120);
        assertThat(list.findValuesAsText("table")).containsOnly("別表2");
        assertThat(list.findValuesAsText("key")).contains("番号法/19/8/別表2/27");
    }
}
