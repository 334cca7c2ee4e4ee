package io.mynumberlineage.graph;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Turns "the store cannot be reached" (stopped, restarting, network gone) into one typed GraphQL
 * error a client can recognise and retry on, instead of Spring's generic INTERNAL_ERROR. The
 * driver has already retried for {@code spring.neo4j.max-transaction-retry-time} when this runs,
 * so the request fails within that bound rather than hanging.
 */
@Component
// Before web.graphql.GraphQlErrors, which turns whatever is left into an internal error.
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StoreUnavailableExceptionResolver extends DataFetcherExceptionResolverAdapter {

    /** The classification GraphQL clients see in {@code extensions.classification}. */
    public enum StoreErrorType implements ErrorClassification {
        STORE_UNAVAILABLE
    }

    public static final String MESSAGE = "データベースに一時的に接続できません。しばらくしてから再度お試しください。";

    private static final Logger log = LoggerFactory.getLogger(StoreUnavailableExceptionResolver.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable exception, DataFetchingEnvironment environment) {
        if (!isUnavailable(exception)) {
            return null;
        }
        log.warn("データベースに接続できないため {} に失敗しました: {}", environment.getField().getName(), exception.getMessage());
        return GraphqlErrorBuilder.newError(environment)
                .errorType(StoreErrorType.STORE_UNAVAILABLE)
                .message(MESSAGE)
                .extensions(Map.of("retryable", true))
                .build();
    }

    static boolean isUnavailable(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
                    || t instanceof EmbeddedReads.StoreUnavailable) {
                return true;
            }
            // Neo.TransientError.General.DatabaseUnavailable: the DBMS answers while its database starts or stops.
            if (t instanceof TransientException retryable && retryable.code() != null
                    && retryable.code().endsWith("DatabaseUnavailable")) {
                return true;
            }
        }
        return false;
    }
}
