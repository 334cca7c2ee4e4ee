package io.mynumberlineage.graph;

import io.mynumberlineage.manifest.Manifest;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The hand-written manifests under src/test/resources/manifests (invented municipalities). */
public final class TestManifests {

    public static final String JUKI_V1 = "wakabadai-juki-v1";
    public static final String JUKI_V2 = "wakabadai-juki-v2";
    public static final String TAX = "wakabadai-tax";
    public static final String OTHER_TOWN = "momijidani-juki";

    private TestManifests() {
    }

    /** Loads these manifests in order, as the API tests' stores start. */
    public static void load(ManifestLoader loader, String... names) {
        for (String name : names) {
            loader.load(read(name));
        }
    }

    public static Manifest read(String name) {
        try (var in = TestManifests.class.getResourceAsStream("/manifests/" + name + ".json")) {
            return ManifestCodec.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
