/** Reading: bytes to normalised source lines (encoding, markup, NFKC, PDF line joins, spaced letters). */
package io.mynumberlineage.pia.read;
