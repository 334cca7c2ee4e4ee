package io.mynumberlineage.graph;

import io.mynumberlineage.manifest.Manifest;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Gives back the manifests as they were loaded, from the copy kept on each Assessment version. */
@Component
public class ManifestExporter {

    private final GraphReader reader;

    public ManifestExporter(GraphReader reader) {
        this.reader = reader;
    }

    public record StoredManifest(String assessmentId, Manifest manifest) {
    }

    /**
     * In the order they were loaded: where two versions of one assessment share a validFrom, the
     * loader orders them by load time, so a restore must load them in the same order.
     */
    public List<String> assessmentIds() {
        return reader.list("MATCH (a:Assessment) WHERE a.manifest IS NOT NULL RETURN a.id AS id ORDER BY a.loadedAt, id",
                Map.of(), r -> r.get("id").asString());
    }

    public StoredManifest manifest(String assessmentId) {
        return reader.single("MATCH (a:Assessment {id: $id}) RETURN a.manifest AS m", Map.of("id", assessmentId),
                r -> new StoredManifest(assessmentId, ManifestCodec.gunzip(r.get("m").asByteArray())));
    }
}
