package io.mynumberlineage.bench;

/** One way of answering a trace; the benchmark times {@link #trace} and compares what it reached. */
public interface PeerEngine {

    String name();

    Reach trace(TraceQuery query) throws Exception;
}
