/**
 * Benchmarks: the synthetic national graph, load and trace measurements, and the peer engines
 * (in-memory BFS, PostgreSQL) the trace is checked against. Figures go to {@code bench/RESULTS.md}.
 */
package io.mynumberlineage.bench;
