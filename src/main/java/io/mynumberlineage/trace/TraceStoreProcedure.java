package io.mynumberlineage.trace;

import io.mynumberlineage.graph.StoreProcedure;
import org.springframework.stereotype.Component;

/** Offers the trace's search ({@link TraceProcedure}) to the embedded store. */
@Component
class TraceStoreProcedure implements StoreProcedure {

    @Override
    public Class<?> procedureClass() {
        return TraceProcedure.class;
    }
}
