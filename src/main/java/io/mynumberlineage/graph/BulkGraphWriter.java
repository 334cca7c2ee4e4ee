package io.mynumberlineage.graph;

import io.mynumberlineage.graph.GraphDocument.FlowRow;
import io.mynumberlineage.manifest.DataItems;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * Writes many new assessment versions in one embedded transaction through Neo4j's Java API.
 *
 * <p>Why a second write path: the Cypher statement of {@link ManifestLoader} costs about 1 ms of CPU
 * per flow on this class of machine (parameter conversion, slotted operators, a MERGE per data
 * item), which caps a national load at a few thousand flows per second. Here the same graph is
 * written node by node, with the shared nodes of a batch looked up once. It only takes documents
 * whose assessment is not in the store yet (no version chain to rework); everything else goes
 * through the Cypher path. The graph it writes must equal the Cypher path's graph, which
 * {@code LoadPathsTest} checks property by property.
 *
 * <p>A batch commits as a whole, so each document in it is still all or nothing; when the batch
 * fails (a concurrent writer created the same node, a fault), nothing of it stays and the caller
 * loads the documents one by one through Cypher.
 */
public final class BulkGraphWriter {

    private static final RelationshipType PART_OF = RelationshipType.withName("PART_OF");
    private static final RelationshipType CONDUCTED_BY = RelationshipType.withName("CONDUCTED_BY");
    private static final RelationshipType BASED_ON = RelationshipType.withName("BASED_ON");
    private static final RelationshipType ASSESSES = RelationshipType.withName("ASSESSES");
    private static final RelationshipType BY = RelationshipType.withName("BY");
    private static final RelationshipType OF_TYPE = RelationshipType.withName("OF_TYPE");
    private static final RelationshipType USES = RelationshipType.withName("USES");
    private static final RelationshipType CONNECTS_TO = RelationshipType.withName("CONNECTS_TO");
    private static final RelationshipType DEFINED_BY = RelationshipType.withName("DEFINED_BY");
    private static final RelationshipType HOLDS = RelationshipType.withName("HOLDS");
    private static final RelationshipType COVERS = RelationshipType.withName("COVERS");
    private static final RelationshipType STORED_IN = RelationshipType.withName("STORED_IN");
    private static final RelationshipType HAS_ITEM = RelationshipType.withName("HAS_ITEM");
    private static final RelationshipType SENDS = RelationshipType.withName("SENDS");
    private static final RelationshipType TO = RelationshipType.withName("TO");
    private static final RelationshipType FLOWS_TO = RelationshipType.withName("FLOWS_TO");
    private static final RelationshipType DECLARES = RelationshipType.withName("DECLARES");
    private static final RelationshipType UNDER = RelationshipType.withName("UNDER");
    private static final RelationshipType CARRIES = RelationshipType.withName("CARRIES");
    private static final RelationshipType VIA = RelationshipType.withName("VIA");
    private static final RelationshipType ROUTE = RelationshipType.withName("ROUTE");

    private static final Label ASSESSMENT = Label.label(NodeKind.ASSESSMENT.label());

    private final GraphDatabaseService database;
    private final LoadCheckpoint checkpoint;

    public BulkGraphWriter(GraphDatabaseService database) {
        this(database, LoadCheckpoint.NONE);
    }

    public BulkGraphWriter(GraphDatabaseService database, LoadCheckpoint checkpoint) {
        this.database = database;
        this.checkpoint = checkpoint;
    }

    /**
     * Writes the documents whose assessment (key and version) is new to the store and to the
     * batch, in one transaction, and returns their version ids; the others are left to the caller.
     */
    public Set<String> write(List<GraphDocument> documents, long timeoutMillis) {
        try (Transaction tx = database.beginTx(timeoutMillis, TimeUnit.MILLISECONDS)) {
            var batch = new Batch(tx);
            Set<String> keys = new HashSet<>();
            Set<String> written = new HashSet<>();
            for (GraphDocument document : documents) {
                boolean known = tx.findNodes(ASSESSMENT, "key", document.assessmentKey()).hasNext()
                        || tx.findNode(ASSESSMENT, "id", document.assessmentId()) != null;
                if (!known && keys.add(document.assessmentKey())) {
                    batch.write(document);
                    written.add(document.assessmentId());
                    checkpoint.reached("bulk document " + written.size());
                }
            }
            tx.commit();
            return written;
        }
    }

    /** The nodes of one transaction, each looked up at most once. */
    private static final class Batch {

        private final Transaction tx;
        private final Map<String, Node> nodes = new HashMap<>();

        Batch(Transaction tx) {
            this.tx = tx;
        }

