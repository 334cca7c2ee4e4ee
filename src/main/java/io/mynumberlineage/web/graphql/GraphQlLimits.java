package io.mynumberlineage.web.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** graphql-java's depth and complexity checks, with the project's limits and Japanese messages. */
@Configuration(proxyBeanMethods = false)
public class GraphQlLimits {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(GraphQlLimitsProperties limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return new AbortExecutionException("問い合わせの入れ子が深すぎます（深さ " + depth + "、上限 " + maxDepth + "）。");
            }
        };
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(GraphQlLimitsProperties limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity()) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return new AbortExecutionException("問い合わせが複雑すぎます（項目数 " + complexity + "、上限 " + maxComplexity
                        + "）。項目を減らすか、問い合わせを分けてください。");
            }
        };
    }
}
