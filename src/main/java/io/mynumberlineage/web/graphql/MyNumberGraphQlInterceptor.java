package io.mynumberlineage.web.graphql;

import io.mynumberlineage.guard.MyNumberDetector;
import io.mynumberlineage.guard.MyNumberRejected;
import java.util.Collection;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Refuses any GraphQL request whose query text or variables contain a possible 個人番号, before it
 * reaches a resolver, a log line or the database.
 */
@Component
public class MyNumberGraphQlInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        // The document is checked as text: the detector decodes GraphQL's \\u escapes itself, so a
        // number spelled with escapes in an argument literal is seen before the parser decodes it.
        if (!MyNumberDetector.containsMyNumber(request.getDocument()) && !containsMyNumber(request.getVariables())
                && !MyNumberDetector.containsMyNumber(request.getOperationName())
                && !containsMyNumber(request.getExtensions())) {
            return chain.next(request);
        }
        return RefusedRequest.of(request, "MY_NUMBER_REJECTED", MyNumberRejected.MESSAGE);
    }

    private static boolean containsMyNumber(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.keySet().stream().anyMatch(MyNumberGraphQlInterceptor::containsMyNumber) || map.values().stream().anyMatch(MyNumberGraphQlInterceptor::containsMyNumber);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().anyMatch(MyNumberGraphQlInterceptor::containsMyNumber);
        }
        return value != null && MyNumberDetector.containsMyNumber(value.toString());
    }
}