        void write(GraphDocument doc) {
            for (var row : doc.organizations()) {
                setAll(merge(NodeKind.ORGANIZATION, row.get("id")), row);
            }
            Node municipality = find(NodeKind.ORGANIZATION, doc.municipality());
            if (municipality == null) {
                // The Cypher path writes nothing of such a document; let it report that.
                throw new IllegalStateException("no organization for " + doc.municipality());
            }
            for (var row : doc.departments()) {
                Node department = merge(NodeKind.DEPARTMENT, row.get("id"));
                setAll(department, row);
                mergeRelationship(department, PART_OF, municipality);
            }
            Node process = merge(NodeKind.PROCESS, doc.process().get("id"));
            setAll(process, doc.process());
            List<?> processDepartments = (List<?>) doc.process().get("departments");
            if (processDepartments.isEmpty()) {
                mergeRelationship(process, CONDUCTED_BY, municipality);
            }
            for (Object departmentId : processDepartments) {
                Node department = find(NodeKind.DEPARTMENT, departmentId);
                if (department != null) {
                    mergeRelationship(process, CONDUCTED_BY, department);
                }
            }
            Node assessment = merge(NodeKind.ASSESSMENT, doc.assessmentId());
            assessment.setProperty("loadedAt", System.currentTimeMillis());
            setAll(assessment, doc.assessment());
            assessment.setProperty("current", true);
            mergeRelationship(assessment, ASSESSES, process);
            mergeRelationship(assessment, BY, municipality);
            writeSystems(doc, assessment);
            writeLegalBases(doc);
            for (Object key : (List<?>) doc.process().getOrDefault("legalBases", List.of())) {
                Node basis = find(NodeKind.LEGAL_BASIS, key);
                if (basis != null) {
                    mergeRelationship(process, BASED_ON, basis);
                }
            }
            for (var row : doc.contractors()) {
                setAll(merge(NodeKind.CONTRACTOR, row.get("id")), row);
            }
            writeFiles(doc, process, assessment);
            for (FlowRow flow : doc.flows()) {
                writeFlow(flow, assessment);
            }
            for (GraphDocument.RouteHop hop : doc.routes()) {
                Node source = find(hop.source(), hop.sourceKey());
                Node target = find(hop.target(), hop.targetKey());
                if (source != null && target != null) {
                    setAll(source.createRelationshipTo(target, ROUTE), hop.properties());
                }
            }
        }

        private void writeSystems(GraphDocument doc, Node assessment) {
            for (var row : doc.systems()) {
                Node system = merge(NodeKind.SYSTEM, row.get("id"));
                setAll(system, row);
                String formName = (String) row.get("formName");
                String[] formNames = (String[]) system.getProperty("formNames", new String[0]);
                if (formName != null && !List.of(formNames).contains(formName)) {
                    String[] grown = Arrays.copyOf(formNames, formNames.length + 1);
                    grown[formNames.length] = formName;
                    system.setProperty("formNames", grown);
                }
                mergeRelationship(system, OF_TYPE, merge(NodeKind.SYSTEM_TYPE, row.get("type")));
                mergeRelationship(assessment, USES, system);
            }
            for (var row : doc.connections()) {
                Node from = find(NodeKind.SYSTEM, row.get("from"));
                Node to = find(NodeKind.SYSTEM, row.get("to"));
                if (from != null && to != null) {
                    mergeRelationship(from, CONNECTS_TO, to);
                }
            }
        }

        private void writeLegalBases(GraphDocument doc) {
            for (var row : doc.legalBases()) {
                Node basis = find(NodeKind.LEGAL_BASIS, row.get("key"));
                if (basis == null) {
                    setAll(merge(NodeKind.LEGAL_BASIS, row.get("key")), row);
                } else {
                    for (String property : List.of("citation", "kind")) {
                        if (!basis.hasProperty(property) && row.get(property) != null) {
                            basis.setProperty(property, row.get(property));
                        }
                    }
                }
            }
            for (var row : doc.organizations()) {
                if (row.get("definedBy") != null) {
                    Node organization = find(NodeKind.ORGANIZATION, row.get("id"));
                    Node basis = find(NodeKind.LEGAL_BASIS, row.get("definedBy"));
                    if (organization != null && basis != null) {
                        mergeRelationship(organization, DEFINED_BY, basis);
                    }
                }
            }
        }

