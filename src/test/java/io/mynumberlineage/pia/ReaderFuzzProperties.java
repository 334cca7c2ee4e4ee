package io.mynumberlineage.pia;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.RequiresSeeds;
import io.mynumberlineage.manifest.Manifest;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutated seeds (truncation, byte flips, random insertions): no exception escapes the importer,
 * errors are typed, and every non-blank line of a readable document is accounted for.
 */
@RequiresSeeds
class ReaderFuzzProperties {

    private static final PiaImporter IMPORTER = new PiaImporter();
    private static final List<byte[]> SEEDS = Seeds.all().stream().map(p -> {
        try {
            return Files.readAllBytes(p);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }).toList();
    private static final Set<String> EXPECTED_ERRORS = Set.of("EMPTY", "BINARY", "UNDECODABLE", "NOT_A_PIA", "MY_NUMBER");

    @Property(tries = 80)
    void mutatedSeedsNeverCrashNorLoseLines(@ForAll("mutatedSeeds") byte[] bytes) {
        ImportOutcome o = IMPORTER.importBytes("fuzz.txt", bytes);
        if (!o.ok()) {
            assertThat(o.error().code()).isIn(EXPECTED_ERRORS);
            assertThat(o.error().message()).isNotBlank();
            return;
        }
        assertThat(o.coverage().missing()).as("lines neither placed, unparsed nor structural").isEmpty();
        Manifest m = o.manifest();
        // The manifest must still satisfy its schema, whatever the input looked like.
        assertThat(Seeds.JSON.read(Seeds.JSON.write(m))).isEqualTo(m);
        assertThat(m.report().sections().get("_lines").records()).isEqualTo(o.coverage().nonBlankLines());
    }

    @Provide
    Arbitrary<byte[]> mutatedSeeds() {
        Arbitrary<byte[]> seed = Arbitraries.of(SEEDS);
        return Arbitraries.oneOf(
                Combinators.combine(seed, Arbitraries.doubles().between(0, 1)).as(ReaderFuzzProperties::truncate),
                Combinators.combine(seed, Arbitraries.longs(), Arbitraries.integers().between(1, 200)).as(ReaderFuzzProperties::flip),
                Combinators.combine(seed, Arbitraries.longs(), Arbitraries.integers().between(1, 30)).as(ReaderFuzzProperties::insert));
    }

    private static byte[] truncate(byte[] seed, double fraction) {
        return java.util.Arrays.copyOf(seed, (int) (seed.length * fraction));
    }

    private static byte[] flip(byte[] seed, long randomSeed, int flips) {
        byte[] out = seed.clone();
        java.util.Random r = new java.util.Random(randomSeed);
        for (int i = 0; i < flips; i++) {
            out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
        }
        return out;
    }

    private static byte[] insert(byte[] seed, long randomSeed, int insertions) {
        java.util.Random r = new java.util.Random(randomSeed);
        byte[] out = seed;
        for (int i = 0; i < insertions; i++) {
            byte[] chunk = new byte[1 + r.nextInt(64)];
            if (r.nextBoolean()) {
                r.nextBytes(chunk);
            } else {
                // Form-like text in the wrong place: headings, labels, tabs and brackets.
                String[] pieces = {"提供先3\t", "①法令上の根拠\t", "II 特定個人情報ファイルの概要\n", "[x] ", "\t\t", "<input checked>", "(別添1)\n", "委託事項9\n", "\n"};
                chunk = pieces[r.nextInt(pieces.length)].getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            int at = r.nextInt(out.length + 1);
            byte[] next = new byte[out.length + chunk.length];
            System.arraycopy(out, 0, next, 0, at);
            System.arraycopy(chunk, 0, next, at, chunk.length);
            System.arraycopy(out, at, next, at + chunk.length, out.length - at);
            out = next;
        }
        return out;
    }
}
