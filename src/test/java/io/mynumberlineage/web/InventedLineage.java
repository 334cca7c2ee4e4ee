package io.mynumberlineage.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A small invented municipality (架空市) in the graph model of DESIGN.md: a file holding 個人番号,
 * one 入手, two 提供 under different 別表 items, one 移転 and one 委託 — each flow both as a reified
 * Flow node and as the FLOWS_TO shortcut, written by the tests themselves so they depend on no
 * loader. All names are made up.
 */
final class InventedLineage {

    static final String FILE_ID = "ui-test/架空市/住民記録";
    static final String FILE_NAME = "架空住民記録ファイル";
    static final String SOURCE_DOCUMENT = "ui-test-source.txt";
    static final int SOURCE_LINE = 12;
    static final String BASIS_27 = "番号法/19/8/別表2/27";
    static final String BASIS_48 = "番号法/19/8/別表2/48";

    static final String ENTITIES = """
            MERGE (m:Organization {id: 'ui-test/架空市'}) SET m.name = '架空市', m.scope = 'MUNICIPAL'
            MERGE (d:Department {id: 'ui-test/架空市/市民課'}) SET d.name = '架空市 市民窓口課', d.municipality = '架空市'
            MERGE (w:Department {id: 'ui-test/架空市/福祉課'}) SET w.name = '架空市 福祉支援課', w.municipality = '架空市'
            MERGE (s:System {id: 'ui-test/架空市/住記'}) SET s.name = '架空住記システム', s.municipality = '架空市', s.hosting = 'オンプレ'
            MERGE (f:PersonalInfoFile {id: $file}) SET f.name = $fileName, f.municipality = '架空市', f.myNumber = true,
              f.items = ['個人番号', '4情報'], f.provDocument = $doc, f.provSection = 'II/1', f.provLine = 3, f.provQuote = '架空住民記録ファイル'
            MERGE (f)-[:STORED_IN]->(s)
            MERGE (p:Organization {id: 'ui-test/架空県'}) SET p.name = '架空県知事', p.scope = 'PREFECTURE'
            MERGE (o:Organization {id: 'ui-test/架空県/福祉事務所'}) SET o.name = '架空県 福祉事務所', o.scope = 'PREFECTURE'
            MERGE (n:Organization {id: 'ui-test/架空機構'}) SET n.name = '架空年金機構', n.scope = 'NATIONAL'
            MERGE (c:Contractor {id: 'ui-test/架空情報'}) SET c.name = '架空情報サービス株式会社'
            MERGE (b:LegalBasis {key: $b27}) SET b.name = '番号法 第19条第8号 別表第二 27の項', b.law = '番号法', b.kind = '提供',
              b.citation = '番号法第19条第8号 別表第二（27の項）'
            MERGE (b2:LegalBasis {key: $b48}) SET b2.name = '番号法 第19条第8号 別表第二 48の項', b2.law = '番号法', b2.kind = '提供',
              b2.citation = '番号法第19条第8号 別表第二 48'
            """;

    static final String FLOWS = """
            UNWIND $flows AS row
            MATCH (a) WHERE a.id = row.from
            MATCH (b) WHERE b.id = row.to
            MERGE (f:Flow {id: row.props.id})
            SET f += row.props
            MERGE (a)-[:SENDS]->(f)
            MERGE (f)-[:TO]->(b)
            MERGE (a)-[r:FLOWS_TO {flow: row.props.id}]->(b)
            SET r.kind = row.props.kind, r.basis = row.props.basis, r.myNumber = row.props.myNumber,
                r.methods = row.props.methods, r.beppyoItems = row.props.beppyoItems, r.items = row.props.items,
                r.municipality = row.props.municipality, r.validFrom = row.props.validFrom
            WITH f, row
            UNWIND row.props.basis AS key
            MATCH (lb:LegalBasis {key: key})
            MERGE (f)-[:UNDER]->(lb)
            """;

