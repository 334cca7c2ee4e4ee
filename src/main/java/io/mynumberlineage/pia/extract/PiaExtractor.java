package io.mynumberlineage.pia.extract;

import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.pia.read.PiaDocument;

/**
 * Turns a read 評価書 into a {@link Manifest}. Structure is recognised from the form's headings
 * (I 基本情報, II 特定個人情報ファイルの概要 …, 別添, 別紙) and field labels (①②③…, plain labels),
 * so documents from any issuer work. {@link FormDriver} walks the lines and hands each block to
 * the reader of its part; {@link FormFactsReader} reads the cover and Section I a second way, by
 * label, for flattened or scrambled layouts; {@link ManifestAssembler} joins both. Every record
 * carries provenance; whatever is not placed goes to {@code unparsed}. One instance is stateless
 * and may be shared.
 */
public final class PiaExtractor {

    private final AnnexRecipients annex;

    public PiaExtractor() {
        this(AnnexRecipients.NONE);
    }

    /** @param annex where 提供先/移転先 listed in a 別紙 come from (see {@link AnnexRecipients}) */
    public PiaExtractor(AnnexRecipients annex) {
        this.annex = annex;
    }

    public Extraction extract(PiaDocument doc) {
        FormDriver driver = new FormDriver(doc, annex);
        driver.readAll();
        FormFacts facts = new FormFactsReader().read(doc);
        ManifestAssembler assembler = new ManifestAssembler(driver);
        assembler.complete(facts);
        driver.state().ledger.catchUnclaimedLines();
        LineCoverage coverage = driver.state().ledger.coverage();
        Manifest manifest = assembler.build(coverage, facts);
        // Where each system runs and where each file is kept are read by classes of their own.
        manifest = FileHoldingReader.apply(doc, SystemHostingReader.apply(doc, manifest));
        return new Extraction(manifest, coverage, driver.formRecognised);
    }
}
