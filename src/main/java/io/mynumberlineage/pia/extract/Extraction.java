package io.mynumberlineage.pia.extract;

import io.mynumberlineage.manifest.Manifest;

/**
 * The extractor's result.
 *
 * @param formRecognised false when no heading or label of the 評価書 form was found at all
 */
public record Extraction(Manifest manifest, LineCoverage coverage, boolean formRecognised) {
}
