package io.mynumberlineage.citizen;

import io.mynumberlineage.audit.Evidence;
import java.util.List;

/**
 * What a municipality does with the 個人番号 in one 事務, in sections a resident would ask about.
 * For auditors every item also carries canonical legal-basis keys and where the document says it.
 */
public record Explanation(String process, String processName, String municipality, Audience audience, String title,
        String assessment, String publishedOn, List<Section> sections) {

    public record Section(String key, String heading, List<String> sentences, List<Item> items) {
    }

    /** One fact: a recipient, a contractor, a file … */
    public record Item(String label, String detail, List<String> basisKeys, List<String> citations,
            Evidence evidence) {
    }
}
