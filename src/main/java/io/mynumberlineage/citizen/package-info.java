/** Plain-Japanese answers for residents: what happens to their 個人番号 in a 事務, and the printable page. */
package io.mynumberlineage.citizen;
