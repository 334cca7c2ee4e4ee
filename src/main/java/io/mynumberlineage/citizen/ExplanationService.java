package io.mynumberlineage.citizen;

import io.mynumberlineage.audit.Evidence;
import io.mynumberlineage.citizen.Explanation.Item;
import io.mynumberlineage.citizen.Explanation.Section;
import io.mynumberlineage.graph.GraphReader;
import io.mynumberlineage.graph.ManifestCodec;
import io.mynumberlineage.graph.LegalBasisLabel;
import io.mynumberlineage.law.CitationParser;
import io.mynumberlineage.law.LegalBasisCatalog;
import io.mynumberlineage.manifest.DataItems;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.manifest.TextRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Service;

/**
 * Builds the explanation of one 事務 from the graph (files, flows, contractors) and from the
 * manifest stored on its current assessment (利用 bases, disclosure contacts), which the graph
 * does not hold as nodes. Sentences are written here, in plain Japanese, never copied from the
 * document; what comes from the document (names, contacts, retention) is shown as such.
 */
@Service
public class ExplanationService {

    static final String SECTION_HELD = "保有する情報";
    static final String SECTION_USE = "利用の根拠";
    static final String SECTION_RECIPIENTS = "提供先と理由";
    static final String SECTION_CONTRACTORS = "委託先";
    static final String SECTION_RETENTION = "保存期間";
    static final String SECTION_DISCLOSURE = "開示請求の窓口";
    static final String SECTION_PORTAL = "マイナポータルで確認できること";

    private final GraphReader reader;
    private final CitationParser parser;
    private final LegalBasisCatalog catalog;

    public ExplanationService(GraphReader reader, CitationParser parser, LegalBasisCatalog catalog) {
        this.reader = reader;
        this.parser = parser;
        this.catalog = catalog;
    }

    public record ProcessSummary(String id, String name, String municipality, String assessment) {
    }

    public List<ProcessSummary> processes(String municipality) {
        return reader.list("""
                MATCH (p:Process)
                WHERE $municipality IS NULL OR p.municipality = $municipality
                OPTIONAL MATCH (a:Assessment)-[:ASSESSES]->(p) WHERE coalesce(a.current, true)
                WITH p, collect(a.id)[0] AS assessment
                RETURN p.id AS id, p.name AS name, p.municipality AS municipality, assessment
                ORDER BY municipality, name
                """, nullable("municipality", municipality), r -> new ProcessSummary(r.get("id").asString(),
                r.get("name").asString(r.get("id").asString()), r.get("municipality").asString(null),
                r.get("assessment").asString(null)));
    }

    public List<String> municipalities() {
        return reader.list("MATCH (p:Process) WHERE p.municipality IS NOT NULL RETURN DISTINCT p.municipality AS m ORDER BY m",
                Map.of(), r -> r.get("m").asString());
    }

    public Optional<Explanation> explain(String processId, Audience audience) {
        var head = reader.list("""
                MATCH (p:Process {id: $id})
                OPTIONAL MATCH (a:Assessment)-[:ASSESSES]->(p) WHERE coalesce(a.current, true)
                WITH p, a ORDER BY a.validFrom DESC
                RETURN p, collect(a)[0] AS a
                """, Map.of("id", processId), r -> r);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Node process = head.get(0).get("p").asNode();
        Value assessmentValue = head.get(0).get("a");
        Node assessment = assessmentValue.isNull() ? null : assessmentValue.asNode();
        Manifest manifest = assessment == null || assessment.get("manifest").isNull() ? null
                : ManifestCodec.gunzip(assessment.get("manifest").asByteArray());
        var facts = new Facts(process, assessment, manifest, audience);
        String who = facts.municipality;
        String title = audience == Audience.CITIZEN
                ? who + "は「" + facts.processName + "」であなたの個人番号をどう扱っているか"
                : facts.processName + "（" + who + "）の特定個人情報の取扱い";
        List<Section> sections = List.of(facts.held(), facts.use(), facts.recipients(), facts.contractors(),
                facts.retention(), facts.disclosure(), facts.portal());
        return Optional.of(new Explanation(processId, facts.processName, who, audience, title,
                assessment == null ? null : assessment.get("id").asString(null),
                assessment == null ? null : assessment.get("publishedOn").asString(null), sections));
    }

