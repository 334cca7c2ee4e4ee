package io.mynumberlineage.web.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.mynumberlineage.security.GraphQlAccessDenied;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.kernel.api.exceptions.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Every exception a field throws becomes a typed error with a Japanese message and a code in
 * {@code extensions.code}. Exception class names, messages of libraries and stack traces stay in
 * the server log; the client gets an incident id to quote instead.
 */
@Component
// Last: resolvers for specific failures (graph.StoreUnavailableExceptionResolver) answer first.
@Order(Ordered.LOWEST_PRECEDENCE)
public class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(GraphQlErrors.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof GraphQlAccessDenied denied) {
            return error(env, denied.anonymous() ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN,
                    denied.anonymous() ? "UNAUTHORIZED" : "FORBIDDEN", denied.getMessage());
        }
        if (ex instanceof AuthenticationException) {
            return error(env, ErrorType.UNAUTHORIZED, "UNAUTHORIZED", "この操作にはログインが必要です。");
        }
        if (ex instanceof AccessDeniedException) {
            return error(env, ErrorType.FORBIDDEN, "FORBIDDEN", "この操作を行う権限がありません。");
        }
        if (ex instanceof ArgumentLimits.InvalidArgument) {
            return error(env, ErrorType.BAD_REQUEST, "INVALID_ARGUMENT", ex.getMessage());
        }
        if (ex instanceof ExecutionDeadline.QueryTimedOut) {
            return error(env, ErrorType.INTERNAL_ERROR, "TIMEOUT", ex.getMessage());
        }
        if (isTransactionTimeout(ex)) {
            return error(env, ErrorType.INTERNAL_ERROR, "TIMEOUT",
                    "データベースの問い合わせが制限時間内に終わりませんでした。条件を絞って再度お試しください。");
        }
        String incident = UUID.randomUUID().toString();
        LOG.warn("GraphQL field {} failed (incident {})", env.getExecutionStepInfo().getPath(), incident, ex);
        return error(env, ErrorType.INTERNAL_ERROR, "INTERNAL",
                "サーバー内部のエラーで答えられませんでした（照会番号 " + incident + "）。");
    }

    private static boolean isTransactionTimeout(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            String code = t instanceof Neo4jException neo ? neo.code()
                    // Reads through the embedded store's Java API (EmbeddedReads) fail with kernel statuses.
                    : t instanceof Status.HasStatus kernel ? kernel.status().code().serialize() : null;
            if (code != null && (code.contains("TransactionTimedOut") || code.contains("Transaction.Terminated"))) {
                return true;
            }
        }
        return false;
    }

    private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String code, String message) {
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message)
                .extensions(Map.of("code", code)).build();
    }
}
