package io.mynumberlineage.web.graphql;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/** The answer of an interceptor that refuses a request before graphql-java sees it: one typed BAD_REQUEST error. */
public final class RefusedRequest {

    private RefusedRequest() {
    }

    public static Mono<WebGraphQlResponse> of(WebGraphQlRequest request, String code, String message) {
        var error = GraphqlErrorBuilder.newError().message(message).errorType(ErrorType.BAD_REQUEST)
                .extensions(Map.of("code", code)).build();
        var result = ExecutionResult.newExecutionResult().addError(error).build();
        return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
    }
}
