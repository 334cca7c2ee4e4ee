package io.mynumberlineage.web.graphql;

import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Refuses documents whose fragments or expanded size would make validation itself expensive
 * ({@link DocumentShape}), before graphql-java validates them: the depth and complexity guards and
 * the execution deadline only start after validation.
 */
@Component
public class DocumentShapeInterceptor implements WebGraphQlInterceptor, Ordered {

    private final GraphQlLimitsProperties limits;

    public DocumentShapeInterceptor(GraphQlLimitsProperties limits) {
        this.limits = limits;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String problem = problem(request.getDocument());
        if (problem == null) {
            return chain.next(request);
        }
        return RefusedRequest.of(request, "QUERY_TOO_COMPLEX", problem);
    }

    /** Why the document is refused, or null; a document that does not parse is left to graphql-java's own error. */
    String problem(String text) {
        Document document;
        try {
            var options = ParserOptions.getDefaultOperationParserOptions().transform(o -> o.captureSourceLocation(false)
                    .captureLineComments(false).maxTokens(limits.maxTokens()));
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(text).parserOptions(options).build());
        } catch (graphql.parser.exceptions.ParseCancelledException e) {
            return "問い合わせが長すぎます（字句の上限 " + limits.maxTokens() + "）。";
        } catch (InvalidSyntaxException e) {
            return null;
        } catch (StackOverflowError e) {
            return "問い合わせの入れ子が深すぎます。";
        }
        DocumentShape shape = DocumentShape.of(document);
        if (shape.fragments() > limits.maxFragments()) {
            return "フラグメントが多すぎます（" + shape.fragments() + " 個、上限 " + limits.maxFragments() + " 個）。";
        }
        if (shape.fragmentDepth() > limits.maxFragmentDepth()) {
            return "フラグメントの入れ子が深すぎるか循環しています（上限 " + limits.maxFragmentDepth() + " 段）。";
        }
        if (shape.selections() > limits.maxSelections()) {
            return "フラグメントを展開した項目数が多すぎます（" + (shape.selections() >= DocumentShape.CEILING ? "100 万以上"
                    : shape.selections()) + "、上限 " + limits.maxSelections() + "）。問い合わせを分けてください。";
        }
        if (shape.traces() > limits.maxTraces()) {
            return "1 回の問い合わせで実行できる trace は " + limits.maxTraces() + " 件までです（" + shape.traces()
                    + " 件）。問い合わせを分けてください。";
        }
        return null;
    }
}
