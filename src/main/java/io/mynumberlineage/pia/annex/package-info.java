/** 提供先・移転先 listed in a 別紙 of PDF-extracted text, and the change tables of 変更箇所. */
package io.mynumberlineage.pia.annex;
