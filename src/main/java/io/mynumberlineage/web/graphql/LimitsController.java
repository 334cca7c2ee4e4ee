package io.mynumberlineage.web.graphql;

import io.mynumberlineage.trace.FlowsController;
import io.mynumberlineage.trace.SearchController;
import io.mynumberlineage.trace.TraceService;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code limits}: the server's own bounds, read from where they are enforced. */
@Controller
public class LimitsController {

    private final GraphQlLimitsProperties properties;

    public LimitsController(GraphQlLimitsProperties properties) {
        this.properties = properties;
    }

    public record Limits(int traceMaxHops, int traceMaxBudget, int traceDefaultBudget, int tracesPerRequest,
            int flowsMaxFirst, int searchMaxFirst, int searchMaxText, int maxDepth, int maxRequestBytes,
            int timeoutSeconds) {
    }

    @QueryMapping
    public Limits limits() {
        return new Limits(TraceService.MAX_HOPS, TraceService.MAX_BUDGET, TraceService.DEFAULT_BUDGET,
                properties.maxTraces(), FlowsController.MAX_FIRST, SearchController.MAX_FIRST, SearchController.MAX_TEXT,
                properties.maxDepth(), (int) properties.maxRequestSize().toBytes(), (int) properties.timeout().toSeconds());
    }
}
