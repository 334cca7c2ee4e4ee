/**
 * The Neo4j store: embedded or external database, schema migrations ({@code cypher/}), the manifest →
 * graph mapping with routes through systems, the loaders and the generic read helpers.
 */
package io.mynumberlineage.graph;