    private static Map<String, Object> nullable(String key, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }

    /** The facts of one process, read once, and the sentences made from them. */
    private final class Facts {

        final String processId;
        final String processName;
        final String municipality;
        final Manifest manifest;
        final Audience audience;
        final Node assessment;
        final List<Node> files;
        final List<org.neo4j.driver.Record> outgoing;

        Facts(Node process, Node assessment, Manifest manifest, Audience audience) {
            this.processId = process.get("id").asString();
            this.processName = process.get("name").asString(processId);
            this.municipality = process.get("municipality").asString("この団体");
            this.assessment = assessment;
            this.manifest = manifest;
            this.audience = audience;
            this.files = reader.list("""
                    MATCH (p:Process {id: $id})-[:HOLDS]->(f:PersonalInfoFile)
                    WHERE $assessment IS NULL OR (:Assessment {id: $assessment})-[:COVERS]->(f)
                    RETURN f ORDER BY f.id
                    """, params(), r -> r.get("f").asNode());
            this.outgoing = reader.list("""
                    MATCH (p:Process {id: $id})-[:HOLDS]->(f:PersonalInfoFile)-[:SENDS]->(fl:Flow)-[:TO]->(dst)
                    WHERE fl.validTo IS NULL AND fl.kind IN ['提供', '移転', '委託']
                      AND ($assessment IS NULL OR fl.assessment = $assessment)
                    OPTIONAL MATCH (fl)-[:UNDER]->(lb:LegalBasis)
                    WITH fl, dst, collect(lb) AS bases
                    RETURN fl, dst.name AS party, [b IN bases | b.key] AS keys, [b IN bases | coalesce(b.name, b.key)] AS basisNames
                    ORDER BY fl.kind, party, fl.id
                    """, params(), r -> r);
        }

        private Map<String, Object> params() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", processId);
            p.put("assessment", assessment == null ? null : assessment.get("id").asString(null));
            return p;
        }

        boolean citizen() {
            return audience == Audience.CITIZEN;
        }

        Item item(String label, String detail, List<String> keys, List<String> citations, Evidence evidence) {
            return citizen() ? new Item(label, detail, List.of(), List.of(), null)
                    : new Item(label, detail, keys, citations, evidence);
        }

        Evidence evidence(Node node) {
            return new Evidence(node.get("provDocument").asString(null), node.get("provSection").asString(null),
                    node.get("provLine").isNull() ? null : node.get("provLine").asInt(), node.get("provQuote").asString(null));
        }

        Section held() {
            List<String> sentences = new ArrayList<>();
            List<Item> items = new ArrayList<>();
            for (Node file : files) {
                List<String> recorded = file.get("items").asList(Value::asString, List.of());
                String name = file.get("name").asString();
                String range = file.get("recordCountRange").asString(null);
                String others = recorded.stream().filter(i -> !DataItems.isMyNumber(i)).limit(8)
                        .reduce((a, b) -> a + "、" + b).orElse(null);
                sentences.add(municipality + "は、" + processName + "のために「" + name + "」という記録を持っています。"
                        + (holdsMyNumber(file, recorded) ? "ここにはあなたの個人番号が含まれます" : "ここには個人番号そのものは含まれません")
                        + (others == null ? "。" : "。ほかに、" + others + (recorded.size() > 9 ? "など" : "") + "が記録されています。")
                        + (range == null ? "" : "対象となる人数はおよそ「" + range + "」です。"));
                items.add(item(name, String.join("、", recorded), List.of(), List.of(), evidence(file)));
                String kept = keptIn(file.get("id").asString());
                if (kept != null) {
                    sentences.add(kept);
                }
            }
            if (files.isEmpty()) {
                sentences.add("評価書から、この事務で保有する記録を読み取れませんでした。");
            }
            return new Section("held", SECTION_HELD, sentences, items);
        }

