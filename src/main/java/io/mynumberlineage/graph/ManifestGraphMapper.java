package io.mynumberlineage.graph;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.mynumberlineage.graph.EntityCatalog.Party;
import io.mynumberlineage.graph.GraphDocument.FlowRow;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.mynumberlineage.manifest.AcquisitionRecord;
import io.mynumberlineage.manifest.BasisHint;
import io.mynumberlineage.manifest.AssessmentKeys;
import io.mynumberlineage.manifest.DataItems;
import java.nio.charset.StandardCharsets;
import io.mynumberlineage.manifest.DocumentInfo;
import io.mynumberlineage.manifest.EntrustmentRecord;
import io.mynumberlineage.manifest.FileRecord;
import io.mynumberlineage.manifest.FlowRecord;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.manifest.Provenance;
import io.mynumberlineage.manifest.SystemRecord;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps a manifest to the graph model (README, "Architecture"): resolves names to shared entities
 * ({@link EntityCatalog}), citations to legal-basis keys ({@link LegalBasisResolver}) and turns
 * every 入手 / 提供 / 移転 / 委託 statement into one flow with stable ids.
 *
 * <p>Ids: an assessment version is {@code assessmentKey@sha256[0..12]}; its flows are
 * {@code version#recordId}, so reloading the same version touches the same nodes, and a new
 * version brings its own flows while the old ones stay as history.
 */
public class ManifestGraphMapper {

    /** Items that a form writes when the flow carries the whole file. */
    private static final Pattern WHOLE_FILE = Pattern.compile(".*(同様|同じ|全項目|全ての記録項目|範囲と同).*");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、,，/／]");
    public static final String MY_NUMBER = "個人番号";
    private static final Pattern TABLE_KEY = Pattern.compile(".*/別表[12]$");
    private static final Pattern ARTICLE_19_KEY = Pattern.compile("番号法/19/[0-9]+");
    private static final Pattern OTHER_WITH_NAMES = Pattern.compile("^その他\\s*[(（](.*)[)）]$");
    public static final String UNKNOWN_DATE = "0001-01-01";

    private record Citation(String text, String municipality, LocalDate asOf) {
    }

    private final LegalBasisResolver resolver;
    /** The same citations come back in every document of a municipality, and parsing them is costly. */
    private final Cache<Citation, List<ResolvedBasis>> resolutions = Caffeine.newBuilder().maximumSize(20_000).build();

    public ManifestGraphMapper(LegalBasisResolver resolver) {
        this.resolver = resolver;
    }

    public GraphDocument map(Manifest manifest) {
        return new Mapping(manifest).build();
    }

    /** State of mapping one manifest. */
    private final class Mapping {

        private final Manifest manifest;
        /** Written (and schema-checked) once: it gives the version hash and the stored copy. */
        private final byte[] json;
        private final DocumentInfo doc;
        private final String municipality;
        private final String versionId;
        private final String assessmentKey;
        private final String validFrom;
        private final LocalDate asOf;
        private final String processId;
        private final String ownDepartment;
        private final Map<String, Map<String, Object>> organizations = new LinkedHashMap<>();
        private final Map<String, Map<String, Object>> departments = new LinkedHashMap<>();
        private final Map<String, Map<String, Object>> systems = new LinkedHashMap<>();
        private final Map<String, String> systemIdByRecord = new LinkedHashMap<>();
        private final Set<List<String>> connections = new LinkedHashSet<>();
        private final Map<String, Map<String, Object>> files = new LinkedHashMap<>();
        private final Map<String, FileRecord> fileRecords = new LinkedHashMap<>();
        private final Map<String, Map<String, Object>> legalBases = new LinkedHashMap<>();
        private final Map<String, Map<String, Object>> contractors = new LinkedHashMap<>();
        private final List<FlowRow> flows = new ArrayList<>();
        private final Map<String, List<RoutePlanner.Holding>> holdings = new LinkedHashMap<>();
        private final List<GraphDocument.RouteHop> routes = new ArrayList<>();
        private final List<Map<String, Object>> storage = new ArrayList<>();
        private List<String> useBasis;

        Mapping(Manifest manifest) {
            this.manifest = manifest;
            this.doc = Objects.requireNonNull(manifest.document(), "マニフェストに document がありません。");
            this.municipality = firstNonBlank(doc.municipality(), doc.organization(), "不明な評価実施機関");
            String process = firstNonBlank(doc.processName(), doc.title(), "不明な事務");
            this.json = ManifestCodec.toJson(manifest);
            String sha = firstNonBlank(doc.sha256(), ManifestCodec.sha256(json));
            this.assessmentKey = firstNonBlank(doc.assessmentKey(),
                    AssessmentKeys.of(firstNonBlank(doc.municipality(), doc.organization()), doc.assessmentNumber(),
                            firstNonBlank(doc.processName(), doc.title()), sha));
            this.versionId = assessmentKey + "@" + sha.substring(0, Math.min(12, sha.length()));
            this.validFrom = isoDate(doc.publishedOn()) != null ? doc.publishedOn()
                    : isoDate(doc.approvedOn()) != null ? doc.approvedOn() : UNKNOWN_DATE;
            this.asOf = UNKNOWN_DATE.equals(validFrom) ? null : LocalDate.parse(validFrom);
            this.processId = municipality + "/" + Names.compact(process);
            this.ownDepartment = doc.departments() == null || doc.departments().isEmpty() ? null
                    : doc.departments().get(0);
        }

        GraphDocument build() {
            addParty(EntityCatalog.municipality(municipality));
            for (String department : list(doc.departments())) {
                addParty(EntityCatalog.department(municipality, department));
            }
            list(manifest.systems()).forEach(this::addSystem);
            list(manifest.systems()).forEach(this::addConnections);
            list(manifest.files()).forEach(this::addFile);
            var acquisitions = list(manifest.acquisitions());
            for (int i = 0; i < acquisitions.size(); i++) {
                addAcquisition(acquisitions.get(i), i + 1);
            }
            var flowRecords = list(manifest.flows());
            for (int i = 0; i < flowRecords.size(); i++) {
                addFlow(flowRecords.get(i), i + 1);
            }
            var entrustments = list(manifest.entrustments());
            for (int i = 0; i < entrustments.size(); i++) {
                addEntrustment(entrustments.get(i), i + 1);
            }
            addRoutes();
            String process = firstNonBlank(doc.processName(), doc.title(), "不明な事務");
            // The 事務's own bases (個人番号の利用, 情報連携): LegalBasis nodes the Process is BASED_ON.
            Set<String> processBases = new LinkedHashSet<>();
            for (var citation : list(manifest.useBases())) {
                if (citation.key() != null && citation.fileId() == null) {
                    addLegalBasis(citation.key(), "利用".equals(citation.basis()) ? "利用" : null, null, null);
                    processBases.add(citation.key());
                }
            }
            Map<String, Object> processRow = props("id", processId, "name", Names.normalize(process),
                    "municipality", municipality, "legalBases", List.copyOf(processBases),
                    "departments", list(doc.departments()).stream().map(d -> EntityCatalog.department(municipality, d).key()).toList());
            Map<String, Object> assessment = props(
                    "id", versionId, "key", assessmentKey, "municipality", municipality,
                    "organization", doc.organization(), "title", doc.title(),
                    "name", firstNonBlank(doc.title(), process) + "（" + validFrom.replace(UNKNOWN_DATE, "日付不明") + "）",
                    "assessmentNumber", doc.assessmentNumber(), "kind", doc.kind(), "formVersion", doc.formVersion(),
                    "processName", process, "publishedOn", doc.publishedOn(), "approvedOn", doc.approvedOn(),
                    "validFrom", validFrom, "sha256", doc.sha256(), "fileName", doc.fileName(),
                    "contentSha", contentSha(json, doc.fileName()),
                    "flowCount", (long) flows.size(), "files", new ArrayList<>(files.keySet()),
                    "systems", new ArrayList<>(systems.keySet()),
                    "manifest", ManifestCodec.gzip(json));
            return new GraphDocument(versionId, assessmentKey, municipality, assessment, processRow,
                    List.copyOf(organizations.values()), List.copyOf(departments.values()),
                    List.copyOf(systems.values()),
                    connections.stream().map(c -> Map.<String, Object>of("from", c.get(0), "to", c.get(1))).toList(),
                    List.copyOf(files.values()), List.copyOf(legalBases.values()), List.copyOf(contractors.values()),
                    List.copyOf(flows), List.copyOf(routes), List.copyOf(storage));
        }

        /**
         * Every statement as the path it takes through systems, then the systems the 事務 uses with
         * each file (I-2) and the connections its holding systems state (③), as hops of their own.
         */
        private void addRoutes() {
            var planner = new RoutePlanner(new RoutePlanner.Document() {
                @Override
                public String municipality() {
                    return municipality;
                }

                @Override
                public java.util.Optional<String> ownSystemOfType(String type) {
                    return Mapping.this.ownSystemOfType(type);
                }

                @Override
                public String ensureSystem(String id, String name, String type, boolean national) {
                    systems.putIfAbsent(id, props("id", id, "name", name, "type", type, "formName", name,
                            "municipality", national ? null : municipality, "scope", national ? "NATIONAL" : "MUNICIPAL",
                            "hub", national ? Boolean.TRUE : null));
                    return id;
                }

                @Override
                public List<RoutePlanner.Holding> holdings(String fileId) {
                    return holdings.getOrDefault(fileId, List.of());
                }

                @Override
                public List<String> useBasis() {
                    return Mapping.this.useBasis();
                }
            });
            for (FlowRow flow : flows) {
                routes.addAll(planner.route(flow));
                flow.edge().put("routed", Boolean.TRUE);
            }
            int fileIndex = 0;
            for (var file : files.entrySet()) {
                fileIndex++;
                Map<String, Object> row = file.getValue();
                Set<String> holders = new LinkedHashSet<>();
                holdings.getOrDefault(file.getKey(), List.of()).forEach(h -> holders.add(h.system()));
                var records = list(manifest.systems());
                for (int i = 0; i < records.size(); i++) {
                    SystemRecord record = records.get(i);
                    String system = systemIdByRecord.get(record.name());
                    if (system == null || holders.contains(system)) {
                        continue;
                    }
                    routes.add(ownHop(versionId + "#use-" + fileIndex + "-" + (i + 1), NodeKind.FILE, file.getKey(),
                            system, "使用", record.provenance(), row));
                }
            }
            // ③ connections: each stated pair is a 連携 hop, carrying what the 事務's files hold.
            var records = list(manifest.systems());
            Map<String, Object> whole = props("items", files.values().stream()
                    .flatMap(f -> RoutePlanner.strings(f.get("items")).stream()).distinct().toList(),
                    "myNumber", files.values().stream().anyMatch(f -> Boolean.TRUE.equals(f.get("myNumber"))));
            int link = 0;
            for (List<String> connection : connections) {
                SystemRecord record = records.stream().filter(r -> connection.get(0).equals(systemIdByRecord.get(r.name())))
                        .findFirst().orElse(null);
                if (record != null && !files.isEmpty()) {
                    routes.add(ownHop(versionId + "#link-" + (++link), NodeKind.SYSTEM, connection.get(0),
                            connection.get(1), "連携", record.provenance(), whole));
                }
            }
        }

        /** A one-hop route of the document's own statement about its systems (I-2 use, ③ connection). */
        private GraphDocument.RouteHop ownHop(String id, NodeKind fromKind, String from, String system, String step,
                Provenance provenance, Map<String, Object> file) {
            Map<String, Object> properties = props("flow", id, "seq", 0L, "last", true, "kind", step, "step", step,
                    "evidence", RoutePlanner.STATED, "basis", useBasis(), "items", file.get("items"),
                    "myNumber", file.get("myNumber"), "municipality", municipality, "assessment", versionId,
                    "validFrom", validFrom, "provDocument", provenance(provenance, "document"),
                    "provSection", provenance(provenance, "section"),
                    "provLine", provenance == null ? null : (long) provenance.line(),
                    "provQuote", provenance(provenance, "quote"));
            return new GraphDocument.RouteHop(fromKind, from, NodeKind.SYSTEM, system, properties);
        }

        /**
         * The 事務's 利用 basis as canonical keys, once; no LegalBasis node is added for it. A citation
         * split by the extractor carries its key, read with the law its cell names (「住民基本台帳法
         * 第5条、第6条」 gives 住基法/5, 住基法/6): re-reading the split text alone would lose that law.
         * The 情報連携 basis is not a basis of the 事務's own use.
         */
        private List<String> useBasis() {
            if (useBasis == null) {
                Set<String> keys = new LinkedHashSet<>();
                for (var citation : list(manifest.useBases())) {
                    if ("情報連携".equals(citation.basis())) {
                        continue;
                    }
                    if (citation.key() != null) {
                        keys.add(citation.key());
                        continue;
                    }
                    if (citation.text() == null) {
                        continue;
                    }
                    resolutions.get(new Citation(citation.text(), municipality, asOf),
                            c -> List.copyOf(resolver.resolve(c.text(), c.municipality(), c.asOf())))
                            .forEach(b -> keys.add(b.key()));
                }
                useBasis = List.copyOf(keys);
            }
            return useBasis;
        }

        /**
         * Which systems hold a file: those the document states, else the one a national rule names
         * for this kind of file, else the 事務's first system; each with its evidence.
         */
        private List<RoutePlanner.Holding> holdingsOf(FileRecord file) {
            List<RoutePlanner.Holding> stated = new ArrayList<>();
            var names = list(file.systems());
            for (int i = 0; i < names.size(); i++) {
                Provenance where = file.systemsProvenance() != null && i < file.systemsProvenance().size()
                        && file.systemsProvenance().get(i) != null ? file.systemsProvenance().get(i) : file.provenance();
                for (String name : splitNames(names.get(i))) {
                    String id = systemId(name);
                    if (stated.stream().noneMatch(h -> h.system().equals(id))) {
                        stated.add(new RoutePlanner.Holding(id, RoutePlanner.STATED, null, where));
                    }
                }
            }
            // The holder a national rule names for this kind of file leads: routes start from it.
            String compact = Names.compact(file.name());
            java.util.Optional<RoutePlanner.Holding> byRule = java.util.Optional.empty();
            if (compact.contains("本人確認情報")) {
                byRule = ownSystemOfType(EntityCatalog.JUKI_NET).map(id -> new RoutePlanner.Holding(id,
                        RoutePlanner.DERIVED, io.mynumberlineage.route.NationalArchitecture.JUKI_NET_HOLDS_IDENTITY.id(), null));
            } else if (compact.contains("住民基本台帳ファイル")) {
                byRule = ownSystemOfType(EntityCatalog.EXISTING_JUKI).map(id -> new RoutePlanner.Holding(id,
                        RoutePlanner.DERIVED, io.mynumberlineage.route.NationalArchitecture.RESIDENT_REGISTER_HOLDER.id(), null));
            }
            List<RoutePlanner.Holding> found = new ArrayList<>();
            if (byRule.isPresent()) {
                String id = byRule.get().system();
                found.add(stated.stream().filter(h -> h.system().equals(id)).findFirst().orElse(byRule.get()));
                stated.stream().filter(h -> !h.system().equals(id)).forEach(found::add);
            } else {
                found.addAll(stated);
            }
            if (found.isEmpty()) {
                list(manifest.systems()).stream().map(r -> systemIdByRecord.get(r.name()))
                        .filter(id -> id != null && municipality.equals(systems.get(id).get("municipality")))
                        .findFirst().ifPresent(id -> found.add(new RoutePlanner.Holding(id, RoutePlanner.DERIVED,
                                io.mynumberlineage.route.NationalArchitecture.FIRST_SYSTEM_HOLDS.id(), null)));
            }
            return found;
        }

        private void addParty(Party party) {
            switch (party.kind()) {
                case ORGANIZATION -> {
                    organizations.putIfAbsent(party.key(), props("id", party.key(), "name", party.name(),
                            "scope", party.scope().name(), "hub", party.hub() ? Boolean.TRUE : null,
                            "definedBy", party.definedBy()));
                    if (party.definedBy() != null) {
                        addLegalBasis(party.definedBy(), null, null, null);
                    }
                }
                case DEPARTMENT -> departments.putIfAbsent(party.key(), props("id", party.key(), "name", party.name(),
                        "municipality", municipality));
                case SYSTEM -> systems.putIfAbsent(party.key(), systemRow(party.key(), party.name(), null, null));
                case CONTRACTOR -> contractors.putIfAbsent(party.key(), props("id", party.key(), "name", party.name()));
                default -> throw new IllegalArgumentException("party of kind " + party.kind());
            }
        }

        private Map<String, Object> systemRow(String id, String formName, String hosting, Provenance provenance) {
            String type = EntityCatalog.systemType(formName);
            boolean national = EntityCatalog.nationalSystemType(type);
            return props("id", id, "name", EntityCatalog.systemName(formName), "type", type,
                    "formName", Names.normalize(formName), "hosting", hosting,
                    "municipality", national ? null : municipality,
                    "scope", national ? "NATIONAL" : "MUNICIPAL", "hub", national ? Boolean.TRUE : null);
        }

        private String systemId(String reference) {
            String byRecord = systemIdByRecord.get(reference);
            if (byRecord != null) {
                return byRecord;
            }
            String id = EntityCatalog.systemId(municipality, reference);
            systems.putIfAbsent(id, systemRow(id, reference, null, null));
            return id;
        }

        private void addSystem(SystemRecord system) {
            String id = EntityCatalog.systemId(municipality, system.name());
            if (system.id() != null) {
                systemIdByRecord.put(system.id(), id);
            }
            systemIdByRecord.put(system.name(), id);
            var row = systemRow(id, system.name(), system.hosting(), system.provenance());
            if (system.hosting() != null) {
                // Where it runs, with how we know it: the document's words, or a rule reading them.
                Provenance where = system.hostingProvenance();
                row.putAll(props("hostingEvidence", system.hostingRuleId() == null ? RoutePlanner.STATED : RoutePlanner.DERIVED,
                        "hostingRuleId", system.hostingRuleId(), "hostingDocument", provenance(where, "document"),
                        "hostingSection", provenance(where, "section"),
                        "hostingLine", where == null ? null : (long) where.line(), "hostingQuote", provenance(where, "quote")));
            }
            var existing = systems.get(id);
            if (existing == null || existing.get("hosting") == null) {
                systems.put(id, row);
            }
        }

        private void addConnections(SystemRecord system) {
            String from = systemIdByRecord.get(system.name());
            for (String connection : list(system.connections())) {
                for (String name : splitNames(connection)) {
                    String to = systemId(name);
                    if (!to.equals(from)) {
                        connections.add(List.of(from, to));
                    }
                }
            }
        }

        private void addFile(FileRecord file) {
            String id = processId + "/" + Names.compact(file.name());
            fileRecords.put(file.id() == null ? file.name() : file.id(), file);
            fileRecords.put(id, file);
            List<String> items = list(file.items()).stream().map(Names::normalize).filter(s -> !s.isBlank()).distinct().toList();
            var held = holdingsOf(file);
            holdings.put(id, held);
            for (var holding : held) {
                storage.add(props("file", id, "system", holding.system(), "props", props("evidence", holding.evidence(),
                        "ruleId", holding.ruleId(), "provDocument", provenance(holding.provenance(), "document"),
                        "provSection", provenance(holding.provenance(), "section"),
                        "provLine", holding.provenance() == null ? null : (long) holding.provenance().line(),
                        "provQuote", provenance(holding.provenance(), "quote"))));
            }
            files.put(id, props("id", id, "name", Names.normalize(file.name()), "municipality", municipality,
                    "process", processId, "items", items, "myNumber", holdsMyNumber(items),
                    "systems", held.stream().map(RoutePlanner.Holding::system).distinct().toList(), "retention", file.retention(), "recordCountRange", file.recordCountRange(),
                    // What the form declares, so the explorer can say how much of it was read as statements.
                    "statedProvisionCount", file.statedProvisionCount() == null ? null : file.statedProvisionCount().longValue(),
                    "statedTransferCount", file.statedTransferCount() == null ? null : file.statedTransferCount().longValue(),
                    "provDocument", provenance(file.provenance(), "document"),
                    "provSection", provenance(file.provenance(), "section")));
        }

        /**
         * A 特定個人情報ファイル holds 個人番号 by definition unless its item list says otherwise. Items
         * name it with an owner (納税義務者の個人番号); 個人番号カード and 個人番号対応符号 are other things.
         */
        private boolean holdsMyNumber(List<String> items) {
            return items.isEmpty() || DataItems.anyIsMyNumber(items);
        }

        private String fileId(String reference) {
            if (reference != null) {
                FileRecord record = fileRecords.get(reference);
                if (record != null) {
                    return processId + "/" + Names.compact(record.name());
                }
                String byName = processId + "/" + Names.compact(reference);
                if (files.containsKey(byName)) {
                    return byName;
                }
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("流れの対象ファイル " + reference + " がマニフェストにありません。");
            }
            return files.keySet().iterator().next();
        }

        private void addAcquisition(AcquisitionRecord record, int index) {
            String file = fileId(record.fileId());
            Party source = EntityCatalog.source(firstNonBlank(record.source(), "不明"), municipality,
                    list(manifest.systems()).stream().map(SystemRecord::name).toList(), ownDepartment);
            addParty(source);
            addFlowRow(versionId + "#acq-" + index, "入手", source, NodeKind.FILE, file, true,
                    record.source(), List.of(), List.of(), List.of(), record.methods(), null, null, null,
                    record.provenance(), List.of());
        }

        private void addFlow(FlowRecord record, int index) {
            String file = fileId(record.fileId());
            String kind = firstNonBlank(record.kind(), "提供");
            Party recipient = EntityCatalog.recipient(firstNonBlank(record.recipient(), "不明な提供先"), kind, municipality);
            addParty(recipient);
            String id = versionId + "#" + firstNonBlank(record.id(), "flow-" + index);
            addFlowRow(id, kind, recipient, NodeKind.FILE, file, false, record.recipient(), list(record.citations()),
                    list(record.beppyoItems()), list(record.items()), record.methods(), record.purpose(),
                    record.frequency(), record.recordCount(), record.provenance(), record.basisHints());
        }

        private void addEntrustment(EntrustmentRecord record, int index) {
            String file = fileId(record.fileId());
            String name = firstNonBlank(record.contractor(), "委託先不明");
            Party contractor = new Party(NodeKind.CONTRACTOR, Names.compact(name), Names.normalize(name),
                    EntityCatalog.Scope.MUNICIPAL, null);
            addParty(contractor);
            String id = versionId + "#" + firstNonBlank(record.id(), "entrust-" + index);
            addFlowRow(id, "委託", contractor, NodeKind.FILE, file, false, record.contractor(), List.of(), List.of(),
                    List.of(), List.of(), record.work(), null, null, record.provenance(), List.of());
        }

        /**
         * @param inbound true for 入手 (party → file), false for flows leaving the file
         */
        private void addFlowRow(String id, String kind, Party party, NodeKind fileKind, String file, boolean inbound,
                String counterpartAsWritten, List<String> citations, List<String> beppyoItems, List<String> items,
                List<String> methods, String purpose, String frequency, String recordCount, Provenance provenance,
                List<BasisHint> hints) {
            Map<String, Object> fileRow = files.get(file);
            List<String> methodList = list(methods).stream().flatMap(m -> splitNames(m).stream()).distinct().toList();
            Basis basis = basis(citations, beppyoItems, hints);
            @SuppressWarnings("unchecked")
            List<String> fileItems = (List<String>) fileRow.get("items");
            List<String> explicit = items.stream().flatMap(i -> splitNames(i).stream())
                    .filter(i -> !WHOLE_FILE.matcher(i).matches()).distinct().toList();
            List<String> carried = explicit.isEmpty() ? fileItems : explicit;
            boolean myNumber = Boolean.TRUE.equals(fileRow.get("myNumber"));
            List<String> via = via(methodList);
            String partyName = party.name();
            String fileName = String.valueOf(fileRow.get("name"));
            String name = kind + ": " + (inbound ? partyName + " → " + fileName : fileName + " → " + partyName);
            Map<String, Object> properties = props("id", id, "name", name, "kind", kind, "methods", methodList,
                    "purpose", purpose, "frequency", frequency, "recordCount", recordCount,
                    "citations", citations, "unresolvedCitations", basis.unresolved(), "basis", basis.keys(),
                    "beppyoItems", basis.items(), "basisHints", basis.hints(), "items", carried, "myNumber", myNumber,
                    "counterpart", counterpartAsWritten, "file", file, "municipality", municipality,
                    "assessment", versionId, "assessmentKey", assessmentKey, "validFrom", validFrom,
                    "via", via.stream().map(v -> String.valueOf(systems.get(v).get("name"))).toList(),
                    "provDocument", provenance(provenance, "document"), "provSection", provenance(provenance, "section"),
                    "provLine", provenance == null ? null : (long) provenance.line(),
                    "provQuote", provenance(provenance, "quote"));
            Map<String, Object> edge = props("flow", id, "kind", kind, "basis", basis.keys(), "myNumber", myNumber,
                    "items", carried, "methods", methodList, "beppyoItems", basis.items(),
                    "via", properties.get("via"), "municipality", municipality, "assessment", versionId,
                    "validFrom", validFrom);
            if (inbound) {
                flows.add(new FlowRow(id, party.kind(), party.key(), fileKind, file, properties, edge, basis.keys(),
                        carried, via));
            } else {
                flows.add(new FlowRow(id, fileKind, file, party.kind(), party.key(), properties, edge, basis.keys(),
                        carried, via));
            }
        }

        /** The municipality's systems a method passes through, and the national network itself. */
        private List<String> via(List<String> methods) {
            List<String> via = new ArrayList<>();
            for (String method : methods) {
                String type = EntityCatalog.systemType(method);
                if (EntityCatalog.NETWORK_SYSTEM.equals(type)) {
                    ownSystemOfType(EntityCatalog.INTERMEDIATE_SERVER).ifPresent(via::add);
                    via.add(systemId(EntityCatalog.NETWORK_SYSTEM));
                } else if (!EntityCatalog.OTHER_SYSTEM.equals(type)) {
                    ownSystemOfType(type).ifPresent(via::add);
                }
            }
            return via.stream().distinct().toList();
        }

        private java.util.Optional<String> ownSystemOfType(String type) {
            return systems.values().stream()
                    .filter(s -> type.equals(s.get("type")) && municipality.equals(s.get("municipality")))
                    .map(s -> String.valueOf(s.get("id"))).findFirst();
        }

        private record Basis(List<String> keys, List<String> items, List<String> unresolved, List<String> hints) {
        }

        /**
         * Keys come only from the flow's own citation cell. A citation naming a whole table (「別表第二」)
         * takes the items its own cell lists. A 別表 item seen in another cell (「用途: 別表1-27」 under
         * 「第19条第11号及び条例」) is kept as a hint with its cell, never turned into a key.
         */
        private Basis basis(List<String> citations, List<String> beppyoItems, List<BasisHint> hints) {
            List<ResolvedBasis> resolved = new ArrayList<>();
            List<String> unresolved = new ArrayList<>();
            for (String citation : citations) {
                var found = resolutions.get(new Citation(citation, municipality, asOf),
                        c -> List.copyOf(resolver.resolve(c.text(), c.municipality(), c.asOf())));
                if (found.isEmpty()) {
                    unresolved.add(citation);
                }
                resolved.addAll(found);
            }
            List<String> items = beppyoItems.stream().map(Names::compact).filter(s -> !s.isBlank()).distinct().toList();
            Set<String> keys = new LinkedHashSet<>();
            Set<String> allItems = new LinkedHashSet<>();
            for (ResolvedBasis basis : resolved) {
                // items of a whole table are those its own citation cell lists (manifests written before
                // hints were kept apart); hints from other cells never become keys
                List<String> tied = TABLE_KEY.matcher(basis.key()).matches() ? items : List.of();
                if (!tied.isEmpty()) {
                    for (String item : tied) {
                        addLegalBasis(basis.key() + "/" + item, basis.kind(), null, null);
                        keys.add(basis.key() + "/" + item);
                        allItems.add(item);
                    }
                } else {
                    addLegalBasis(basis.key(), basis.kind(), basis.validFrom(), basis.validTo());
                    keys.add(basis.key());
                    if (basis.beppyoItem() != null && basis.key().contains("/別表")) {
                        allItems.add(basis.beppyoItem());
                    }
                }
            }
            List<String> hintLabels = hints.stream().map(ManifestGraphMapper::hintLabel).distinct().toList();
            return new Basis(List.copyOf(keys), List.copyOf(allItems), unresolved, hintLabels);
        }

        /** The shared node keeps the canonical citation (the law's own words), never one flow's spelling. */
        private void addLegalBasis(String key, String kind, LocalDate from, LocalDate to) {
            var existing = legalBases.get(key);
            if (existing != null) {
                return;
            }
            String label = LegalBasisLabel.of(key);
            legalBases.put(key, props("key", key, "name", label,
                    "law", key.substring(0, key.indexOf('/') < 0 ? key.length() : key.indexOf('/')),
                    "kind", kind == null ? kindOf(key) : kind, "citation", label,
                    "validFrom", from == null ? null : from.toString(), "validTo", to == null ? null : to.toString()));
        }
    }

    /** The kind a key's provision gives when the resolver did not say (keys written by other parts of the loader). */
    static String kindOf(String key) {
        if (key.equals("番号法/9") || key.startsWith("番号法/9/")) {
            return "利用";
        }
        if (key.equals("番号法/19") || key.startsWith("番号法/19/")) {
            return "提供";
        }
        return key.startsWith("条例/") ? "条例" : null;
    }

    /** 「用途欄「別表1-27」（番号法第9条第1項・別表第一第27項）」: the cell, the words as written, the reading. */
    static String hintLabel(BasisHint hint) {
        return hint.field() + "欄「" + hint.text() + "」" + (hint.key() == null ? "" : "（" + LegalBasisLabel.of(hint.key()) + "）");
    }

    static List<String> splitNames(String text) {
        if (text == null) {
            return List.of();
        }
        String normalized = Names.normalize(text);
        // 「その他 (住基ネット連携システム、団体内統合宛名システム)」: the names are inside the parenthesis.
        var inner = OTHER_WITH_NAMES.matcher(normalized);
        if (inner.matches()) {
            normalized = inner.group(1);
        }
        return Arrays.stream(LIST_SEPARATOR.split(normalized)).map(String::strip).filter(s -> !s.isBlank()).toList();
    }

    private static String provenance(Provenance p, String field) {
        if (p == null) {
            return null;
        }
        return switch (field) {
            case "document" -> p.document();
            case "section" -> p.sectionPath();
            default -> p.quote();
        };
    }

    static LocalDate isoDate(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    /**
     * The manifest's hash with its source file name blanked: the same document uploaded again under
     * another name is the same content, and reloading it must change nothing.
     */
    static String contentSha(byte[] json, String fileName) {
        if (fileName == null || fileName.isEmpty()) {
            return ManifestCodec.sha256(json);
        }
        String quoted = "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(fileName)) + "\"";
        String text = new String(json, StandardCharsets.UTF_8).replace(quoted, "\"\"");
        return ManifestCodec.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** A property map without nulls: the driver would store null as "remove this property". */
    static Map<String, Object> props(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                map.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return map;
    }
}
