package io.mynumberlineage.web.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.introspection.IntrospectionQuery;
import graphql.parser.Parser;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

public class DocumentShapeTest {

    private static final GraphQlLimitsProperties LIMITS = new GraphQlLimitsProperties(15, 1000, 1000, 10000,
            Duration.ofSeconds(30), DataSize.ofKilobytes(256), 15000, 50, 8, 5000, 4, DataSize.ofMegabytes(16));
    private static final DocumentShapeInterceptor INTERCEPTOR = new DocumentShapeInterceptor(LIMITS);

    /** { ...F0 } fragment F0 on Query { ...F1 } … fragment F(n-1) on Query { __typename } */
    public static String fragmentChain(int n) {
        return "{ ...F0 } " + IntStream.range(0, n).mapToObj(i -> "fragment F" + i + " on Query { "
                + (i + 1 < n ? "...F" + (i + 1) : "__typename") + " }").collect(Collectors.joining(" "));
    }

    @Test
    void aChainOfNestedFragmentsIsMeasuredAndRefused() {
        var shape = DocumentShape.of(Parser.parse(fragmentChain(1000)));
        assertThat(shape.fragments()).isEqualTo(1000);
        assertThat(shape.fragmentDepth()).isEqualTo(1000);
        assertThat(shape.selections()).isEqualTo(1);
        assertThat(INTERCEPTOR.problem(fragmentChain(1000))).contains("フラグメントが多すぎます");
        assertThat(INTERCEPTOR.problem(fragmentChain(20))).contains("入れ子が深すぎる");
        assertThat(INTERCEPTOR.problem(fragmentChain(8))).isNull();
    }

    @Test
    void fragmentsSpreadTwiceAtEachLevelAreCountedExpandedWithoutExpandingThem() {
        String doubling = "{ ...F0 } " + IntStream.range(0, 30).mapToObj(i -> "fragment F" + i + " on Query { "
                + (i + 1 < 30 ? "a: __typename ...F" + (i + 1) + " ... on Query { ...F" + (i + 1) + " }" : "__typename")
                + " }").collect(Collectors.joining(" "));
        var shape = DocumentShape.of(Parser.parse(doubling));
        assertThat(shape.selections()).isEqualTo(DocumentShape.CEILING);
    }

    @Test
    void cyclesAreUnboundedDepth() {
        var shape = DocumentShape.of(Parser.parse("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }"));
        assertThat(shape.fragmentDepth()).isEqualTo(Integer.MAX_VALUE);
        assertThat(INTERCEPTOR.problem("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }"))
                .contains("循環");
    }

    @Test
    void aliasedTracesAreCountedThroughFragments() {
        String five = "{ " + IntStream.range(0, 5).mapToObj(i -> "t" + i + ": trace(from: \"x\") { __typename }")
                .collect(Collectors.joining(" ")) + " }";
        assertThat(DocumentShape.of(Parser.parse(five)).traces()).isEqualTo(5);
        assertThat(INTERCEPTOR.problem(five)).contains("trace");
        String twoViaFragment = "{ ...T ...T } fragment T on Query { a: trace(from: \"x\") { __typename } }";
        assertThat(DocumentShape.of(Parser.parse(twoViaFragment)).traces()).isEqualTo(2);
        assertThat(INTERCEPTOR.problem(twoViaFragment)).isNull();
    }

    @Test
    void theIntrospectionQueryOfGraphiqlPasses() {
        assertThat(INTERCEPTOR.problem(IntrospectionQuery.INTROSPECTION_QUERY)).isNull();
    }

    @Test
    void unparseableTextIsLeftToGraphqlJavaAndTooManyTokensAreRefused() {
        assertThat(INTERCEPTOR.problem("{ search(")).isNull();
        String huge = "{ " + IntStream.range(0, 20_000).mapToObj(i -> "a" + i + ": __typename")
                .collect(Collectors.joining(" ")) + " }";
        assertThat(INTERCEPTOR.problem(huge)).contains("字句");
    }
}