        /**
         * Where a file is kept: its holding systems and where they run, each saying whether the
         * document writes it or the national architecture rules complete it.
         */
        private String keptIn(String fileId) {
            var rows = reader.list("""
                    MATCH (f:PersonalInfoFile {id: $file})-[st:STORED_IN]->(s:System)
                    RETURN s.name AS name, s.hosting AS hosting, st.evidence AS evidence, s.hostingEvidence AS hostingEvidence
                    ORDER BY s.name
                    """, Map.of("file", fileId), r -> r);
            if (rows.isEmpty()) {
                return null;
            }
            List<String> parts = new ArrayList<>();
            for (var row : rows) {
                String name = row.get("name").asString();
                String how = "DERIVED".equals(row.get("evidence").asString(null)) ? "（全国共通の仕組みから推定）" : "（評価書の記載による）";
                String hosting = row.get("hosting").asString(null);
                String where = hosting == null ? "" : "。このシステムは「" + hosting + "」で動いています"
                        + ("DERIVED".equals(row.get("hostingEvidence").asString(null)) ? "（評価書の記載から推定）" : "（評価書の記載による）");
                parts.add("「" + name + "」" + how + where);
            }
            return "この記録が保管されている場所: " + String.join("、", parts) + "。";
        }

        /** Item lists name the number in many ways (「納税義務者の個人番号」); a 符号 is not the number. */
        private boolean holdsMyNumber(Node file, List<String> recorded) {
            return file.get("myNumber").asBoolean(true)
                    || DataItems.anyIsMyNumber(recorded);
        }

        Section use() {
            List<String> sentences = new ArrayList<>();
            List<Item> items = new ArrayList<>();
            LocalDate asOf = assessment == null ? null : parseDate(assessment.get("validFrom").asString(null));
            Set<String> titles = new LinkedHashSet<>();
            for (var basis : manifest == null || manifest.useBases() == null ? List.<io.mynumberlineage.manifest.CitationRecord>of()
                    : manifest.useBases()) {
                if (basis == null || basis.text() == null) {
                    continue;
                }
                var parse = parser.parse(basis.text(), municipality, asOf);
                List<String> keys = parse.keys();
                for (String key : keys) {
                    catalog.find(key).filter(e -> e.known() && e.title() != null).ifPresent(e -> titles.add(e.title()));
                }
                items.add(item(keys.isEmpty() ? "根拠条文（記載のまま）"
                        : String.join("、", keys.stream().map(LegalBasisLabel::of).distinct().toList()), basis.text(), keys,
                        List.of(basis.text()), Evidence.of(basis.provenance())));
            }
            if (items.isEmpty()) {
                sentences.add("評価書から、個人番号を利用する根拠となる法令を読み取れませんでした。"
                        + "個人番号は、法律や条例で決められた事務でしか使うことができません。");
            } else {
                sentences.add(municipality + "があなたの個人番号を使えるのは、番号法などの法令がこの事務での利用を認めているからです。"
                        + "法令に定めのない目的で個人番号を使うことはできません。");
                if (!titles.isEmpty()) {
                    sentences.add("法令では、この利用は「" + String.join("」「", titles.stream().limit(3).toList()) + "」として定められています。");
                }
            }
            return new Section("use", SECTION_USE, sentences, items);
        }

