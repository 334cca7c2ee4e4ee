package io.mynumberlineage.pia.annex;

import org.junit.jupiter.api.Test;

class AnnexDebugTest {
    @Test
    void dump() throws Exception {
        var r = new AnnexRecipientExtractor().extract("003", SeedLines.read("003_d3c6de1e57e97b3d.txt"));
        for (var f : r.provisions()) System.out.println("P " + f);
        for (var f : r.transfers()) System.out.println("T " + f);
        for (var u : r.unparsed()) System.out.println("U " + u);
        for (var w : r.warnings()) System.out.println("W " + w);
    }
}
