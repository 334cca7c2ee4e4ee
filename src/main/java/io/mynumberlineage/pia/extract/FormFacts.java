package io.mynumberlineage.pia.extract;

import io.mynumberlineage.manifest.Provenance;
import java.util.List;

/**
 * The cover and Section I facts of a 評価書 as read by their labels ({@link FormFactsReader}); null
 * (or empty) where the document does not state them.
 *
 * @param issuer the issuing body and its organisation as written, or null
 * @param issuerFromLabel true when the issuer was the value of 評価実施機関名 (not found elsewhere on the cover)
 * @param titledKind the kind named by the title or cover heading (基礎 / 重点 / 全項目), or null
 * @param formSeen true when any label of the form was found
 */
record FormFacts(
        IssuerNames.Issuer issuer,
        boolean issuerFromLabel,
        String number,
        String title,
        String titledKind,
        String publishedOn,
        String formVersion,
        boolean draft,
        String processName,
        List<Named> systems,
        List<Named> files,
        Named useBasis,
        Named linkBasis,
        String department,
        String departmentHead,
        boolean formSeen,
        List<String> warnings) {

    /** A value with where it was read. */
    record Named(String value, Provenance provenance) {
    }
}
