package io.mynumberlineage.graph;

/**
 * A Neo4j procedure a feature runs inside the embedded store (the trace's search). Features
 * contribute it as a bean, so the store does not depend on the features that use it.
 */
public interface StoreProcedure {

    /** The class whose {@code @Procedure} methods are registered. */
    Class<?> procedureClass();
}
