package io.mynumberlineage.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.AppTestSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SourceExcerptApiTest extends AppTestSupport {

    private static final String QUERY = """
            query($document: String!, $line: Int!, $context: Int) {
              sourceExcerpt(document: $document, line: $line, context: $context) {
                __typename
                ... on SourceExcerpt { document line lines { number text } }
                ... on InputError { code message argument }
              }
            }""";

    @Autowired
    SourceDocuments documents;

    @BeforeEach
    void storeADocument() throws Exception {
        Files.createDirectories(documents.directory());
        String text = IntStream.rangeClosed(1, 20).mapToObj(i -> "架空評価書の" + i + "行目").collect(Collectors.joining("\n"));
        Files.writeString(documents.directory().resolve("excerpt-test.txt"), text, StandardCharsets.UTF_8);
    }

    @Test
    void returnsTheLinesAroundTheLine() {
        var answer = graphql(QUERY, Map.of("document", "excerpt-test.txt", "line", 10, "context", 2))
                .path("data").path("sourceExcerpt");
        assertThat(answer.path("__typename").asText()).isEqualTo("SourceExcerpt");
        assertThat(answer.path("lines")).hasSize(5);
        assertThat(answer.path("lines").get(0).path("number").asInt()).isEqualTo(8);
        assertThat(answer.path("lines").get(2).path("text").asText()).isEqualTo("架空評価書の10行目");
    }

    @Test
    void clipsAtTheStartAndEndOfTheDocument() {
        var first = graphql(QUERY, Map.of("document", "excerpt-test.txt", "line", 1)).path("data").path("sourceExcerpt");
        assertThat(first.path("lines")).hasSize(6);
        var last = graphql(QUERY, Map.of("document", "excerpt-test.txt", "line", 20)).path("data").path("sourceExcerpt");
        assertThat(last.path("lines").get(last.path("lines").size() - 1).path("number").asInt()).isEqualTo(20);
    }

    @Test
    void refusesPathsAndUnknownDocumentsAsInputErrors() {
        var traversal = graphql(QUERY, Map.of("document", "../application.yml", "line", 1)).path("data").path("sourceExcerpt");
        assertThat(traversal.path("__typename").asText()).isEqualTo("InputError");
        assertThat(traversal.path("argument").asText()).isEqualTo("document");
        var missing = graphql(QUERY, Map.of("document", "no-such.txt", "line", 1)).path("data").path("sourceExcerpt");
        assertThat(missing.path("code").asText()).isEqualTo("NOT_FOUND");
        var beyond = graphql(QUERY, Map.of("document", "excerpt-test.txt", "line", 99)).path("data").path("sourceExcerpt");
        assertThat(beyond.path("message").asText()).contains("20 行");
        var wide = graphql(QUERY, Map.of("document", "excerpt-test.txt", "line", 3, "context", 500)).path("data").path("sourceExcerpt");
        assertThat(wide.path("argument").asText()).isEqualTo("context");
    }
}