    record Flow(String id, String from, String to, String kind, List<String> basis, List<String> items,
            List<String> methods, boolean myNumber, String purpose, int line) {

        Map<String, Object> props() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", id);
            p.put("name", kind + ": " + from + " → " + to);
            p.put("kind", kind);
            p.put("basis", basis);
            p.put("beppyoItems", basis.stream().map(b -> b.substring(b.lastIndexOf('/') + 1)).toList());
            p.put("citations", basis.stream().map(b -> "番号法第19条第8号 別表第二 " + b.substring(b.lastIndexOf('/') + 1) + "の項").toList());
            p.put("items", items);
            p.put("methods", methods);
            p.put("myNumber", myNumber);
            p.put("purpose", purpose);
            p.put("frequency", "随時");
            p.put("municipality", "架空市");
            p.put("validFrom", "2024-06-01");
            p.put("provDocument", SOURCE_DOCUMENT);
            p.put("provSection", "II/5");
            p.put("provLine", (long) line);
            p.put("provQuote", purpose);
            return p;
        }
    }

    static final List<Flow> FLOW_LIST = List.of(
            new Flow("ui-flow-1", "ui-test/架空市/市民課", FILE_ID, "入手", List.of(), List.of("個人番号", "4情報"),
                    List.of("庁内連携システム"), true, "架空の届出の受付", 8),
            new Flow("ui-flow-2", FILE_ID, "ui-test/架空県", "提供", List.of(BASIS_27), List.of("個人番号", "4情報"),
                    List.of("情報提供ネットワークシステム"), true, "架空の手当の支給", SOURCE_LINE),
            new Flow("ui-flow-3", FILE_ID, "ui-test/架空機構", "提供", List.of(BASIS_48), List.of("個人番号"),
                    List.of("電子記録媒体"), true, "架空の年金の裁定", 14),
            new Flow("ui-flow-4", FILE_ID, "ui-test/架空情報", "委託", List.of(), List.of("個人番号", "4情報"),
                    List.of("電子メール"), true, "架空の入力作業", 16),
            new Flow("ui-flow-5", FILE_ID, "ui-test/架空市/福祉課", "移転", List.of(), List.of("4情報"),
                    List.of("庁内連携システム"), false, "架空の相談記録", 18),
            // The second hop: what the prefecture passes on. Not part of the page model below.
            new Flow("ui-flow-6", "ui-test/架空県", "ui-test/架空県/福祉事務所", "移転", List.of(), List.of("個人番号"),
                    List.of("庁内連携システム"), true, "架空の審査事務", 20));

    private InventedLineage() {
    }

    static Map<String, Object> entityParameters() {
        return Map.of("file", FILE_ID, "fileName", FILE_NAME, "doc", SOURCE_DOCUMENT, "b27", BASIS_27, "b48", BASIS_48);
    }

    static Map<String, Object> flowParameters() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Flow f : FLOW_LIST) {
            rows.add(Map.of("from", f.from(), "to", f.to(), "props", f.props()));
        }
        return Map.of("flows", rows);
    }

    /** An invented 評価書 text whose numbered lines the flows' provenance points at. */
    static String sourceText() {
        return IntStream.rangeClosed(1, 24).mapToObj(i -> switch (i) {
            case 8 -> "入手元\t架空市 市民窓口課";
            case SOURCE_LINE -> "提供先1\t架空県知事\t番号法第19条第8号 別表第二（27の項）";
            case 14 -> "提供先2\t架空年金機構\t電子記録媒体";
            default -> "架空評価書 " + i + " 行目";
        }).collect(Collectors.joining("\n"));
    }

    /**
     * The same flows as the page's own model ({@code lineage.show}), for the checks that do not need
     * the server's trace: ids are the Flow nodes' GraphQL ids so the panel can fetch their details.
     */
    static String pageModelJson() {
        String nodes = """
                {"id":"PersonalInfoFile:%s","kind":"FILE","name":"%s","hops":0,"municipality":"架空市","properties":[]},
                {"id":"Department:ui-test/架空市/市民課","kind":"DEPARTMENT","name":"架空市 市民窓口課","hops":1,"municipality":"架空市","properties":[]},
                {"id":"Department:ui-test/架空市/福祉課","kind":"DEPARTMENT","name":"架空市 福祉支援課","hops":1,"municipality":"架空市","properties":[]},
                {"id":"Organization:ui-test/架空県","kind":"ORGANIZATION","name":"架空県知事","hops":1,"properties":[]},
                {"id":"Organization:ui-test/架空機構","kind":"ORGANIZATION","name":"架空年金機構","hops":1,"properties":[]},
                {"id":"Contractor:ui-test/架空情報","kind":"CONTRACTOR","name":"架空情報サービス株式会社","hops":1,"properties":[]}
                """.formatted(FILE_ID, FILE_NAME);
        String edges = FLOW_LIST.stream().filter(f -> !f.id().equals("ui-flow-6")).map(f -> """
                {"id":"Flow:%s","flowId":"%s","from":"%s","to":"%s","kind":"%s","methods":%s,"basis":%s,"beppyoItems":%s,"citations":[],"items":%s,"myNumber":%s,"municipality":"架空市"}"""
                .formatted(f.id(), f.id(), globalId(f.from()), globalId(f.to()), f.kind(), json(f.methods()), json(f.basis()),
                        json(f.basis().stream().map(b -> b.substring(b.lastIndexOf('/') + 1)).toList()), json(f.items()), f.myNumber()))
                .collect(Collectors.joining(","));
        return "{\"start\":\"PersonalInfoFile:" + FILE_ID + "\",\"title\":\"" + FILE_NAME + "\",\"nodes\":[" + nodes + "],\"edges\":[" + edges + "]}";
    }

    static String globalId(String id) {
        if (id.equals(FILE_ID)) {
            return "PersonalInfoFile:" + id;
        }
        if (id.contains("課") && !id.contains("架空県")) {
            return "Department:" + id;
        }
        if (id.contains("架空情報")) {
            return "Contractor:" + id;
        }
        return "Organization:" + id;
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
