package io.mynumberlineage.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mynumberlineage.AppTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchApiTest extends AppTestSupport {

    private static final String PREFIX = "test-fts-";
    private static final List<String> NAMES = List.of("住基ネット", "既存住基システム", "中間サーバー", "住所管理",
            "基本台帳", "中間報告", "サーバ管理", "住民基本台帳ネットワーク");

    private static final String SEARCH = """
            query($text: String!, $kinds: [NodeKind!], $first: Int) {
              search(text: $text, kinds: $kinds, first: $first) {
                __typename
                ... on SearchHits { hits { score node { id kind name } } }
                ... on InputError { code message argument }
              }
            }""";

    @BeforeEach
    void names() {
        for (int i = 0; i < NAMES.size(); i++) {
            write("MERGE (s:System {id: $id}) SET s.name = $name", Map.of("id", PREFIX + i, "name", NAMES.get(i)));
        }
    }

    private List<String> testNamesFound(String text) {
        JsonNode search = graphql(SEARCH, Map.of("text", text, "kinds", List.of("SYSTEM"), "first", 200))
                .path("data").path("search");
        assertThat(search.path("__typename").asText()).isEqualTo("SearchHits");
        List<String> names = new ArrayList<>();
        for (JsonNode hit : search.path("hits")) {
            if (hit.path("node").path("id").asText().startsWith("System:" + PREFIX)) {
                names.add(hit.path("node").path("name").asText());
            }
        }
        return names;
    }

    @Test
    void twoCharacterQueryFindsOnlyNamesContainingIt() {
        assertThat(testNamesFound("住基")).containsExactlyInAnyOrder("住基ネット", "既存住基システム");
    }

    @Test
    void longerQueryIsAPhraseNotAnyBigram() {
        assertThat(testNamesFound("中間サーバ")).containsExactly("中間サーバー");
        assertThat(testNamesFound("中間 報告")).containsExactly("中間報告");
    }

    @Test
    void singleCharacterQueryIsAPrefix() {
        assertThat(testNamesFound("既")).containsExactly("既存住基システム");
    }

    @Test
    void luceneSyntaxInInputIsTakenLiterally() {
        JsonNode body = graphql(SEARCH, Map.of("text", "住基) OR name:* \\", "first", 5));
        assertThat(body.path("errors").isMissingNode()).isTrue();
        assertThat(body.path("data").path("search").path("hits").size()).isZero();
    }

    @Test
    void outOfRangePageSizeIsATypedError() {
        JsonNode search = graphql(SEARCH, Map.of("text", "住基", "first", 100_000)).path("data").path("search");
        assertThat(search.path("__typename").asText()).isEqualTo("InputError");
        assertThat(search.path("argument").asText()).isEqualTo("first");
        assertThat(search.path("message").asText()).contains("200");
    }

    @Test
    void aKindFilterReadsPastHitsOfOtherKinds() {
        // 600 short department names outrank the one longer system name, beyond the first window.
        write("UNWIND range(1, 600) AS i MERGE (d:Department {id: $prefix + i}) SET d.name = '窓口照合課' + i",
                Map.of("prefix", PREFIX + "dept-"));
        write("MERGE (s:System {id: $id}) SET s.name = '窓口照合連携システム'", Map.of("id", PREFIX + "window"));
        try {
            JsonNode all = graphql(SEARCH, Map.of("text", "窓口照合", "first", 5)).path("data").path("search");
            assertThat(all.path("hits").findValuesAsText("kind")).containsOnly("DEPARTMENT").hasSize(5);
            JsonNode systems = graphql(SEARCH, Map.of("text", "窓口照合", "kinds", List.of("SYSTEM"), "first", 5))
                    .path("data").path("search");
            assertThat(systems.path("hits").findValuesAsText("name")).containsExactly("窓口照合連携システム");
        } finally {
            write("MATCH (n) WHERE n.id STARTS WITH $prefix AND n.name STARTS WITH '窓口照合' DETACH DELETE n",
                    Map.of("prefix", PREFIX));
        }
    }

    @Test
    void nodeByGlobalId() {
        JsonNode node = graphql("query($id: ID!) { node(id: $id) { id kind name properties { key value } } }",
                Map.of("id", "System:" + PREFIX + "2")).path("data").path("node");
        assertThat(node.path("name").asText()).isEqualTo("中間サーバー");
        assertThat(node.path("kind").asText()).isEqualTo("SYSTEM");
        assertThat(node.path("properties").findValuesAsText("key")).contains("id", "name");
    }

    @Test
    void unknownOrMalformedIdsGiveNull() {
        for (String id : List.of("System:no-such-node", "Nonsense:1", "no-colon", "System:")) {
            JsonNode body = graphql("query($id: ID!) { node(id: $id) { id } }", Map.of("id", id));
            assertThat(body.path("data").path("node").isNull()).as(id).isTrue();
        }
    }
}
