package io.mynumberlineage.pia.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.pia.ImportOutcome;
import io.mynumberlineage.pia.PiaImporter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The same 評価書 in another layout gives the same facts: flattened into one paragraph, spaced out
 * letter by letter, or with its Section I parts and cover blocks in another order. A layout that
 * loses what ties a value to its label may leave a fact null, never give a different one.
 */
class PiaCorpusLayoutProperties {

    private static final PiaImporter IMPORTER = new PiaImporter();
    private static final Map<String, PiaCorpus.Facts> GOLDEN = PiaCorpus.golden();
    /** Plain-text documents (markup would be flattened with its tags). */
    private static final List<String> TEXT_DOCS = List.of("01-town-kiso-lines.txt", "02-prefecture-juten-tabs.txt",
            "05-ministry-pdf-wrapped.txt", "06-cooperative-flat.txt", "08-agency-zenkoumoku-draft.txt",
            "09-board-kiso-scrambled.txt");
    /** Documents whose cover labels and values are already out of order: flattening loses the pairing. */
    private static final List<String> SCRAMBLED = List.of("09-board-kiso-scrambled.txt");
    private static final Pattern SUBSECTION = Pattern.compile(
            "^[1-9]\\.\\s*(?:特定個人情報ファイル|個人番号の利用|情報提供ネットワーク|評価実施機関における|他の評価実施機関).*");

    @Provide
    Arbitrary<String> textDocs() {
        return Arbitraries.of(TEXT_DOCS);
    }

    @Property(tries = 12)
    void flattenedIntoOneParagraph(@ForAll("textDocs") String name) {
        String flat = String.join(" ", lines(name).stream().map(l -> l.replace('\t', ' ').strip())
                .filter(l -> !l.isEmpty()).toList());
        assertSameFacts(name, flat, SCRAMBLED.contains(name));
    }

    @Property(tries = 12)
    void spacedOutLetterByLetter(@ForAll("textDocs") String name) {
        List<String> spaced = new ArrayList<>();
        for (String line : lines(name)) {
            List<String> cells = new ArrayList<>();
            for (String cell : line.split("\t", -1)) {
                List<String> words = new ArrayList<>();
                for (String w : cell.split(" ")) {
                    words.add(String.join(" ", w.codePoints().mapToObj(Character::toString).toList()));
                }
                cells.add(String.join("  ", words));
            }
            spaced.add(String.join("\t", cells));
        }
        assertSameFacts(name, String.join("\n", spaced), false);
    }

    @Property(tries = 30)
    void sectionOnePartsInAnyOrder(@ForAll("textDocs") String name, @ForAll long seed) {
        if (name.equals("06-cooperative-flat.txt")) {
            return; // one paragraph: it has no parts to move
        }
        List<String> lines = lines(name);
        int start = -1;
        int end = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (start < 0 && l.matches("^I\\s+(?:基本情報|関連情報)$")) {
                start = i + 1;
            } else if (start >= 0 && l.matches("^II\\s+.*")) {
                end = i;
                break;
            }
        }
        List<List<String>> parts = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (SUBSECTION.matcher(lines.get(i).strip()).matches() || parts.isEmpty()) {
                parts.add(new ArrayList<>());
            }
            parts.get(parts.size() - 1).add(lines.get(i));
        }
        // The 事務 (1.) stays first: its label opens Section I in every form.
        List<List<String>> rest = new ArrayList<>(parts.subList(1, parts.size()));
        Collections.shuffle(rest, new Random(seed));
        List<String> out = new ArrayList<>(lines.subList(0, start));
        out.addAll(parts.get(0));
        rest.forEach(out::addAll);
        out.addAll(lines.subList(end, lines.size()));
        assertSameFacts(name, String.join("\n", out), false);
    }

    @Property(tries = 20)
    void coverBlocksInAnyOrder(@ForAll long seed) {
        String name = "01-town-kiso-lines.txt";
        List<String> lines = lines(name);
        int bodyStart = lines.indexOf("I 関連情報");
        // Cover paragraphs are separated by blank lines; the form heading and 様式 marker stay on top.
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String l : lines.subList(4, bodyStart)) {
            if (l.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(l);
            }
        }
        Collections.shuffle(blocks, new Random(seed));
        List<String> out = new ArrayList<>(lines.subList(0, 4));
        blocks.forEach(b -> {
            out.addAll(b);
            out.add("");
        });
        out.addAll(lines.subList(bodyStart, lines.size()));
        assertSameFacts(name, String.join("\n", out), false);
    }

    private static List<String> lines(String name) {
        return List.of(new String(PiaCorpus.bytes(name), StandardCharsets.UTF_8).split("\n", -1));
    }

    private static void assertSameFacts(String name, String text, boolean nullAllowed) {
        ImportOutcome o = IMPORTER.importBytes(name, text.getBytes(StandardCharsets.UTF_8));
        assertThat(o.ok()).as("imported: %s", o.error()).isTrue();
        PiaCorpus.Facts actual = PiaCorpus.of(o.manifest());
        PiaCorpus.Facts expected = GOLDEN.get(name);
        if (!nullAllowed) {
            assertThat(actual).as(name).usingRecursiveComparison().isEqualTo(expected);
            return;
        }
        var a = actual.getClass().getRecordComponents();
        for (var c : a) {
            try {
                Object av = c.getAccessor().invoke(actual);
                Object ev = c.getAccessor().invoke(expected);
                if (av != null && !(av instanceof List<?> l && l.isEmpty())) {
                    assertThat(av).as(name + " " + c.getName() + " (never a different value)").isEqualTo(ev);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