        Section recipients() {
            Map<String, List<org.neo4j.driver.Record>> byParty = new LinkedHashMap<>();
            for (var row : outgoing) {
                String kind = row.get("fl").asNode().get("kind").asString();
                if (!kind.equals("委託")) {
                    byParty.computeIfAbsent(kind + "|" + row.get("party").asString("（不明）"), k -> new ArrayList<>()).add(row);
                }
            }
            List<String> sentences = new ArrayList<>();
            List<Item> items = new ArrayList<>();
            if (byParty.isEmpty()) {
                sentences.add("評価書には、この事務の記録をほかの機関や部署に渡すという記載はありません。");
            } else {
                long provisions = byParty.keySet().stream().filter(k -> k.startsWith("提供|")).count();
                long transfers = byParty.size() - provisions;
                sentences.add(municipality + "は、法令で認められた場合に限って、あなたの個人番号を含む情報をほかの機関に渡すこと（提供）があります"
                        + (transfers > 0 ? "。また、同じ団体の中の別の部署で使うこと（移転）もあります。" : "。")
                        + "渡し先は" + provisions + "か所" + (transfers > 0 ? "、団体内の使い先は" + transfers + "か所" : "") + "です。");
            }
            for (var entry : byParty.entrySet()) {
                List<org.neo4j.driver.Record> rows = entry.getValue();
                String kind = entry.getKey().substring(0, entry.getKey().indexOf('|'));
                String party = entry.getKey().substring(entry.getKey().indexOf('|') + 1);
                Set<String> purposes = new LinkedHashSet<>();
                Set<String> keys = new LinkedHashSet<>();
                Set<String> names = new LinkedHashSet<>();
                Set<String> citations = new LinkedHashSet<>();
                boolean network = false;
                for (var row : rows) {
                    Node flow = row.get("fl").asNode();
                    String purpose = flow.get("purpose").asString(null);
                    if (purpose != null && !purpose.isBlank()) {
                        purposes.add(purpose.strip());
                    }
                    keys.addAll(row.get("keys").asList(Value::asString));
                    // the one formatter, not a name stored by an older load
                    row.get("keys").asList(Value::asString).forEach(k -> names.add(LegalBasisLabel.of(k)));
                    citations.addAll(flow.get("citations").asList(Value::asString, List.of()));
                    network |= flow.get("methods").asList(Value::asString, List.of()).stream()
                            .anyMatch(m -> m.contains("情報提供ネットワーク"));
                }
                String why = purposes.isEmpty() ? "目的の記載はありません" : "目的は「"
                        + String.join("」「", purposes.stream().limit(3).toList()) + "」" + (purposes.size() > 3 ? "など" : "") + "です";
                String detail = citizen()
                        ? (kind.equals("提供") ? party + "に渡すことがあります。" : party + "で使われることがあります。") + why + "。"
                                + (names.isEmpty() ? "評価書からは根拠の法令を読み取れませんでした。" : "根拠は" + String.join("、", names.stream().limit(3).toList())
                                + (names.size() > 3 ? "など" : "") + "です。")
                                + (network ? "やりとりは情報提供ネットワークシステムを通じて行われ、記録が残ります。" : "")
                        : kind + "（" + rows.size() + "件）: " + why;
                items.add(item(party, detail, List.copyOf(keys), List.copyOf(citations),
                        evidence(rows.get(0).get("fl").asNode())));
            }
            return new Section("recipients", SECTION_RECIPIENTS, sentences, items);
        }

        Section contractors() {
            Map<String, Set<String>> works = new LinkedHashMap<>();
            Map<String, Node> first = new LinkedHashMap<>();
            for (var row : outgoing) {
                Node flow = row.get("fl").asNode();
                if (flow.get("kind").asString().equals("委託")) {
                    String party = row.get("party").asString("（委託先名の記載なし）");
                    works.computeIfAbsent(party, k -> new LinkedHashSet<>());
                    first.putIfAbsent(party, flow);
                    String work = flow.get("purpose").asString(null);
                    if (work != null && !work.isBlank()) {
                        works.get(party).add(work.strip());
                    }
                }
            }
            List<String> sentences = new ArrayList<>();
            List<Item> items = new ArrayList<>();
            if (works.isEmpty()) {
                sentences.add("評価書には、この事務の記録の取扱いを外部の事業者に任せる（委託する）という記載はありません。");
            } else {
                sentences.add(municipality + "は、システムの運用などの作業の一部を外部の事業者に任せています（委託）。"
                        + "委託先が個人番号を扱う場合も、" + municipality + "が委託先を監督する責任を負います。");
            }
            works.forEach((party, set) -> items.add(item(party,
                    set.isEmpty() ? "作業内容の記載はありません。" : "任せている作業: " + String.join("、", set), List.of(), List.of(),
                    evidence(first.get(party)))));
            return new Section("contractors", SECTION_CONTRACTORS, sentences, items);
        }

