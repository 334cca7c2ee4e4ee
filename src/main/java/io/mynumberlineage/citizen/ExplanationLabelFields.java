package io.mynumberlineage.citizen;

import io.mynumberlineage.graph.LegalBasisLabel;
import java.util.List;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** An explanation item's legal-basis keys in words, from the one formatter. */
@Controller
public class ExplanationLabelFields {

    @SchemaMapping(typeName = "ExplanationItem", field = "basisLabels")
    public List<String> basisLabels(Explanation.Item item) {
        return item.basisKeys() == null ? List.of() : item.basisKeys().stream().map(LegalBasisLabel::of).toList();
    }
}
