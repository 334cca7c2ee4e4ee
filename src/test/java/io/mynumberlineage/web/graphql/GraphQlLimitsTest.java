package io.mynumberlineage.web.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorStub;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.introspection.IntrospectionQuery;
import graphql.parser.Parser;
import io.mynumberlineage.AppTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/** Depth, complexity, page size, string length and body size limits, and what the pages ask stays within them. */
class GraphQlLimitsTest extends AppTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    GraphQlSource graphQlSource;

    @Autowired
    GraphQlLimitsProperties limits;

    /** The GraphQL documents of the pages, as written in frontend/*.js (template literals). */
    static List<String> frontendQueries() throws Exception {
        List<String> queries = new ArrayList<>();
        Pattern literal = Pattern.compile("`((?:query|mutation|\\{)[^`]*)`");
        try (var files = Files.list(Path.of("frontend"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                String js = Files.readString(file);
                // Inline the field lists the queries interpolate (${NODE_FIELDS} …).
                Matcher constants = Pattern.compile("const (\\w+) = [`'](.*?)[`'];", Pattern.DOTALL).matcher(js);
                Map<String, String> values = new java.util.HashMap<>();
                while (constants.find()) {
                    values.put(constants.group(1), constants.group(2));
                }
                Matcher m = literal.matcher(js);
                while (m.find()) {
                    String q = m.group(1);
                    for (int i = 0; i < 3; i++) {
                        for (var e : values.entrySet()) {
                            q = q.replace("${" + e.getKey() + "}", e.getValue());
                        }
                    }
                    if (!q.contains("${")) {
                        queries.add(q);
                    }
                }
            }
        }
        return queries;
    }

    private int[] depthAndComplexity(String query) {
        var document = Parser.parse(query);
        // Required variables get plain values: only the shape of the query matters here.
        Map<String, Object> variables = new java.util.HashMap<>();
        for (var operation : document.getDefinitionsOfType(graphql.language.OperationDefinition.class)) {
            for (var variable : operation.getVariableDefinitions()) {
                if (variable.getType() instanceof graphql.language.NonNullType nonNull
                        && nonNull.getType() instanceof graphql.language.TypeName name) {
                    var type = graphQlSource.schema().getType(name.getName());
                    variables.put(variable.getName(), switch (name.getName()) {
                        case "Int" -> 1;
                        case "Boolean" -> false;
                        default -> type instanceof graphql.schema.GraphQLEnumType e ? e.getValues().get(0).getName() : "x";
                    });
                }
            }
        }
        var traverser = QueryTraverser.newQueryTraverser().schema(graphQlSource.schema()).document(document)
                .variables(variables).build();
        AtomicInteger fields = new AtomicInteger();
        AtomicInteger depth = new AtomicInteger();
        traverser.visitPreOrder(new QueryVisitorStub() {
            @Override
            public void visitField(QueryVisitorFieldEnvironment env) {
                fields.incrementAndGet();
                int d = 1;
                for (var p = env.getParentEnvironment(); p != null; p = p.getParentEnvironment()) {
                    d++;
                }
                depth.accumulateAndGet(d, Math::max);
            }
        });
        return new int[] {depth.get(), fields.get()};
    }

    @Test
    void thePagesQueriesAndGraphiqlsIntrospectionFitTheLimits() throws Exception {
        List<String> queries = frontendQueries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(8);
        int maxDepth = 0;
        int maxComplexity = 0;
        for (String q : queries) {
            int[] measured = depthAndComplexity(q);
            maxDepth = Math.max(maxDepth, measured[0]);
            maxComplexity = Math.max(maxComplexity, measured[1]);
        }
        int[] introspection = depthAndComplexity(IntrospectionQuery.INTROSPECTION_QUERY);
        System.out.printf("figures: %d page queries, deepest %d, most fields %d; introspection depth %d, fields %d;"
                + " limits depth %d, complexity %d%n", queries.size(), maxDepth, maxComplexity, introspection[0],
                introspection[1], limits.maxDepth(), limits.maxComplexity());
        assertThat(Math.max(maxDepth, introspection[0])).isLessThanOrEqualTo(limits.maxDepth());
        assertThat(Math.max(maxComplexity, introspection[1])).isLessThanOrEqualTo(limits.maxComplexity());

        JsonNode answer = graphql(IntrospectionQuery.INTROSPECTION_QUERY, Map.of());
        assertThat(answer.path("errors").isMissingNode()).as(answer.path("errors").toString()).isTrue();
    }

    @Test
    void tooDeepQueriesAreRefusedInJapanese() {
        int levels = limits.maxDepth() + 2;
        String deep = "{ __schema { types { fields { type { " + "ofType { ".repeat(levels) + "name" + " }".repeat(levels + 4) + " }";
        JsonNode answer = graphql(deep, Map.of());
        assertThat(answer.path("errors").path(0).path("message").asText()).contains("入れ子が深すぎます");
        assertThat(answer.path("data").path("__schema").isMissingNode() || answer.path("data").isNull()
                || answer.path("data").isMissingNode()).isTrue();
    }

    @Test
    void tooComplexQueriesAreRefusedInJapanese() {
        StringBuilder q = new StringBuilder("{ ");
        for (int i = 0; i < limits.maxComplexity() / 2 + 1; i++) {
            q.append("s").append(i).append(": status { nodeCount } ");
        }
        JsonNode answer = graphql(q.append("}").toString(), Map.of());
        assertThat(answer.path("errors").path(0).path("message").asText()).contains("複雑すぎます");
    }

    @Test
    void pageSizesAndStringLengthsAreBoundedForEveryField() {
        JsonNode tooMany = graphql("{ legalBases(first: " + (limits.maxPageSize() + 1) + ") { key } }", Map.of());
        assertThat(tooMany.path("errors").path(0).path("extensions").path("code").asText()).isEqualTo("INVALID_ARGUMENT");
        assertThat(tooMany.path("errors").path(0).path("message").asText()).contains("first は 1 から");
        JsonNode negative = graphql("{ legalBases(first: -1) { key } }", Map.of());
        assertThat(negative.path("errors").path(0).path("extensions").path("code").asText()).isEqualTo("INVALID_ARGUMENT");

        String huge = "条".repeat(limits.maxStringLength() + 1);
        JsonNode longString = graphql("query($c: String!) { legalBasis(citation: $c) { ok } }", Map.of("c", huge));
        assertThat(longString.path("errors").path(0).path("extensions").path("code").asText()).isEqualTo("INVALID_ARGUMENT");
        assertThat(longString.path("errors").path(0).path("message").asText()).contains("長すぎます");
        JsonNode nested = graphql("query($f: LegalBasisFilter) { legalBases(filter: $f) { key } }",
                Map.of("f", Map.of("text", huge)));
        assertThat(nested.path("errors").path(0).path("extensions").path("code").asText()).isEqualTo("INVALID_ARGUMENT");
    }

    @Test
    void everyFieldWithAPageSizeRefusesOneAboveTheCap() {
        int checked = 0;
        for (var field : graphQlSource.schema().getQueryType().getFieldDefinitions()) {
            if (field.getArgument("first") == null) {
                continue;
            }
            // Required arguments get harmless values; the page size is what is judged.
            StringBuilder arguments = new StringBuilder("first: " + (limits.maxPageSize() + 1));
            for (var argument : field.getArguments()) {
                if (graphql.schema.GraphQLTypeUtil.isNonNull(argument.getType())) {
                    arguments.append(", ").append(argument.getName()).append(": \"x\"");
                }
            }
            var result = graphql.schema.GraphQLTypeUtil.unwrapAll(field.getType());
            String selection = result instanceof graphql.schema.GraphQLUnionType ? " { __typename ... on InputError { argument } }"
                    : result instanceof graphql.schema.GraphQLScalarType ? "" : " { __typename }";
            JsonNode answer = graphqlAs(ADMIN, "{ " + field.getName() + "(" + arguments + ")" + selection + " }", Map.of());
            boolean refusedAsError = "INVALID_ARGUMENT".equals(answer.path("errors").path(0).path("extensions").path("code").asText());
            boolean refusedAsData = "first".equals(answer.path("data").path(field.getName()).path("argument").asText());
            assertThat(refusedAsError || refusedAsData).as(field.getName() + " → " + answer).isTrue();
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }

    @Test
    void bodiesAboveTheLimitGet413() throws Exception {
        String query = "{ status { nodeCount } }" + " ".repeat((int) limits.maxRequestSize().toBytes());
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("REQUEST_TOO_LARGE");
    }
}
