package io.mynumberlineage.trace;

import io.mynumberlineage.graph.LegalBasisLabel;
import java.util.List;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Japanese words for a hop's or flow's legal-basis keys, from the one formatter, in key order. */
@Controller
public class BasisLabelFields {

    @SchemaMapping(typeName = "TraceEdge", field = "basisLabels")
    public List<String> edgeLabels(TraceService.TraceEdge edge) {
        return labels(edge.legalBasis());
    }

    @SchemaMapping(typeName = "FlowSummary", field = "basisLabels")
    public List<String> flowLabels(FlowSummary flow) {
        return labels(flow.legalBasis());
    }

    static List<String> labels(List<String> keys) {
        return keys == null ? List.of() : keys.stream().map(LegalBasisLabel::of).toList();
    }
}
