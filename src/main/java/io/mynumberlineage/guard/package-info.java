/** The one rule for what counts as a 個人番号, applied wherever text enters the application. */
package io.mynumberlineage.guard;
