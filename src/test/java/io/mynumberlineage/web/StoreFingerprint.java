package io.mynumberlineage.web;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;

/**
 * Node and relationship counts and a SHA-256 over every node's labels and properties and every
 * relationship's type, ends and properties: equal fingerprints mean nothing in the store changed.
 */
public record StoreFingerprint(long nodes, long relationships, String sha256) {

    public static StoreFingerprint of(Driver driver) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                List<String> rows = new ArrayList<>();
                tx.run("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props").forEachRemaining(r ->
                        rows.add(r.get("id").asString() + r.get("labels").asList() + canonical(r.get("props").asMap())));
                long nodes = rows.size();
                tx.run("MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS a, elementId(b) AS b,"
                        + " properties(r) AS props").forEachRemaining(r -> rows.add(r.get("id").asString() + r.get("type").asString()
                        + r.get("a").asString() + ">" + r.get("b").asString() + canonical(r.get("props").asMap())));
                long relationships = rows.size() - nodes;
                rows.sort(null);
                try {
                    var digest = MessageDigest.getInstance("SHA-256");
                    rows.forEach(row -> digest.update(row.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    return new StoreFingerprint(nodes, relationships, HexFormat.of().formatHex(digest.digest()));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private static String canonical(Map<String, Object> props) {
        Map<String, String> sorted = new TreeMap<>();
        props.forEach((k, v) -> sorted.put(k, v instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(v)));
        return sorted.toString();
    }
}
