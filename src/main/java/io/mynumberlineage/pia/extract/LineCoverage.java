package io.mynumberlineage.pia.extract;

import java.util.List;

/**
 * How the extractor accounted for the document's non-blank source lines: placed in a record,
 * kept in {@code unparsed}, or structural (headings, choice lists, empty fields).
 *
 * @param safetyNet lines no handler claimed, which were then put into {@code unparsed} as
 *                  「未分類の行」 (a sign of a gap in the extractor, never of lost text)
 * @param missing   lines in none of the three sets; must always be empty (checked by the fuzz property)
 */
public record LineCoverage(int nonBlankLines, int placed, int unparsed, int structural, int safetyNet, List<Integer> missing) {
}
