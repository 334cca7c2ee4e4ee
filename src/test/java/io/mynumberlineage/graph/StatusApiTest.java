package io.mynumberlineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mynumberlineage.AppTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusApiTest extends AppTestSupport {

    private static final String STATUS = "{ status { mode neo4jVersion schemaVersion nodeCount relationshipCount labels { label count } } }";

    @Test
    void countsFollowTheStore() {
        long before = graphql(STATUS, Map.of()).path("data").path("status").path("relationshipCount").asLong();
        write("""
                MERGE (a:Organization {id: 'test-status-a'}) SET a.name = '状態確認市'
                MERGE (b:Department {id: 'test-status-b'}) SET b.name = '状態確認課'
                MERGE (b)-[:PART_OF]->(a)
                """, Map.of());
        JsonNode status = graphql(STATUS, Map.of()).path("data").path("status");
        assertThat(status.path("mode").asText()).isEqualTo("EMBEDDED");
        assertThat(status.path("neo4jVersion").asText()).startsWith("5.26");
        assertThat(status.path("schemaVersion").asText()).isNotEqualTo("none");
        assertThat(status.path("nodeCount").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(status.path("relationshipCount").asLong()).isGreaterThanOrEqualTo(Math.max(1, before));
        assertThat(status.path("labels").findValuesAsText("label")).contains("Organization", "Department");
    }

    @Test
    void pagesAreServedFromTheAppItself() throws Exception {
        assertThat(get("/").body()).contains("vis-network.min.js").doesNotContain("https://");
        assertThat(get("/graphiql").body()).contains("graphiql.min.js").doesNotContain("https://");
        assertThat(get("/webjars/vis-network/9.1.2/dist/vis-network.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/webjars/graphiql/2.4.7/graphiql.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/webjars/react/18.2.0/umd/react.production.min.js").statusCode()).isEqualTo(200);
    }
}
