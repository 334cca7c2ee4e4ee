package io.mynumberlineage.web.graphql;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The size of a parsed GraphQL document with its fragments expanded, measured before graphql-java
 * validates it. Validation walks fragment spreads recursively and compares overlapping fields
 * pairwise, so a chain of a thousand nested fragments costs a minute of CPU or overflows the stack
 * before any execution limit applies; this walk is linear in the document and stops counting at
 * a ceiling.
 *
 * @param fragments fragment definitions in the document
 * @param fragmentDepth longest chain of fragment spreads and inline fragments (cycles count as unbounded)
 * @param selections fields with every fragment spread expanded, capped at {@link #CEILING}
 * @param traces {@code trace} fields with fragments expanded (each walks the graph), capped likewise
 */
public record DocumentShape(int fragments, int fragmentDepth, long selections, long traces) {

    static final long CEILING = 1_000_000;
    private static final int UNBOUNDED = Integer.MAX_VALUE;

    public static DocumentShape of(Document document) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.putIfAbsent(fragment.getName(), fragment);
        }
        var walk = new Walk(fragments);
        int depth = 0;
        long selections = 0;
        long traces = 0;
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            Count count = walk.count(operation.getSelectionSet());
            depth = Math.max(depth, count.depth());
            selections = Math.min(CEILING, selections + count.selections());
            traces = Math.min(CEILING, traces + count.traces());
        }
        // Unused fragments are validated too (and refused by graphql-java), so their depth counts as well.
        for (FragmentDefinition fragment : fragments.values()) {
            depth = Math.max(depth, walk.fragment(fragment.getName()).depth());
        }
        return new DocumentShape(document.getDefinitionsOfType(FragmentDefinition.class).size(), depth, selections, traces);
    }

    private record Count(int depth, long selections, long traces) {
        static final Count NONE = new Count(0, 0, 0);
        static final Count CYCLE = new Count(UNBOUNDED, CEILING, CEILING);
    }

    /** Memoised per fragment, so shared fragments are walked once however often they are spread. */
    private static final class Walk {
        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Count> done = new HashMap<>();

        Walk(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        Count fragment(String name) {
            Count known = done.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition definition = fragments.get(name);
            if (definition == null) {
                return Count.NONE;
            }
            // Marked before the walk: a spread that reaches this fragment again is a cycle.
            done.put(name, Count.CYCLE);
            Count count = count(definition.getSelectionSet());
            Count result = new Count(count.depth() == UNBOUNDED ? UNBOUNDED : count.depth() + 1, count.selections(),
                    count.traces());
            done.put(name, result);
            return result;
        }

        Count count(SelectionSet set) {
            if (set == null) {
                return Count.NONE;
            }
            int depth = 0;
            long selections = 0;
            long traces = 0;
            for (Selection<?> selection : set.getSelections()) {
                Count inner;
                if (selection instanceof Field field) {
                    Count children = count(field.getSelectionSet());
                    inner = new Count(children.depth(), children.selections() + 1,
                            children.traces() + ("trace".equals(field.getName()) ? 1 : 0));
                } else if (selection instanceof FragmentSpread spread) {
                    inner = fragment(spread.getName());
                } else if (selection instanceof InlineFragment inline) {
                    Count children = count(inline.getSelectionSet());
                    inner = new Count(children.depth() == UNBOUNDED ? UNBOUNDED : children.depth() + 1,
                            children.selections(), children.traces());
                } else {
                    inner = Count.NONE;
                }
                depth = Math.max(depth, inner.depth());
                selections = Math.min(CEILING, selections + inner.selections());
                traces = Math.min(CEILING, traces + inner.traces());
            }
            return new Count(depth, selections, traces);
        }
    }
}
