package io.mynumberlineage.law;

import io.mynumberlineage.graph.LegalBasisLabel;
import io.mynumberlineage.law.LegalBasisPayloads.LegalBasisSummary;
import io.mynumberlineage.law.LegalBasisPayloads.ParsedLegalBasis;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The canonical citation in words (the one formatter) for parsed and listed legal bases. */
@Controller
public class LegalBasisLabelFields {

    /** Words for keys the page holds without them (a restored view, an injected model), same order. */
    @QueryMapping
    public List<String> basisLabels(@Argument List<String> keys) {
        return keys == null ? List.of() : keys.stream().limit(2000).map(LegalBasisLabel::of).toList();
    }

    @SchemaMapping(typeName = "ParsedLegalBasis", field = "label")
    public String parsedLabel(ParsedLegalBasis basis) {
        return LegalBasisLabel.of(basis.key());
    }

    @SchemaMapping(typeName = "LegalBasisSummary", field = "label")
    public String summaryLabel(LegalBasisSummary basis) {
        return LegalBasisLabel.of(basis.key());
    }
}
