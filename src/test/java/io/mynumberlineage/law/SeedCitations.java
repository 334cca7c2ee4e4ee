package io.mynumberlineage.law;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Collects the legal-basis cells (「法令上の根拠」) of the seed documents, read in place.
 *
 * <p>Stand-in until the importer's own output can drive the test: it recognises the form's label,
 * not any municipality or line number. A cell runs from the label to a blank line, the next form
 * field (「2提供先における用途」) or the next label.
 */
final class SeedCitations {

    /** One cell: document file name, 1-based line of the label, text (NFKC, may span lines). */
    record Cell(String document, int line, String text) {
    }

    private static final String LABEL = "法令上の根拠";
    private static final Pattern FIELD = Pattern.compile("^\\s*[0-9]+[^0-9、,の項号条)】~\\-\\s]");
    private static final Pattern TAGS = Pattern.compile("<[^>]{0,200}>");
    private static final int MAX_LINES = 20;

    private SeedCitations() {
    }

    static Path seedsDir() {
        return Path.of(System.getProperty("seeds.dir", "../shared/seeds"));
    }

    static List<Path> seedFiles() {
        try (Stream<Path> files = Files.list(seedsDir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        for (Path file : seedFiles()) {
            out.addAll(cells(file));
        }
        return out;
    }

    static List<Cell> cells(Path file) {
        String raw;
        try {
            raw = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = TAGS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll(" ");
        String[] lines = text.split("\\r?\\n", -1);
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf(LABEL);
            if (at < 0) {
                continue;
            }
            StringBuilder cell = new StringBuilder(lines[i].substring(at + LABEL.length()).strip());
            int j = i + 1;
            while (cell.isEmpty() && j < lines.length && lines[j].isBlank() && j - i < 3) {
                j++; // label alone on its line, value after a blank line
            }
            for (; j < lines.length && j - i < MAX_LINES; j++) {
                String next = lines[j];
                if (next.isBlank() || FIELD.matcher(next).lookingAt() || next.contains(LABEL)) {
                    break;
                }
                cell.append('\n').append(next.strip());
            }
            String value = cell.toString().strip();
            if (!value.isEmpty()) {
                out.add(new Cell(file.getFileName().toString(), i + 1, value));
            }
        }
        return out;
    }
}
