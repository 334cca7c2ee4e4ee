package io.mynumberlineage.graph;

/**
 * Called at points inside a load's transaction. It does nothing in the app; tests throw from it to
 * prove that a load failing midway leaves the store exactly as it was.
 */
@FunctionalInterface
public interface LoadCheckpoint {

    LoadCheckpoint NONE = step -> { };

    void reached(String step);
}
