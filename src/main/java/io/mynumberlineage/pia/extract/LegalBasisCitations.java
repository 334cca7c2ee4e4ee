package io.mynumberlineage.pia.extract;

import io.mynumberlineage.law.CitationParse;
import io.mynumberlineage.law.CitationParser;
import io.mynumberlineage.law.LegalBasisRef;
import io.mynumberlineage.manifest.CitationRecord;
import io.mynumberlineage.manifest.Provenance;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A 事務's 法令上の根拠 (個人番号の利用, 情報提供ネットワークシステムによる情報連携) as one citation record per
 * basis, each with its canonical key from {@link CitationParser}. What the parser cannot read is kept
 * verbatim with a null key and a warning, never dropped or guessed.
 */
final class LegalBasisCitations {

    /** Basis of the 事務's use of the 個人番号 (Section I 個人番号の利用). */
    static final String USE = "利用";
    /** Basis of the 事務's 情報連携 through the 情報提供ネットワークシステム. */
    static final String LINK = "情報連携";

    private static final CitationParser PARSER = CitationParser.withDefaults();

    private LegalBasisCitations() {
    }

    static List<CitationRecord> split(String text, String basis, String municipality, String publishedOn,
            Provenance provenance, Consumer<String> warn) {
        List<CitationRecord> out = new ArrayList<>();
        if (text == null || text.isBlank() || FormVocabulary.isDash(text)) {
            return out;
        }
        String flat = text.replace('\n', ' ').strip();
        CitationParse parse = PARSER.parse(flat, municipality, date(publishedOn));
        Set<String> keys = new LinkedHashSet<>();
        for (LegalBasisRef ref : parse.bases()) {
            if (keys.add(ref.key())) {
                // One basis: the citation as written; several: the piece each was read from.
                String quote = parse.bases().size() == 1 || ref.fragment() == null || ref.fragment().isBlank()
                        ? flat : ref.fragment();
                out.add(new CitationRecord(null, quote, withQuote(provenance, quote), ref.key(), basis));
            }
        }
        for (String fragment : parse.unparsedFragments()) {
            warn.accept("法令上の根拠 (" + basis + ") の一部を条文として読めません: " + FieldValues.clip(fragment, 40));
        }
        if (out.isEmpty()) {
            out.add(new CitationRecord(null, flat, provenance, null, basis));
            warn.accept("法令上の根拠 (" + basis + ") から条文を特定できませんでした: " + FieldValues.clip(flat, 40));
        }
        return out;
    }

    private static Provenance withQuote(Provenance p, String quote) {
        return p == null ? null : new Provenance(p.document(), p.sectionPath(), p.line(), quote);
    }

    private static LocalDate date(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
