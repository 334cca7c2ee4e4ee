package io.mynumberlineage.pia.extract;

/**
 * Reads the blocks of one part of the form (cover, Section I, files, 提供・移転 …). The driver
 * decides the part from the form's headings; a reader only interprets labels it knows and hands
 * everything else to the ledger as unparsed, so no block is lost.
 */
interface PartReader {

    void read(FormBlock block);
}
