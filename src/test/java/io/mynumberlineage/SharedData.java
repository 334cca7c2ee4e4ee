package io.mynumberlineage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where the tests find the data that lives beside the repository, not in it: the seed 評価書 and the
 * 番号法 data of {@code ../shared}. The pom hands over {@code seeds.dir} and {@code law.dir}
 * (LINEAGE_SHARED_DIR names another folder); a clone with nothing beside it has neither.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path seedsDir() {
        return Path.of(System.getProperty("seeds.dir", "../shared/seeds"));
    }

    public static Path lawDir() {
        return Path.of(System.getProperty("law.dir", "../shared/law"));
    }

    public static boolean seedsPresent() {
        return holdsFiles(seedsDir());
    }

    public static boolean lawPresent() {
        return holdsFiles(lawDir());
    }

    private static boolean holdsFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(Files::isRegularFile);
        } catch (IOException e) {
            return false;
        }
    }
}
