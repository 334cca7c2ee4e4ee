package io.mynumberlineage.graph;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * A digest of a whole store's content, to tell whether two stores (e.g. an original and its
 * restore from {@code export}) hold the same graph.
 *
 * <p>It covers every node's labels and properties and every relationship's type, endpoint
 * identities and properties; it leaves out what differs between two loads of the same data:
 * internal ids, the load time of an Assessment ({@code loadedAt}), the time of the audit run
 * ({@code checkedAt}), the audit's marks on assessments and the {@code __} nodes of Neo4j-migrations
 * and of the audit's checkpoint. An endpoint is identified by its
 * labels and key ({@code id}, {@code key} or {@code name}), never by its element id.
 *
 * <p>The digest is the sum, modulo 2^256, of the SHA-256 of every element's canonical text: it
 * does not depend on the order the store returns rows in, keeps duplicates apart (unlike XOR) and
 * needs constant memory, so it runs over a national-size store as one streamed scan.
 */
@Component
public class GraphChecksum {

    /**
     * Properties that record when something happened, not what the graph says; the audit's marks on
     * an Assessment (which run audited it, when, with which rules and content) are bookkeeping too.
     */
    public static final Set<String> VOLATILE_PROPERTIES = Set.of("loadedAt", "checkedAt", "auditRun", "auditedAt",
            "auditedRules", "auditedContent");

    private static final TransactionConfig LONG_READ = TransactionConfig.builder().withTimeout(Duration.ofHours(1)).build();

    public record Checksum(String digest, SortedMap<String, Long> nodesByLabel, SortedMap<String, Long> relationshipsByType) {

        public long nodes() {
            return nodesByLabel.getOrDefault(NODES, 0L);
        }

        public long relationships() {
            return relationshipsByType.getOrDefault(RELATIONSHIPS, 0L);
        }
    }

    /** The total rows in the two maps; not a label or type name Neo4j allows unquoted. */
    public static final String NODES = "(ノード合計)";
    public static final String RELATIONSHIPS = "(関係合計)";

    private final Driver driver;

    public GraphChecksum(Driver driver) {
        this.driver = driver;
    }

    public Checksum compute() {
        var sum = new Accumulator();
        // One unmanaged transaction: a managed one could be retried and add its rows twice.
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
                var tx = session.beginTransaction(LONG_READ)) {
            var nodes = tx.run("""
                    MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__')
                    RETURN labels(n) AS labels, properties(n) AS props""");
            nodes.forEachRemaining(r -> sum.addNode(strings(r.get("labels")), r.get("props").asMap(v -> v.asObject())));
            var relationships = tx.run("""
                    MATCH (a)-[r]->(b)
                    WHERE none(l IN labels(a) + labels(b) WHERE l STARTS WITH '__')
                    RETURN type(r) AS type, properties(r) AS props,
                           labels(a) AS fromLabels, coalesce(a.id, a.key, a.name) AS fromKey,
                           labels(b) AS toLabels, coalesce(b.id, b.key, b.name) AS toKey""");
            relationships.forEachRemaining(r -> sum.addRelationship(r.get("type").asString(),
                    endpoint(r, "from"), endpoint(r, "to"), r.get("props").asMap(v -> v.asObject())));
        }
        return sum.checksum();
    }

    private static String endpoint(Record r, String side) {
        Value key = r.get(side + "Key");
        return String.join(":", sorted(strings(r.get(side + "Labels")))) + "|" + (key.isNull() ? "" : canonical(key.asObject()));
    }

    private static List<String> strings(Value list) {
        return list.asList(Value::asString);
    }

    private static List<String> sorted(Collection<String> labels) {
        return labels.stream().sorted().toList();
    }

    /** Order-independent sum of element digests; public so that it can be tested without a store. */
    public static final class Accumulator {

        private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

        private BigInteger sum = BigInteger.ZERO;
        private final SortedMap<String, Long> nodesByLabel = new TreeMap<>();
        private final SortedMap<String, Long> relationshipsByType = new TreeMap<>();

        public void addNode(Collection<String> labels, Map<String, Object> properties) {
            add("N" + String.join(":", sorted(labels)) + properties(properties));
            labels.forEach(l -> nodesByLabel.merge(l, 1L, Long::sum));
            nodesByLabel.merge(NODES, 1L, Long::sum);
        }

        public void addRelationship(String type, String from, String to, Map<String, Object> properties) {
            add("R" + type + "|" + from + "|" + to + properties(properties));
            relationshipsByType.merge(type, 1L, Long::sum);
            relationshipsByType.merge(RELATIONSHIPS, 1L, Long::sum);
        }

        public Checksum checksum() {
            // Counts go in too, so that an empty store does not have the digest zero.
            add("C" + nodesByLabel + relationshipsByType);
            String hex = String.format("%064x", sum);
            return new Checksum("sha256-sum:" + hex, new TreeMap<>(nodesByLabel), new TreeMap<>(relationshipsByType));
        }

        private void add(String canonicalText) {
            sum = sum.add(new BigInteger(1, sha256(canonicalText.getBytes(StandardCharsets.UTF_8)))).mod(MODULUS);
        }

        private static String properties(Map<String, Object> properties) {
            var text = new StringBuilder("{");
            new TreeMap<>(properties).forEach((key, value) -> {
                if (!VOLATILE_PROPERTIES.contains(key)) {
                    text.append(canonical(key)).append('=').append(canonical(value)).append(',');
                }
            });
            return text.append('}').toString();
        }
    }

    /** Type-tagged text of a property value; lists keep their order, which can carry meaning. */
    static String canonical(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "s" + s.length() + ":" + s;
        }
        if (value instanceof byte[] bytes) {
            return "b:" + Base64.getEncoder().encodeToString(sha256(bytes));
        }
        if (value instanceof List<?> list) {
            var text = new StringBuilder("[");
            list.forEach(v -> text.append(canonical(v)).append(','));
            return text.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            var text = new StringBuilder("{");
            new TreeMap<>(map).forEach((k, v) -> text.append(canonical(k)).append('=').append(canonical(v)).append(','));
            return text.append('}').toString();
        }
        return value.getClass().getSimpleName() + ":" + value;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
