package io.mynumberlineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.AppTestSupport;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest extends AppTestSupport {

    @Test
    void everyNodeKeyHasAUniquenessConstraint() {
        try (var session = driver.session()) {
            List<String> constrained = session.run("""
                    SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties
                    WHERE type = 'UNIQUENESS'
                    RETURN labelsOrTypes[0] + '.' + properties[0] AS key
                    """).list(r -> r.get("key").asString());
            List<String> expected = Arrays.stream(NodeKind.values())
                    .map(k -> k.label() + "." + k.keyProperty())
                    .toList();
            assertThat(constrained).containsAll(expected);
        }
    }

    @Test
    void duplicateKeysAreRejected() {
        write("MERGE (:System {id: 'test-dup', name: '重複確認'})", Map.of());
        try (var session = driver.session()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.executeWriteWithoutResult(
                            tx -> tx.run("CREATE (:System {id: 'test-dup', name: '二つ目'})")))
                    .hasMessageContaining("already exists");
        }
    }

    @Test
    void nameIndexUsesTheCjkAnalyzer() {
        try (var session = driver.session()) {
            var config = session.run("""
                    SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'name_fulltext'
                    RETURN options.indexConfig['fulltext.analyzer'] AS analyzer
                    """).single();
            assertThat(config.get("analyzer").asString()).isEqualTo("cjk");
        }
    }
}
