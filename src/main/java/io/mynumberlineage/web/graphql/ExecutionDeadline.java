package io.mynumberlineage.web.graphql;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.TrivialDataFetcher;
import java.util.concurrent.CompletableFuture;

/**
 * A deadline for the whole execution: once passed, no further field is fetched and each remaining
 * one answers with a timeout error. A single slow Cypher statement is bounded by the transaction
 * timeout instead; together they bound a request made of many quick fields.
 */
public class ExecutionDeadline extends SimplePerformantInstrumentation {

    private final long timeoutNanos;

    public ExecutionDeadline(GraphQlLimitsProperties limits) {
        this.timeoutNanos = limits.timeout().toNanos();
    }

    record Deadline(long nanos) implements InstrumentationState {
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new Deadline(System.nanoTime() + timeoutNanos));
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        // Property reads are cheap; only fetchers that do work get the check.
        if (state instanceof Deadline deadline && !(fetcher instanceof TrivialDataFetcher)) {
            return env -> {
                if (System.nanoTime() - deadline.nanos() > 0) {
                    throw new QueryTimedOut();
                }
                return fetcher.get(env);
            };
        }
        return fetcher;
    }

    /** The execution ran past its deadline. */
    public static final class QueryTimedOut extends RuntimeException {
        QueryTimedOut() {
            super("問い合わせが制限時間内に終わりませんでした。条件を絞って再度お試しください。");
        }
    }
}
