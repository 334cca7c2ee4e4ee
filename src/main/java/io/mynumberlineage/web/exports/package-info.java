/** Exports of the stored graph (manifests, CSV). */
package io.mynumberlineage.web.exports;
