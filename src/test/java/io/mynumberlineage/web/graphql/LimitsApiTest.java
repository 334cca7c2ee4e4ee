package io.mynumberlineage.web.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mynumberlineage.AppTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limits the server reports are the ones it enforces: one past each is refused, each itself is not. */
class LimitsApiTest extends AppTestSupport {

    private static final String LIMITS = "{ limits { traceMaxHops traceMaxBudget traceDefaultBudget tracesPerRequest"
            + " flowsMaxFirst searchMaxFirst searchMaxText maxDepth maxRequestBytes timeoutSeconds } }";

    private String errorCode(String query, Map<String, Object> variables, String field) {
        JsonNode result = graphql(query, variables).path("data").path(field);
        return result.path("code").asText(null);
    }

    @Test
    void eachReportedLimitIsTheBoundaryTheServerEnforces() {
        JsonNode limits = graphql(LIMITS, Map.of()).path("data").path("limits");
        int hops = limits.path("traceMaxHops").asInt();
        int flows = limits.path("flowsMaxFirst").asInt();
        int search = limits.path("searchMaxFirst").asInt();
        assertThat(hops).isPositive();
        assertThat(limits.path("traceDefaultBudget").asInt()).isBetween(1, limits.path("traceMaxBudget").asInt());
        assertThat(limits.path("timeoutSeconds").asInt()).isPositive();

        String trace = "query($h: Int) { trace(from: \"Organization:限界確認\", maxHops: $h) { ... on InputError { code argument } } }";
        assertThat(graphql(trace, Map.of("h", hops + 1)).path("data").path("trace").path("argument").asText())
                .isEqualTo("maxHops");
        assertThat(graphql(trace, Map.of("h", hops)).path("data").path("trace").path("argument").asText(""))
                .isNotEqualTo("maxHops");

        String flowsQuery = "query($n: Int) { flows(first: $n) { ... on InputError { code } } }";
        assertThat(errorCode(flowsQuery, Map.of("n", flows + 1), "flows")).isEqualTo("INVALID_ARGUMENT");
        assertThat(errorCode(flowsQuery, Map.of("n", flows), "flows")).isNull();

        String searchQuery = "query($n: Int) { search(text: \"住基\", first: $n) { ... on InputError { code } } }";
        assertThat(errorCode(searchQuery, Map.of("n", search + 1), "search")).isEqualTo("INVALID_ARGUMENT");
        assertThat(errorCode(searchQuery, Map.of("n", search), "search")).isNull();
    }
}
