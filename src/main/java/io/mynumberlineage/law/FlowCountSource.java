package io.mynumberlineage.law;

import java.util.Collection;
import java.util.Map;

/** How many flows the graph holds under each legal basis: {@code (f:Flow)-[:UNDER]->(b:LegalBasis {key})}. */
public interface FlowCountSource {

    /** Counts for the given keys; keys without flows may be absent from the map. */
    Map<String, Long> countFlowsUnder(Collection<String> keys);

    /** Counts for every LegalBasis node in the graph, including keys the catalog does not know. */
    Map<String, Long> countFlowsByBasis();
}
