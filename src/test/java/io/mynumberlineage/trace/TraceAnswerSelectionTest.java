package io.mynumberlineage.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.mynumberlineage.trace.TraceService.Answer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TraceAnswerSelectionTest {

    /** A selection set that contains exactly the given glob patterns, as graphql-java would match them. */
    private static DataFetchingFieldSelectionSet selecting(String... patterns) {
        Set<String> selected = Set.of(patterns);
        return (DataFetchingFieldSelectionSet) java.lang.reflect.Proxy.newProxyInstance(
                TraceAnswerSelectionTest.class.getClassLoader(), new Class<?>[] {DataFetchingFieldSelectionSet.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("contains")) {
                        return selected.contains((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void onlySelectedEdgePropertiesAreAskedOfTheStore() {
        var answer = TraceController.answerFor(selecting("nodes", "edges", "edges/kind", "edges/legalBasis"));
        assertThat(answer).isEqualTo(new Answer(true, List.of("kind", "basis"), false));
        assertThat(answer.edgeKeys()).containsExactly("flow", "seq", "kind", "basis");
    }

    @Test
    void noEdgesSelectedMeansNoEdgesSent() {
        assertThat(TraceController.answerFor(selecting("nodes"))).isEqualTo(Answer.NODES);
    }

    @Test
    void provenanceOrCitationsTurnOnTheFlowLookup() {
        assertThat(TraceController.answerFor(selecting("edges", "edges/provenance")).details()).isTrue();
        assertThat(TraceController.answerFor(selecting("edges", "edges/citations")).details()).isTrue();
        assertThat(TraceController.answerFor(selecting("edges", "edges/items")).details()).isFalse();
    }

    @Test
    void unknownPropertiesAreRefused() {
        assertThatThrownBy(() -> new Answer(true, List.of("noSuchProperty"), false)).isInstanceOf(IllegalArgumentException.class);
    }
}
