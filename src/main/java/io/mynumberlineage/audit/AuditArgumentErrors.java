package io.mynumberlineage.audit;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Answers a malformed audit argument (an {@code asOf} that is no date) with the same typed
 * INVALID_ARGUMENT error as the web layer's own checks, from inside the feature: the audit must not
 * depend on the web package, which depends on it (uploads re-check what they loaded).
 */
@Component
// Before web.graphql.GraphQlErrors, which turns whatever is left into an internal error.
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AuditArgumentErrors extends DataFetcherExceptionResolverAdapter {

    /** An argument of an audit field that cannot be read; the message says what is allowed. */
    public static final class InvalidAuditArgument extends RuntimeException {
        public InvalidAuditArgument(String message) {
            super(message);
        }
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable exception, DataFetchingEnvironment environment) {
        if (!(exception instanceof InvalidAuditArgument)) {
            return null;
        }
        return GraphqlErrorBuilder.newError(environment).errorType(ErrorType.BAD_REQUEST)
                .message(exception.getMessage()).extensions(Map.of("code", "INVALID_ARGUMENT")).build();
    }
}
