package io.mynumberlineage.pia.extract;

import io.mynumberlineage.graph.EntityCatalog;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.manifest.Provenance;
import io.mynumberlineage.manifest.SystemRecord;
import io.mynumberlineage.pia.read.PiaDocument;
import io.mynumberlineage.route.NationalArchitecture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each system of a document runs (ガバメントクラウド, an ISMAP-registered cloud, a public cloud,
 * LGWAN-ASP, a data centre, a server room), read from three places the forms use:
 * <ol>
 * <li>blocks headed 「＜…における措置＞」 (保管場所 and the risk measures), which name a system and
 *     say where its data is kept;</li>
 * <li>the system's own description in I-2 (②システムの機能);</li>
 * <li>a sentence saying the 基幹システム is built on ガバメントクラウド: the document's core business
 *     systems, read through rule {@link NationalArchitecture#CORE_SYSTEM_ON_GOV_CLOUD} (DERIVED).</li>
 * </ol>
 * The first place that speaks wins. Nothing is set when no place speaks: unknown stays null.
 */
public final class SystemHostingReader {

    /** Most specific first; the label is what the graph and the filter show. */
    private static final List<Map.Entry<Pattern, String>> KINDS = List.of(
            Map.entry(Pattern.compile("ガバメントクラウド(上|に|で)"), "ガバメントクラウド"),
            Map.entry(Pattern.compile("ISMAP"), "ISMAP登録クラウド"),
            Map.entry(Pattern.compile("AWS|Amazon Web Services|Azure|Google Cloud|Oracle Cloud"), "パブリッククラウド"),
            Map.entry(Pattern.compile("LGWAN-?ASP"), "LGWAN-ASP"),
            Map.entry(Pattern.compile("クラウドサービス(上|事業者)|クラウド上"), "クラウドサービス"),
            Map.entry(Pattern.compile("データセンタ"), "データセンター"),
            Map.entry(Pattern.compile("(部屋|区画|サーバ室|サーバー室|庁舎)[^。]{0,12}(設置|保管)"), "施設内のサーバ室"));

    private static final Pattern BLOCK_HEADING = Pattern.compile("^\\s*[<＜〈《【]\\s*(.{1,40}?)における措置\\s*[>＞〉》】]");
    private static final Pattern CORE_ON_GOV_CLOUD = Pattern.compile("ガバメントクラウド上に構築[^。]{0,30}基幹");
    private static final Pattern SYSTEM_NAME_LABEL = Pattern.compile("システムの名称");
    private static final int BLOCK_LINES = 14;
    private static final Set<String> CORE_TYPES = Set.of(EntityCatalog.EXISTING_JUKI, "税務システム", "国民年金システム",
            "国民健康保険システム", "介護保険システム", "福祉システム");

    private SystemHostingReader() {
    }

    /** Where one system runs and how we know it. */
    private record Found(String hosting, Provenance provenance, String ruleId) {
    }

    /** The manifest with each system's hosting set where the document says it; others unchanged. */
    public static Manifest apply(PiaDocument doc, Manifest manifest) {
        if (manifest == null || manifest.systems() == null || manifest.systems().isEmpty()) {
            return manifest;
        }
        List<String> lines = doc.normalizedLines();
        Map<SystemRecord, Found> found = new LinkedHashMap<>();
        readBlocks(doc.name(), lines, manifest.systems(), found);
        readDescriptions(doc.name(), lines, manifest.systems(), found);
        readCoreSystems(doc.name(), lines, manifest.systems(), found);
        if (found.isEmpty()) {
            return manifest;
        }
        List<SystemRecord> systems = new ArrayList<>();
        for (SystemRecord system : manifest.systems()) {
            Found f = found.get(system);
            systems.add(f == null || system.hosting() != null ? system
                    : new SystemRecord(system.id(), system.name(), system.functions(), system.connections(), f.hosting(),
                            system.provenance(), f.provenance(), f.ruleId()));
        }
        return new Manifest(manifest.schemaVersion(), manifest.document(), systems, manifest.files(),
                manifest.acquisitions(), manifest.useBases(), manifest.flows(), manifest.entrustments(),
                manifest.riskMeasures(), manifest.thirdPartyReviews(), manifest.disclosureContacts(), manifest.changes(),
                manifest.unparsed(), manifest.report());
    }

    private static void readBlocks(String document, List<String> lines, List<SystemRecord> systems,
            Map<SystemRecord, Found> found) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher heading = BLOCK_HEADING.matcher(lines.get(i));
            if (!heading.find()) {
                continue;
            }
            List<SystemRecord> subjects = systems.stream().filter(s -> names(heading.group(1), s)).toList();
            if (subjects.isEmpty()) {
                continue;
            }
            for (int j = i + 1; j < Math.min(lines.size(), i + 1 + BLOCK_LINES); j++) {
                if (BLOCK_HEADING.matcher(lines.get(j)).find()) {
                    break;
                }
                Found hosting = hosting(document, "保管場所/" + heading.group(1), j + 1, lines.get(j), null);
                if (hosting != null) {
                    subjects.forEach(s -> found.putIfAbsent(s, hosting));
                    break;
                }
            }
        }
    }

    /** The lines of the system's own I-2 entry: from its name to the next system's name. */
    private static void readDescriptions(String document, List<String> lines, List<SystemRecord> systems,
            Map<SystemRecord, Found> found) {
        for (SystemRecord system : systems) {
            if (found.containsKey(system) || system.provenance() == null || system.provenance().line() <= 0) {
                continue;
            }
            int from = system.provenance().line();
            for (int j = from; j < Math.min(lines.size(), from + 60); j++) {
                if (j > from && SYSTEM_NAME_LABEL.matcher(lines.get(j)).find()) {
                    break;
                }
                Found hosting = hosting(document, system.provenance().sectionPath(), j + 1, lines.get(j), null);
                if (hosting != null) {
                    found.put(system, hosting);
                    break;
                }
            }
        }
    }

    private static void readCoreSystems(String document, List<String> lines, List<SystemRecord> systems,
            Map<SystemRecord, Found> found) {
        for (int i = 0; i < lines.size(); i++) {
            // Wrapped text: the sentence may continue on the next line.
            String text = lines.get(i) + (i + 1 < lines.size() ? lines.get(i + 1) : "");
            Matcher core = CORE_ON_GOV_CLOUD.matcher(text);
            if (!core.find() || core.start() >= lines.get(i).length()) {
                continue;
            }
            Provenance provenance = new Provenance(document, "本文", i + 1, quote(lines.get(i), core.start()));
            for (SystemRecord system : systems) {
                if (!found.containsKey(system) && CORE_TYPES.contains(EntityCatalog.systemType(system.name()))) {
                    found.put(system, new Found("ガバメントクラウド", provenance,
                            NationalArchitecture.CORE_SYSTEM_ON_GOV_CLOUD.id()));
                }
            }
            return;
        }
    }

    private static Found hosting(String document, String section, int line, String text, String ruleId) {
        for (var kind : KINDS) {
            Matcher m = kind.getKey().matcher(text);
            if (m.find()) {
                return new Found(kind.getValue(), new Provenance(document, section, line, quote(text, m.start())), ruleId);
            }
        }
        return null;
    }

    /** At most 40 characters of the line, starting a little before the words that matched. */
    private static String quote(String text, int at) {
        String stripped = text.strip();
        int offset = Math.max(0, Math.min(stripped.length(), at - (text.length() - text.stripLeading().length())) - 10);
        return stripped.substring(offset);
    }

    private static boolean names(String heading, SystemRecord system) {
        return SystemNames.names(heading, system);
    }
}
