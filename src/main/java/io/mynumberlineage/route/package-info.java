/** The shared national architecture (既存住基, 団体内統合宛名, 中間サーバー, 住基ネット …) and its routing rules. */
package io.mynumberlineage.route;
