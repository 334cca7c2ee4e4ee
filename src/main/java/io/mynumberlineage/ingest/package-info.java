/**
 * The one way documents enter the store: bytes in, each read once (a 評価書 through the importer, a
 * manifest through its schema), the source text kept, the manifests bulk-loaded, and the audit
 * re-run for what was touched. The CLI {@code import}, uploads and the demo data are thin adapters
 * over {@link io.mynumberlineage.ingest.DocumentIngest}.
 */
package io.mynumberlineage.ingest;
