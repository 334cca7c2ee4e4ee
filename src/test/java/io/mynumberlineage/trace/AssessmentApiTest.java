package io.mynumberlineage.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mynumberlineage.AppTestSupport;
import io.mynumberlineage.graph.ManifestLoader;
import io.mynumberlineage.graph.TestManifests;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AssessmentApiTest extends AppTestSupport {

    @Autowired
    ManifestLoader loader;

    static final String VERSIONS = """
            query($m: String) { assessments(municipality: $m) { __typename
              ... on AssessmentList { versions { id key current validFrom validTo supersedes supersededBy flowCount } } } }""";

    static final String DIFF = """
            query($from: ID!, $to: ID!) { diff(from: $from, to: $to) { __typename
              ... on AssessmentDiff {
                added { flowId kind recipient { name } }
                removed { flowId }
                changed { fields before { beppyoItems methods } after { beppyoItems methods } }
                unchanged
              }
              ... on InputError { code argument } } }""";

    @Test
    void versionsAreListedWithTheirChainAndDiffShowsWhatChanged() {
        var v1 = loader.load(TestManifests.read(TestManifests.JUKI_V1));
        var v2 = loader.load(TestManifests.read(TestManifests.JUKI_V2));
        loader.load(TestManifests.read(TestManifests.TAX));

        JsonNode versions = graphql(VERSIONS, Map.of("m", "若葉台市")).path("data").path("assessments").path("versions");
        JsonNode old = null;
        JsonNode current = null;
        for (JsonNode v : versions) {
            if (v.path("id").asText().equals("Assessment:" + v1.assessmentId())) {
                old = v;
            }
            if (v.path("id").asText().equals("Assessment:" + v2.assessmentId())) {
                current = v;
            }
        }
        assertThat(old.path("current").asBoolean()).isFalse();
        assertThat(old.path("supersededBy").asText()).isEqualTo("Assessment:" + v2.assessmentId());
        assertThat(current.path("current").asBoolean()).isTrue();
        assertThat(current.path("supersedes").asText()).isEqualTo("Assessment:" + v1.assessmentId());
        assertThat(current.path("flowCount").asInt()).isEqualTo(8);

        JsonNode diff = graphql(DIFF, Map.of("from", "Assessment:" + v1.assessmentId(), "to", "Assessment:" + v2.assessmentId()))
                .path("data").path("diff");
        assertThat(diff.path("__typename").asText()).isEqualTo("AssessmentDiff");
        assertThat(diff.path("added")).hasSize(1);
        assertThat(diff.path("added").get(0).path("recipient").path("name").asText()).isEqualTo("こども未来部こども家庭課");
        assertThat(diff.path("removed")).isEmpty();
        List<String> changes = new ArrayList<>();
        diff.path("changed").forEach(c -> c.path("fields").forEach(f -> changes.add(f.asText())));
        // 別表 item 27 dropped from the 提供; the 移転 now also goes through 団体内統合宛名.
        assertThat(changes).contains("beppyoItems", "legalBasis", "methods", "via");
        assertThat(diff.path("unchanged").asInt()).isEqualTo(5);
    }

    @Test
    void diffRefusesVersionsOfDifferentAssessments() {
        var juki = loader.load(TestManifests.read(TestManifests.JUKI_V1));
        var tax = loader.load(TestManifests.read(TestManifests.TAX));
        JsonNode diff = graphql(DIFF, Map.of("from", "Assessment:" + juki.assessmentId(), "to", "Assessment:" + tax.assessmentId()))
                .path("data").path("diff");
        assertThat(diff.path("code").asText()).isEqualTo("DIFFERENT_ASSESSMENTS");
    }
}
