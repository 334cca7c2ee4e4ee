package io.mynumberlineage.pia.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mynumberlineage.manifest.CitationRecord;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.manifest.SystemRecord;
import io.mynumberlineage.manifest.FileRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The invented 評価書 under {@code src/test/resources/pia-corpus} and their hand-written golden facts,
 * and the same facts taken from a manifest so the two can be compared field by field.
 */
public final class PiaCorpus {

    public static final String FOLDER = "/pia-corpus/";

    private PiaCorpus() {
    }

    /** The facts the tests compare; lists in document order. */
    public record Facts(String issuer, String organization, String number, String title, String kind,
            String publishedOn, String formVersion, Boolean draft, String process, List<String> systems,
            List<String> files, List<String> useKeys, List<String> linkKeys, String department, String departmentHead) {
    }

    public static Map<String, Facts> golden() {
        try (InputStream in = PiaCorpus.class.getResourceAsStream("/pia-corpus.golden.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Facts> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
                var e = it.next();
                if (e.getKey().startsWith("_")) {
                    continue;
                }
                JsonNode n = e.getValue();
                out.put(e.getKey(), new Facts(text(n, "issuer"), text(n, "organization"), text(n, "number"), text(n, "title"),
                        text(n, "kind"), text(n, "publishedOn"), text(n, "formVersion"),
                        n.get("draft").isNull() ? null : n.get("draft").asBoolean(), text(n, "process"),
                        list(n, "systems"), list(n, "files"), list(n, "useKeys"), list(n, "linkKeys"),
                        text(n, "department"), text(n, "departmentHead")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String name) {
        try (InputStream in = PiaCorpus.class.getResourceAsStream(FOLDER + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Facts of(Manifest m) {
        var d = m.document();
        return new Facts(d.municipality(), d.organization(), d.assessmentNumber(), d.title(), d.kind(), d.publishedOn(),
                d.formVersion(), d.draft(), d.processName(), m.systems().stream().map(SystemRecord::name).toList(),
                m.files().stream().map(FileRecord::name).toList(), keys(m, "利用"), keys(m, "情報連携"),
                d.departments().isEmpty() ? null : d.departments().get(0), d.departmentHead());
    }

    private static List<String> keys(Manifest m, String basis) {
        return m.useBases().stream().filter(c -> basis.equals(c.basis())).map(CitationRecord::key).toList();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> list(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        n.get(field).forEach(v -> out.add(v.asText()));
        return out;
    }
}
