/**
 * Extraction: {@code FormDriver} turns read lines into form events and hands each block to the reader of
 * its part (cover, Section I, files, 提供・移転, 委託, risks …); {@code FormFactsReader} reads the cover and
 * Section I by label; {@code ManifestAssembler} joins both into a manifest with provenance.
 */
package io.mynumberlineage.pia.extract;
