package io.mynumberlineage.trace;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns what a person types into a Lucene query for the cjk-analysed name index.
 *
 * <p>Each whitespace-separated word becomes a quoted phrase, all words required: the cjk analyzer
 * indexes character bigrams, so the phrase "中間サーバ" matches only names containing that run,
 * where the default OR of its bigrams would also match サーバ管理. A single character has no bigram
 * and becomes a prefix query. Lucene syntax in the input is escaped, never interpreted.
 */
final class FulltextQuery {

    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    private FulltextQuery() {
    }

    /** Empty when the text has no searchable characters. */
    static String of(String text) {
        return Arrays.stream(text.strip().split("\\s+"))
                .filter(word -> !word.isBlank())
                .map(FulltextQuery::term)
                .collect(Collectors.joining(" AND "));
    }

    private static String term(String word) {
        String escaped = escape(word);
        return word.codePointCount(0, word.length()) == 1 ? escaped + "*" : "\"" + escaped + "\"";
    }

    static String escape(String word) {
        var out = new StringBuilder(word.length() + 8);
        word.codePoints().forEach(cp -> {
            if (cp < 128 && SPECIAL.indexOf(cp) >= 0) {
                out.append('\\');
            }
            out.appendCodePoint(cp);
        });
        return out.toString();
    }
}
