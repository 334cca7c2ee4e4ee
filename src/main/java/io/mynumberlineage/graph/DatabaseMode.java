package io.mynumberlineage.graph;

/** Whether the app runs its own Neo4j in-process or talks to a server named by spring.neo4j.uri. */
public enum DatabaseMode {
    EMBEDDED, EXTERNAL
}
