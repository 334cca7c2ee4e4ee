package io.mynumberlineage.graph;

import java.time.LocalDate;
import java.util.List;

/**
 * Turns a citation as written in a form into canonical legal-basis keys. The graph loader depends
 * only on this seam: the full parser from {@code law/} is the bean that implements it, so there is
 * one citation grammar in the project.
 *
 * <p>Implementations must never guess: a citation they cannot read yields an empty list, and the
 * loader keeps it verbatim on the flow.
 *
 * @param municipality the assessing body, for 条例 keys
 * @param asOf the document's date, since the same words meant different items in different eras
 */
public interface LegalBasisResolver {

    List<ResolvedBasis> resolve(String citationText, String municipality, LocalDate asOf);
}
