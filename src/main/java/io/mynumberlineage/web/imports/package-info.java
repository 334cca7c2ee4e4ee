/** Uploads of 評価書 and manifests through the browser and HTTP. */
package io.mynumberlineage.web.imports;
