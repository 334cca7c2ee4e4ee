package io.mynumberlineage.trace;

import io.mynumberlineage.graph.LegalBasisLabel;
import java.util.List;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Japanese words for a statement's or hop's legal-basis keys, from the one formatter, in key order. */
@Controller
public class BasisLabelFields {

    @SchemaMapping(typeName = "Flow", field = "basisLabels")
    public List<String> flowLabels(Flow flow) {
        return labels(flow.legalBasis());
    }

    /** Null where the hop rests on its statement's basis (then read {@code flow.basisLabels}). */
    @SchemaMapping(typeName = "TraceEdge", field = "useBasisLabels")
    public List<String> useBasisLabels(TraceService.TraceEdge edge) {
        return edge.useBasis() == null ? null : labels(edge.useBasis());
    }

    static List<String> labels(List<String> keys) {
        return keys == null ? List.of() : keys.stream().map(LegalBasisLabel::of).toList();
    }
}
