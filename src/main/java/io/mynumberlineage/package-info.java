/**
 * mynumber-lineage: reads 特定個人情報保護評価書 into manifests, stores them as a graph and answers where the
 * 個人番号 travels. Each sub-package is one feature; {@code ArchitectureTest} keeps them free of cycles.
 */
package io.mynumberlineage;
