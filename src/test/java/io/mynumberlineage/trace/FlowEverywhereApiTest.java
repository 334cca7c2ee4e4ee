package io.mynumberlineage.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mynumberlineage.AppTestSupport;
import io.mynumberlineage.graph.ManifestLoader;
import io.mynumberlineage.graph.TestManifests;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A statement reads the same wherever it is answered: a trace hop's {@code flow}, a {@code flows}
 * page, {@code flow(id)} (the details a view holding only an id asks for) and a version diff, for
 * every field the {@code Flow} type has — the selection is built from the schema itself, so a field
 * added to the type is checked here without a change.
 */
class FlowEverywhereApiTest extends AppTestSupport {

    @Autowired
    ManifestLoader loader;

    @BeforeEach
    void load() {
        TestManifests.load(loader, TestManifests.JUKI_V1, TestManifests.TAX);
    }

    /** Every field of Flow, objects with their scalar fields, as a client reading the schema would ask. */
    private String everyField(String type) {
        JsonNode fields = graphql("""
                query($t: String!) { __type(name: $t) { fields { name type { kind name
                  ofType { kind name ofType { kind name ofType { kind name } } } } } } }""", Map.of("t", type))
                .path("data").path("__type").path("fields");
        List<String> selection = new ArrayList<>();
        for (JsonNode field : fields) {
            JsonNode t = field.path("type");
            while (!t.path("ofType").isNull() && !t.path("ofType").isMissingNode()) {
                t = t.path("ofType");
            }
            String kind = t.path("kind").asText();
            if (kind.equals("SCALAR") || kind.equals("ENUM")) {
                selection.add(field.path("name").asText());
            } else if (kind.equals("OBJECT")) {
                selection.add(field.path("name").asText() + " { " + everyField(t.path("name").asText()) + " }");
            }
        }
        return String.join(" ", selection);
    }

    private JsonNode ok(JsonNode response) {
        assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
        return response.path("data");
    }

    @Test
    void aStatementReadsTheSameInATraceAPageOfFlowsAndByItsId() {
        String flow = everyField("Flow").replace("properties { key value }", "");
        assertThat(flow).contains("legalBasis", "basisLabels", "provenance { document sectionPath line quote }",
                "source { id kind name", "recipient {");
        JsonNode trace = ok(graphql("query($from: ID!) { trace(from: $from, direction: BOTH, maxHops: 8, asOf: \"2024-06-01\") "
                + "{ ... on Trace { edges { id type flow { " + flow + " } } } } }", Map.of("from", TraceApiTest.JUKI_FILE)))
                .path("trace");
        Map<String, JsonNode> fromTrace = new HashMap<>();
        for (JsonNode edge : trace.path("edges")) {
            if (edge.path("type").asText().equals("STORED_IN")) {
                assertThat(edge.path("flow").isNull()).isTrue();
            } else {
                fromTrace.put(edge.path("flow").path("id").asText(), edge.path("flow"));
            }
        }
        assertThat(fromTrace).hasSizeGreaterThan(5);

        JsonNode page = ok(graphql("{ flows(filter: {municipality: \"若葉台市\"}, first: 500) { ... on FlowConnection "
                + "{ edges { node { " + flow + " } } } } }", Map.of())).path("flows").path("edges");
        int compared = 0;
        for (JsonNode edge : page) {
            JsonNode listed = edge.path("node");
            String id = listed.path("id").asText();
            JsonNode byId = ok(graphql("query($id: ID!) { flow(id: $id) { " + flow + " } }", Map.of("id", id))).path("flow");
            assertThat(byId).as(id).isEqualTo(listed);
            if (fromTrace.containsKey(id)) {
                // Every hop of a statement carries the whole statement, the same as listed.
                assertThat(fromTrace.get(id)).as(id).isEqualTo(listed);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(5);
        // Statements of both directions: what fills the file and where it goes.
        assertThat(fromTrace.values()).extracting(f -> f.path("kind").asText()).contains("入手", "提供", "移転");
    }

    @Test
    void flowByIdAnswersOnlyStoredStatements() {
        JsonNode any = ok(graphql("{ flows(first: 1) { ... on FlowConnection { edges { node { id flowId kind } } } } }", Map.of()))
                .path("flows").path("edges").get(0).path("node");
        JsonNode byId = ok(graphql("query($id: ID!) { flow(id: $id) { id flowId kind } }", Map.of("id", any.path("id").asText())));
        assertThat(byId.path("flow")).isEqualTo(any);
        for (String other : List.of("Flow:どこにもない", TraceApiTest.JUKI_FILE, "住民基本台帳ファイル")) {
            assertThat(ok(graphql("query($id: ID!) { flow(id: $id) { id } }", Map.of("id", other))).path("flow").isNull())
                    .as(other).isTrue();
        }
    }

    @Test
    void theDocumentsOwnSystemStatementsAreWholeOnTheirHop() {
        // I-2 uses and ③ connections have no Flow node: the hop records the statement, ends included.
        JsonNode trace = ok(graphql("query($from: ID!) { trace(from: $from, maxHops: 3, asOf: \"2024-06-01\") "
                + "{ ... on Trace { edges { from to step useBasis flow { id kind municipality assessment items myNumber "
                + "legalBasis source { id } recipient { id } } } } } }", Map.of("from", TraceApiTest.JUKI_FILE))).path("trace");
        int own = 0;
        for (JsonNode edge : trace.path("edges")) {
            JsonNode flow = edge.path("flow");
            if (!List.of("使用", "連携").contains(flow.path("kind").asText())) {
                continue;
            }
            own++;
            assertThat(edge.path("step").asText()).isEqualTo(flow.path("kind").asText());
            // It rests on its own statement's basis (the 事務's 利用 basis): no separate hop basis.
            assertThat(edge.path("useBasis").isNull()).isTrue();
            assertThat(flow.path("source").path("id").asText()).isEqualTo(edge.path("from").asText());
            assertThat(flow.path("recipient").path("id").asText()).isEqualTo(edge.path("to").asText());
            assertThat(flow.path("municipality").asText()).isEqualTo("若葉台市");
            assertThat(flow.path("assessment").asText()).startsWith("Assessment:");
            assertThat(ok(graphql("query($id: ID!) { flow(id: $id) { id } }", Map.of("id", flow.path("id").asText())))
                    .path("flow").isNull()).isTrue();
        }
        assertThat(own).as("the test town states its systems' use of the file").isPositive();
    }
}
