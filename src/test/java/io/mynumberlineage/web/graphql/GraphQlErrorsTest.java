package io.mynumberlineage.web.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.util.unit.DataSize;

/** What a failing field answers: typed, Japanese, and nothing of the server's internals. */
class GraphQlErrorsTest {

    private static DataFetchingEnvironment env() {
        var step = ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString)
                .path(ResultPath.rootPath().segment("trace")).build();
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment().executionStepInfo(step)
                .mergedField(MergedField.newMergedField(Field.newField("trace").build()).build()).build();
    }

    @Test
    void unexpectedFailuresAnswerWithAnIncidentIdOnly() {
        var failure = new IllegalStateException("java.lang.NullPointerException at io.mynumberlineage.trace.TraceService secret");
        GraphQLError error = new GraphQlErrors().resolveToSingleError(failure, env());
        assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
        assertThat(error.getMessage()).startsWith("サーバー内部のエラー").contains("照会番号")
                .doesNotContain("Exception").doesNotContain("io.mynumberlineage").doesNotContain("secret");
        assertThat(error.getExtensions()).containsEntry("code", "INTERNAL");
        assertThat(error.getPath()).containsExactly("trace");
    }

    @Test
    void limitsAndTimeoutsHaveTheirOwnCodes() {
        var errors = new GraphQlErrors();
        assertThat(errors.resolveToSingleError(new ArgumentLimits.InvalidArgument("first は 1 から 1000 の範囲で"), env())
                .getExtensions()).containsEntry("code", "INVALID_ARGUMENT");
        GraphQLError timeout = errors.resolveToSingleError(new ExecutionDeadline.QueryTimedOut(), env());
        assertThat(timeout.getExtensions()).containsEntry("code", "TIMEOUT");
        assertThat(timeout.getMessage()).contains("制限時間");
        var neo = new org.neo4j.driver.exceptions.ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
                "The transaction has been terminated. secret detail");
        GraphQLError dbTimeout = errors.resolveToSingleError(new RuntimeException(neo), env());
        assertThat(dbTimeout.getExtensions()).containsEntry("code", "TIMEOUT");
        assertThat(dbTimeout.getMessage()).doesNotContain("secret");
    }

    @Test
    void aPassedDeadlineStopsFurtherFields() throws Exception {
        var limits = new GraphQlLimitsProperties(15, 1000, 1000, 10000, Duration.ZERO, DataSize.ofKilobytes(256), 15000, 50, 8, 5000, 4,
                DataSize.ofMegabytes(16));
        var deadline = new ExecutionDeadline(limits);
        var state = deadline.createStateAsync(null).get();
        Thread.sleep(1);
        var fetcher = deadline.instrumentDataFetcher(e -> "answer", null, state);
        assertThatThrownBy(() -> fetcher.get(env())).isInstanceOf(ExecutionDeadline.QueryTimedOut.class);

        var generous = new ExecutionDeadline(new GraphQlLimitsProperties(15, 1000, 1000, 10000, Duration.ofMinutes(1),
                DataSize.ofKilobytes(256), 15000, 50, 8, 5000, 4, DataSize.ofMegabytes(16)));
        var open = generous.instrumentDataFetcher(e -> "answer", null, generous.createStateAsync(null).get());
        assertThat(open.get(env())).isEqualTo("answer");
    }

    @Test
    void argumentBoundsReachIntoInputObjectsAndLists() {
        var limits = new ArgumentLimits(new GraphQlLimitsProperties(15, 1000, 100, 5, Duration.ofSeconds(1), DataSize.ofKilobytes(1),
                15000, 50, 8, 5000, 4, DataSize.ofMegabytes(16)));
        assertThat(limits.problem(java.util.Map.of("first", 100, "text", "12345"))).isNull();
        assertThat(limits.problem(java.util.Map.of("first", 101)).argument()).isEqualTo("first");
        assertThat(limits.problem(java.util.Map.of("first", 0)).message()).contains("first");
        var nested = limits.problem(java.util.Map.of("filter", java.util.Map.of("rule", java.util.List.of("123456"))));
        assertThat(nested.argument()).isEqualTo("filter");
        assertThat(nested.message()).contains("長すぎます");
    }
}
