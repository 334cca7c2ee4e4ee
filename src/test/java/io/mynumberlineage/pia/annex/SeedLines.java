package io.mynumberlineage.pia.annex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

/** Reads a seed in place, NFKC-normalised line by line as the reader hands it over. */
final class SeedLines {

    private SeedLines() {
    }

    static Path seed(String fileName) {
        return Path.of(System.getProperty("seeds.dir", "../shared/seeds")).resolve(fileName);
    }

    static List<String> read(String fileName) throws IOException {
        String text = Files.readString(seed(fileName), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.lines().map(l -> Normalizer.normalize(l, Normalizer.Form.NFKC)).toList();
    }
}
