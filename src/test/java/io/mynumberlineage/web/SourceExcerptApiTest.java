package io.mynumberlineage.web;

import io.mynumberlineage.ingest.SourceDocuments;
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

    @Test
    void documentsOfOneFileNameAreToldApartByVersion(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String query = """
                query($document: String!, $line: Int!, $version: ID) {
                  sourceExcerpt(document: $document, line: $line, context: 0, version: $version) {
                    __typename
                    ... on SourceExcerpt { lines { text } }
                    ... on InputError { code argument }
                  }
                }""";
        var hashes = new java.util.ArrayList<String>();
        for (String town : java.util.List.of("甲町", "乙村")) {
            var file = Files.createDirectories(dir.resolve(town)).resolve("same-name.txt");
            Files.writeString(file, town + "の評価書", StandardCharsets.UTF_8);
            documents.keep(Files.readAllBytes(file));
            hashes.add(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file))));
        }
        write("""
                CREATE (:Assessment {id: 'excerpt-version-a', fileName: 'same-name.txt', sha256: $a, validFrom: '2024-01-01'})
                CREATE (:Assessment {id: 'excerpt-version-b', fileName: 'same-name.txt', sha256: $b, validFrom: '2025-01-01'})
                """, Map.of("a", hashes.get(0), "b", hashes.get(1)));
        try {
            var a = graphql(query, Map.of("document", "same-name.txt", "line", 1, "version", "excerpt-version-a"));
            assertThat(a.at("/data/sourceExcerpt/lines/0/text").asText()).isEqualTo("甲町の評価書");
            var b = graphql(query, Map.of("document", "same-name.txt", "line", 1, "version", "excerpt-version-b"));
            assertThat(b.at("/data/sourceExcerpt/lines/0/text").asText()).isEqualTo("乙村の評価書");
            var either = graphql(query, Map.of("document", "same-name.txt", "line", 1));
            assertThat(either.at("/data/sourceExcerpt/code").asText()).isEqualTo("AMBIGUOUS");
        } finally {
            write("MATCH (a:Assessment) WHERE a.id IN ['excerpt-version-a', 'excerpt-version-b'] DELETE a", Map.of());
        }
    }
}
