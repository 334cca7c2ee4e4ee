package io.mynumberlineage.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mynumberlineage.trace.TraceService.Answer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a GraphQL selection of {@code trace} makes the store read (paths as graphql-java qualifies them). */
class TraceAnswerSelectionTest {

    private static Answer answer(String... paths) {
        return TraceController.answerFor(Set.of(paths));
    }

    @Test
    void onlySelectedHopPropertiesAreAskedOfTheStore() {
        var answer = answer("nodes", "edges", "edges/step", "edges/from");
        assertThat(answer).isEqualTo(new Answer(true, List.of("step"), false, false));
        assertThat(answer.edgeKeys()).containsExactly("flow", "seq", "step");
        // Whether a hop rests on the 利用 basis takes its step and its statement's kind.
        assertThat(answer("edges", "edges/useBasisLabels").edgeProperties()).containsExactly("kind", "step", "basis");
        assertThat(answer("edges", "edges/evidence", "edges/evidence/kind").edgeProperties())
                .containsExactly("evidence", "ruleId", "provDocument", "provSection", "provLine", "provQuote");
    }

    @Test
    void noEdgesSelectedMeansNoEdgesSent() {
        assertThat(answer("nodes")).isEqualTo(Answer.NODES);
    }

    @Test
    void anyStatementFieldBeyondItsIdTurnsOnTheStatementLookup() {
        assertThat(answer("edges", "edges/flow", "edges/flow/id", "edges/flow/flowId").flows()).isFalse();
        for (String field : List.of("kind", "legalBasis", "citations", "items", "purpose", "provenance")) {
            assertThat(answer("edges", "edges/flow", "edges/flow/id", "edges/flow/" + field).flows()).as(field).isTrue();
        }
        assertThat(answer("edges", "edges/flow", "edges/flow/kind").flowEnds()).isFalse();
        assertThat(answer("edges", "edges/flow", "edges/flow/recipient", "edges/flow/recipient/id").flowEnds()).isTrue();
    }

    @Test
    void unknownPropertiesAreRefused() {
        assertThatThrownBy(() -> new Answer(true, List.of("noSuchProperty"), false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
