package io.mynumberlineage.graph;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises names as the forms write them, so that the same thing written twice gets one key:
 * NFKC (full-width digits and letters, half-width kana), no 「以下…という」 aside, single spaces.
 */
public final class Names {

    private static final Pattern DEFINITION_ASIDE = Pattern.compile("[(（]以下[^)）]*[)）]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOTE_MARKS = Pattern.compile("[※＊*]+$");

    /** The same few thousand names recur across a country's documents; NFKC and three regexes each time add up. */
    private static final Cache<String, String> NORMALIZED = Caffeine.newBuilder().maximumSize(50_000).build();

    private Names() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return NORMALIZED.get(text, Names::normalizeOnce);
    }

    private static String normalizeOnce(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String withoutAside = DEFINITION_ASIDE.matcher(nfkc).replaceAll("");
        String single = SPACES.matcher(withoutAside).replaceAll(" ").strip();
        return NOTE_MARKS.matcher(single).replaceAll("").strip();
    }

    /** Normalised and without any spaces: the form used inside keys and for matching. */
    public static String compact(String text) {
        return normalize(text).replace(" ", "");
    }
}
