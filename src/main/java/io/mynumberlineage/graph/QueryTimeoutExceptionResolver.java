package io.mynumberlineage.graph;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * A read that ran past {@code lineage.query-timeout} (seen under heavy load in {@code bench load})
 * comes back as one typed error, not as Spring's generic INTERNAL_ERROR with the driver's text.
 */
@Component
public class QueryTimeoutExceptionResolver extends DataFetcherExceptionResolverAdapter {

    public enum QueryErrorType implements ErrorClassification {
        QUERY_TIMEOUT
    }

    public static final String MESSAGE = "問い合わせが制限時間内に終わりませんでした。条件を絞るか、しばらくしてから再度お試しください。";

    private static final Logger log = LoggerFactory.getLogger(QueryTimeoutExceptionResolver.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable exception, DataFetchingEnvironment environment) {
        if (!isTimeout(exception)) {
            return null;
        }
        log.warn("{} が制限時間を超えました: {}", environment.getField().getName(), exception.getMessage());
        return GraphqlErrorBuilder.newError(environment)
                .errorType(QueryErrorType.QUERY_TIMEOUT)
                .message(MESSAGE)
                .extensions(Map.of("retryable", true))
                .build();
    }

    /** Neo.ClientError.Transaction.TransactionTimedOut and …TimedOutClientConfiguration. */
    static boolean isTimeout(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Neo4jException neo4j && neo4j.code() != null
                    && neo4j.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
                return true;
            }
        }
        return false;
    }
}
