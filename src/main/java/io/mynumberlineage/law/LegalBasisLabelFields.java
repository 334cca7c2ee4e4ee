package io.mynumberlineage.law;

import io.mynumberlineage.graph.LegalBasisLabel;
import io.mynumberlineage.law.LegalBasisPayloads.LegalBasisSummary;
import io.mynumberlineage.law.LegalBasisPayloads.ParsedLegalBasis;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The canonical citation in words (the one formatter) for parsed and listed legal bases. */
@Controller
public class LegalBasisLabelFields {

    @SchemaMapping(typeName = "ParsedLegalBasis", field = "label")
    public String parsedLabel(ParsedLegalBasis basis) {
        return LegalBasisLabel.of(basis.key());
    }

    @SchemaMapping(typeName = "LegalBasisSummary", field = "label")
    public String summaryLabel(LegalBasisSummary basis) {
        return LegalBasisLabel.of(basis.key());
    }
}
