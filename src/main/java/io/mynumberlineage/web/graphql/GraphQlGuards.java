package io.mynumberlineage.web.graphql;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.schema.DataFetcher;
import graphql.validation.ValidationError;
import io.mynumberlineage.security.GraphQlFieldAccess;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's guards as one graphql-java instrumentation: depth and complexity before execution
 * (graphql-java's own checks, with Japanese messages), then per field the caller's role
 * ({@link GraphQlFieldAccess}), the argument bounds ({@link ArgumentLimits}) and the execution
 * deadline ({@link ExecutionDeadline}).
 *
 * <p>Why one: graphql-java calls every instrumentation of a chain at each step of every field, and a
 * trace answer has thousands of fields. With the guards as five chained instrumentations, the
 * chain's bookkeeping was about a third of the execution time of a large trace (bench/RESULTS.md),
 * though only two of its callbacks do any work.
 */
@Configuration(proxyBeanMethods = false)
public class GraphQlGuards {

    @Bean
    Guards graphQlGuardsInstrumentation(GraphQlLimitsProperties limits, GraphQlFieldAccess access) {
        return new Guards(limits, access);
    }

    /** Spring wraps even a single instrumentation in a chain; with nothing else to chain, install the guards alone. */
    @Bean
    GraphQlSourceBuilderCustomizer guardsWithoutChain(Guards guards, List<Instrumentation> instrumentations) {
        return builder -> {
            if (instrumentations.equals(List.of(guards))) {
                builder.configureGraphQl(graphQl -> graphQl.instrumentation(guards));
            }
        };
    }

    public static final class Guards extends SimplePerformantInstrumentation {

        private final MaxQueryDepthInstrumentation depth;
        private final MaxQueryComplexityInstrumentation complexity;
        private final ArgumentLimits arguments;
        private final ExecutionDeadline deadline;
        private final GraphQlFieldAccess access;
        private final long maxResponseBytes;

        Guards(GraphQlLimitsProperties limits, GraphQlFieldAccess access) {
            this.depth = new MaxQueryDepthInstrumentation(limits.maxDepth()) {
                @Override
                protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                    return new AbortExecutionException("問い合わせの入れ子が深すぎます（深さ " + depth + "、上限 " + maxDepth + "）。");
                }
            };
            this.complexity = new MaxQueryComplexityInstrumentation(limits.maxComplexity()) {
                @Override
                protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                    return new AbortExecutionException("問い合わせが複雑すぎます（項目数 " + complexity + "、上限 "
                            + maxComplexity + "）。項目を減らすか、問い合わせを分けてください。");
                }
            };
            this.arguments = new ArgumentLimits(limits);
            this.deadline = new ExecutionDeadline(limits);
            this.access = access;
            this.maxResponseBytes = limits.maxResponseSize().toBytes();
        }

        /** An answer above the response bound is replaced by one error: the caller narrows the question. */
        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            long size = ResponseSize.estimate(result.getData(), maxResponseBytes);
            if (size <= maxResponseBytes) {
                return CompletableFuture.completedFuture(result);
            }
            var error = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST)
                    .message("応答が大きすぎます（上限 " + maxResponseBytes / (1024 * 1024) + " MB）。件数や段数を減らすか、"
                            + "問い合わせを分けてください。")
                    .extensions(Map.of("code", "RESPONSE_TOO_LARGE")).build();
            return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult().addError(error).build());
        }

        private record State(InstrumentationState complexity, InstrumentationState deadline)
                implements InstrumentationState {
        }

        @Override
        public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
            return complexity.createStateAsync(parameters)
                    .thenCombine(deadline.createStateAsync(parameters), State::new);
        }

        @Override
        public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                InstrumentationState state) {
            return complexity.beginValidation(parameters, ((State) state).complexity());
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            // Each throws AbortExecutionException when its limit is passed; neither needs a context after.
            depth.beginExecuteOperation(parameters, null);
            return complexity.beginExecuteOperation(parameters, ((State) state).complexity());
        }

        @Override
        public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                InstrumentationState state) {
            // Innermost first: the role check runs before anything else of the field.
            DataFetcher<?> guarded = deadline.instrumentDataFetcher(fetcher, parameters, ((State) state).deadline());
            guarded = arguments.instrumentDataFetcher(guarded, parameters, null);
            return access.instrumentDataFetcher(guarded, parameters);
        }
    }
}
