package io.mynumberlineage.trace;

import io.mynumberlineage.graph.GraphNode;
import io.mynumberlineage.graph.InputError;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code systems(hosting, municipality, first)}: the systems that run where asked (every system on
 * ガバメントクラウド, say), each with the evidence of its hosting as node properties
 * (hostingEvidence, hostingDocument, hostingLine, hostingQuote, hostingRuleId).
 */
@Controller
public class SystemsController {

    private final SystemQueries queries;

    public SystemsController(SystemQueries queries) {
        this.queries = queries;
    }

    public record SystemList(java.util.List<GraphNode> systems) {
    }

    @QueryMapping
    public Object systems(@Argument String hosting, @Argument String municipality, @Argument Integer first) {
        int limit = first == null ? 100 : first;
        if (limit < 1 || limit > 1000) {
            return new InputError("INVALID_ARGUMENT", "first は 1 から 1000 の範囲で指定してください。", "first");
        }
        return new SystemList(queries.systems(blankToNull(hosting), blankToNull(municipality), limit));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