        Section retention() {
            List<String> sentences = new ArrayList<>();
            List<Item> items = new ArrayList<>();
            for (Node file : files) {
                String retention = file.get("retention").asString(null);
                String name = file.get("name").asString();
                if (retention == null || retention.isBlank()) {
                    sentences.add("「" + name + "」をいつまで保存し、どう消すかは、評価書の中に記載が見つかりませんでした。");
                } else {
                    items.add(item(name, retention.strip(), List.of(), List.of(), evidence(file)));
                }
            }
            if (!items.isEmpty()) {
                sentences.add(0, "記録の保存期間と消し方について、評価書には次のように書かれています（評価書の記載のまま）。");
            }
            return new Section("retention", SECTION_RETENTION, sentences, items);
        }

        Section disclosure() {
            List<String> sentences = new ArrayList<>();
            List<Item> items = new ArrayList<>();
            sentences.add("自分のどんな情報が記録されているかを知りたいときは、" + municipality
                    + "に開示を請求できます。内容が誤っていれば訂正を、法令に反した使い方をされていれば利用の停止を求めることもできます。");
            for (TextRecord contact : manifest == null || manifest.disclosureContacts() == null ? List.<TextRecord>of()
                    : manifest.disclosureContacts()) {
                if (contact == null || contact.text() == null || contact.text().isBlank()) {
                    continue;
                }
                String label = contact.label() == null ? "窓口" : contact.label().replaceAll("^.*/", "").replaceAll("^[①-⑩]", "");
                items.add(item(label, contact.text().strip(), List.of(), List.of(), Evidence.of(contact.provenance())));
            }
            if (items.isEmpty()) {
                sentences.add("評価書から窓口の連絡先を読み取れませんでした。" + municipality + "の個人情報の担当窓口にお問い合わせください。");
            } else {
                sentences.add("窓口と請求の方法は、評価書では次のとおりです（評価書の記載のまま）。");
            }
            return new Section("disclosure", SECTION_DISCLOSURE, sentences, items);
        }

        Section portal() {
            long networked = outgoing.stream().map(r -> r.get("fl").asNode())
                    .filter(f -> f.get("methods").asList(Value::asString, List.of()).stream().anyMatch(m -> m.contains("情報提供ネットワーク"))
                            || f.get("via").asList(Value::asString, List.of()).stream().anyMatch(v -> v.contains("情報提供ネットワーク")))
                    .count();
            List<String> sentences = new ArrayList<>();
            sentences.add("マイナポータル（国が運営するオンラインサービス）にマイナンバーカードでログインすると、"
                    + "行政機関どうしが情報提供ネットワークシステムを通じてあなたの情報をやりとりした記録（情報提供等記録）を見ることができます。"
                    + "いつ、どの機関が、どの事務のために、どの情報を求め、どこが渡したかが分かります。");
            sentences.add(networked > 0
                    ? "この事務では、評価書に情報提供ネットワークシステムを通じた提供が" + networked + "件書かれており、それらがこの記録の対象になります。"
                    : "この事務の評価書には情報提供ネットワークシステムを通じた提供の記載がないため、この事務のやりとりはマイナポータルの記録に表れないことがあります。");
            return new Section("portal", SECTION_PORTAL, sentences, List.of());
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return text == null || text.startsWith("0001") ? null : LocalDate.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