        private void writeFiles(GraphDocument doc, Node process, Node assessment) {
            for (var row : doc.files()) {
                Node file = merge(NodeKind.FILE, row.get("id"));
                setAll(file, row);
                mergeRelationship(process, HOLDS, file);
                mergeRelationship(assessment, COVERS, file);
                for (Object systemId : (List<?>) row.get("systems")) {
                    Node system = find(NodeKind.SYSTEM, systemId);
                    if (system != null) {
                        mergeRelationship(file, STORED_IN, system);
                    }
                }
                for (Object item : (List<?>) row.get("items")) {
                    mergeRelationship(file, HAS_ITEM, dataItem((String) item));
                }
            }
            for (var row : doc.storage()) {
                Node file = find(NodeKind.FILE, row.get("file"));
                Node system = find(NodeKind.SYSTEM, row.get("system"));
                if (file == null || system == null) {
                    continue;
                }
                try (var relationships = file.getRelationships(Direction.OUTGOING, STORED_IN)) {
                    for (var relationship : relationships) {
                        if (relationship.getEndNode().equals(system)) {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> properties = (Map<String, Object>) row.get("props");
                            setAll(relationship, properties);
                        }
                    }
                }
            }
        }

        /** A new version's flows cannot exist yet (their ids contain the version): created, not merged. */
        private void writeFlow(FlowRow row, Node assessment) {
            Node source = find(row.source(), row.sourceKey());
            Node target = find(row.target(), row.targetKey());
            if (source == null || target == null) {
                return;
            }
            Node flow = tx.createNode(Label.label(NodeKind.FLOW.label()));
            setAll(flow, row.properties());
            source.createRelationshipTo(flow, SENDS);
            flow.createRelationshipTo(target, TO);
            setAll(source.createRelationshipTo(target, FLOWS_TO), row.edge());
            assessment.createRelationshipTo(flow, DECLARES);
            for (String key : row.basis()) {
                Node basis = find(NodeKind.LEGAL_BASIS, key);
                if (basis != null) {
                    flow.createRelationshipTo(basis, UNDER);
                }
            }
            for (String item : row.items()) {
                flow.createRelationshipTo(dataItem(item), CARRIES);
            }
            for (int i = 0; i < row.via().size(); i++) {
                Node system = find(NodeKind.SYSTEM, row.via().get(i));
                if (system != null) {
                    flow.createRelationshipTo(system, VIA).setProperty("order", (long) i);
                }
            }
        }

        /** The one rule of {@link DataItems}, as in the loader. */
        private Node dataItem(String name) {
            Node node = find(NodeKind.DATA_ITEM, name);
            if (node == null) {
                node = merge(NodeKind.DATA_ITEM, name);
                node.setProperty("myNumber", DataItems.isMyNumber(name));
            }
            return node;
        }

        private Node find(NodeKind kind, Object key) {
            String cacheKey = kind.label() + "\u0000" + key;
            Node node = nodes.get(cacheKey);
            if (node == null) {
                node = tx.findNode(Label.label(kind.label()), kind.keyProperty(), key);
                if (node != null) {
                    nodes.put(cacheKey, node);
                }
            }
            return node;
        }

        private Node merge(NodeKind kind, Object key) {
            Node node = find(kind, key);
            if (node == null) {
                node = tx.createNode(Label.label(kind.label()));
                node.setProperty(kind.keyProperty(), key);
                nodes.put(kind.label() + "\u0000" + key, node);
            }
            return node;
        }

        private static void mergeRelationship(Node from, RelationshipType type, Node to) {
            try (var relationships = from.getRelationships(Direction.OUTGOING, type)) {
                for (var relationship : relationships) {
                    if (relationship.getEndNode().equals(to)) {
                        return;
                    }
                }
            }
            from.createRelationshipTo(to, type);
        }

        /**
         * Cypher's {@code SET e += row}; lists become arrays, as Cypher stores them. An unchanged
         * value is not written again: writing takes the node's lock, and shared national nodes
         * would make concurrent batches wait on each other.
         */
        private static void setAll(Entity entity, Map<String, Object> properties) {
            properties.forEach((name, value) -> {
                Object stored = storable(value);
                if (!Objects.deepEquals(stored, entity.getProperty(name, null))) {
                    entity.setProperty(name, stored);
                }
            });
        }

        private static Object storable(Object value) {
            if (value instanceof List<?> list) {
                if (list.stream().allMatch(String.class::isInstance)) {
                    return list.toArray(String[]::new);
                }
                if (list.stream().allMatch(Long.class::isInstance)) {
                    return list.stream().mapToLong(Long.class::cast).toArray();
                }
                throw new IllegalArgumentException("a list property of mixed or unsupported types: " + list);
            }
            if (value instanceof Integer number) {
                return number.longValue();
            }
            return value;
        }
    }
}
