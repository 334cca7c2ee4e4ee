/**
 * Import of 特定個人情報保護評価書 (PIA documents) into the canonical manifest.
 *
 * <p>{@link io.mynumberlineage.pia.PiaImporter} is the entry point: bytes or a file in, an
 * {@link io.mynumberlineage.pia.ImportOutcome} out (a manifest with its parse report, or a typed
 * {@link io.mynumberlineage.pia.ImportError}); it never touches a store, so it backs
 * {@code import --dry-run}. Reading ({@code pia.read}: encoding, markup, NFKC, PDF line joins) and
 * extraction ({@code pia.extract}: the form's headings and labels → records with provenance) are
 * separate steps; 提供先/移転先 listed in a 別紙 come in through
 * {@link io.mynumberlineage.pia.extract.AnnexRecipients}.
 */
package io.mynumberlineage.pia;
