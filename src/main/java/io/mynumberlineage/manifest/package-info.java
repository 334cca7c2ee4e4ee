/**
 * The manifest: the records one 評価書 yields (document, systems, files, flows, entrustments …) with
 * provenance, and the shared rules about them ({@code DataItems}, {@code AssessmentKeys}).
 */
package io.mynumberlineage.manifest;
