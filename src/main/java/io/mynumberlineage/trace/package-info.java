/**
 * Questions to the graph: the trace through systems (in-store procedure or Cypher), search, flows,
 * assessment versions and systems by hosting.
 */
package io.mynumberlineage.trace;
