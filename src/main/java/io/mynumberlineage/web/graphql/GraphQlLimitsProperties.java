package io.mynumberlineage.web.graphql;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds of one GraphQL request. The defaults leave room for the pages' own queries and for
 * GraphiQL's schema introspection (measured in GraphQlLimitsTest).
 *
 * @param maxDepth deepest field nesting
 * @param maxComplexity fields in the query, each counted once per place it occurs (fragments expanded)
 * @param maxPageSize upper bound of every {@code first} argument; fields may have a lower own bound
 * @param maxStringLength longest string argument (also inside input objects and lists)
 * @param timeout whole execution; no new field starts after it (each Cypher transaction is also
 *     bounded by {@code lineage.query-timeout})
 * @param maxRequestSize largest request body of /graphql
 * @param maxTokens tokens of one document (graphql-java's parser stops past it)
 * @param maxFragments fragment definitions of one document
 * @param maxFragmentDepth longest chain of nested fragments; validation recurses along it
 * @param maxSelections fields with fragments expanded, checked before validation
 * @param maxTraces {@code trace} fields in one request, aliases and fragments included
 * @param maxResponseSize largest response body of /graphql; a larger answer is replaced by an error
 */
@ConfigurationProperties("lineage.graphql")
public record GraphQlLimitsProperties(
        @DefaultValue("15") int maxDepth,
        @DefaultValue("1000") int maxComplexity,
        @DefaultValue("1000") int maxPageSize,
        @DefaultValue("10000") int maxStringLength,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("256KB") DataSize maxRequestSize,
        @DefaultValue("15000") int maxTokens,
        @DefaultValue("50") int maxFragments,
        @DefaultValue("8") int maxFragmentDepth,
        @DefaultValue("5000") int maxSelections,
        @DefaultValue("4") int maxTraces,
        @DefaultValue("16MB") DataSize maxResponseSize) {
}
