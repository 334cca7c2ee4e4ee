package io.mynumberlineage.web;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.stereotype.Component;

/** Which stored assessment versions came from a source file of a given name, with their source hashes. */
@Component
public class SourceVersions {

    /** @param sha256 hash of the source bytes, null for hand-written manifests */
    public record Version(String id, String sha256) {
    }

    private final Driver driver;

    public SourceVersions(Driver driver) {
        this.driver = driver;
    }

    /** Newest first. */
    public List<Version> of(String fileName) {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (a:Assessment {fileName: $name})
                    RETURN a.id AS id, a.sha256 AS sha256
                    ORDER BY a.validFrom DESC, a.loadedAt DESC
                    """, Map.of("name", fileName)).list(r -> new Version(r.get("id").asString(),
                    r.get("sha256").asString(null))));
        }
    }
}
