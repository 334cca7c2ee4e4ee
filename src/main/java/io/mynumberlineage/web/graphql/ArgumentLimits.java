package io.mynumberlineage.web.graphql;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import io.mynumberlineage.graph.InputError;
import java.util.Collection;
import java.util.Map;

/**
 * The same bounds for every field's arguments, so a field added later is bounded too: any
 * {@code first} lies in 1..maxPageSize, and no string argument (at any depth of an input object or
 * list) is longer than maxStringLength. Fields keep their own, possibly lower, bounds. A field
 * whose result may be an {@code InputError} gets the refusal as that typed data, like its own
 * checks give it; its page size it bounds itself (lower than the cap; GraphQlLimitsTest checks
 * every field with {@code first}).
 */
public class ArgumentLimits extends SimplePerformantInstrumentation {

    private final GraphQlLimitsProperties limits;

    public ArgumentLimits(GraphQlLimitsProperties limits) {
        this.limits = limits;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        // A property read ignores arguments; only fetchers that use them need the check.
        if (parameters.isTrivialDataFetcher()) {
            return fetcher;
        }
        Map<String, Object> arguments = parameters.getEnvironment().getArguments();
        if (arguments.isEmpty()) {
            return fetcher;
        }
        boolean typed = mayAnswerInputError(parameters.getEnvironment().getFieldType());
        Problem problem = problem(arguments, !typed);
        if (problem == null) {
            return fetcher;
        }
        if (typed) {
            return env -> new InputError("INVALID_ARGUMENT", problem.message(), problem.argument());
        }
        return env -> {
            throw new InvalidArgument(problem.message());
        };
    }

    /** The argument at fault and what is allowed. */
    record Problem(String argument, String message) {
    }

    Problem problem(Map<String, Object> arguments) {
        return problem(arguments, true);
    }

    private Problem problem(Map<String, Object> arguments, boolean checkPageSize) {
        Object first = arguments.get("first");
        if (checkPageSize && first instanceof Number n && (n.longValue() < 1 || n.longValue() > limits.maxPageSize())) {
            return new Problem("first", "first は 1 から " + limits.maxPageSize() + " の範囲で指定してください。");
        }
        for (var entry : arguments.entrySet()) {
            if (tooLong(entry.getValue(), 0)) {
                return new Problem(entry.getKey(),
                        "引数 " + entry.getKey() + " の文字列が長すぎます（上限 " + limits.maxStringLength() + " 文字）。");
            }
        }
        return null;
    }

    private static boolean mayAnswerInputError(GraphQLOutputType type) {
        return GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLUnionType union
                && union.getTypes().stream().anyMatch(t -> t.getName().equals("InputError"));
    }

    private boolean tooLong(Object value, int depth) {
        if (depth > 20) {
            return false;
        }
        if (value instanceof CharSequence s) {
            return s.length() > limits.maxStringLength();
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(v -> tooLong(v, depth + 1));
        }
        if (value instanceof Collection<?> values) {
            return values.stream().anyMatch(v -> tooLong(v, depth + 1));
        }
        return false;
    }

    /** An argument outside the bounds; the message says which and what is allowed. */
    public static final class InvalidArgument extends RuntimeException {
        InvalidArgument(String message) {
            super(message);
        }
    }
}
