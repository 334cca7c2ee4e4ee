package io.mynumberlineage.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import graphql.language.FieldDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.mynumberlineage.graph.GraphNode;
import io.mynumberlineage.graph.NodeKind;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.data.method.annotation.SchemaMapping;

/**
 * "A new flow field is a change in at most three files": the GraphQL type {@code Flow}, the record
 * {@link Flow} with its mapping, and the page's renderer. On the server that holds when the type's
 * fields are exactly the record's components (and the one label mapping), when every statement the
 * schema answers is a {@code Flow} and no other type repeats a statement's fields, and when nothing
 * but {@link Flow#of} builds one. The page's half is checked in the browser
 * (ExplorerPageBrowserTest: every field of the type reaches the page's model).
 */
class FlowSchemaTest {

    /** What only a statement says; other types may share a generic name (id, kind, municipality, validFrom …). */
    private static final Set<String> STATEMENT_ONLY = Set.of("methods", "via", "legalBasis", "basisLabels", "beppyoItems",
            "citations", "basisHints", "unresolvedCitations", "items", "myNumber", "purpose", "frequency", "recordCount",
            "counterpart", "provenance");

    private static TypeDefinitionRegistry registry() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls")) {
            registry.merge(new SchemaParser().parse(file.getContentAsString(StandardCharsets.UTF_8)));
        }
        return registry;
    }

    /** Fields of a type with its extensions (Query is extended by every feature file). */
    private static Map<String, FieldDefinition> fields(TypeDefinitionRegistry registry, String type) {
        Map<String, FieldDefinition> fields = new HashMap<>();
        registry.getType(type, ObjectTypeDefinition.class).orElseThrow(() -> new AssertionError("no type " + type))
                .getFieldDefinitions().forEach(f -> fields.put(f.getName(), f));
        registry.objectTypeExtensions().getOrDefault(type, List.of())
                .forEach(ext -> ext.getFieldDefinitions().forEach(f -> fields.put(f.getName(), f)));
        return fields;
    }

    private static String named(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return named(nonNull.getType());
        }
        if (type instanceof ListType list) {
            return named(list.getType());
        }
        return ((TypeName) type).getName();
    }

    @Test
    void everyFieldOfFlowIsAComponentOfTheRecordOrTheOneLabelMapping() throws IOException {
        Set<String> schema = fields(registry(), "Flow").keySet();
        Set<String> components = Arrays.stream(Flow.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        Set<String> mapped = Arrays.stream(BasisLabelFields.class.getMethods())
                .filter(m -> m.isAnnotationPresent(SchemaMapping.class))
                .filter(m -> m.getAnnotation(SchemaMapping.class).typeName().equals("Flow"))
                .map(m -> m.getAnnotation(SchemaMapping.class).field()).collect(Collectors.toSet());
        assertThat(mapped).containsExactly("basisLabels");
        Set<String> served = new HashSet<>(components);
        served.addAll(mapped);
        // Served by the record (graphql-java reads components by name) or by the label formatter, and
        // nothing in the record the schema does not show.
        assertThat(served).containsExactlyInAnyOrderElementsOf(schema);
    }

    @Test
    void theHopAndThePageOfFlowsCarryNoStatementFieldOfTheirOwn() throws IOException {
        var registry = registry();
        Set<String> flow = fields(registry, "Flow").keySet();
        // A hop's id is the hop's; everything else a statement says is on its `flow`.
        assertThat(fields(registry, "TraceEdge").keySet()).filteredOn(flow::contains).containsExactly("id");
        assertThat(named(fields(registry, "TraceEdge").get("flow").getType())).isEqualTo("Flow");
        assertThat(fields(registry, "FlowEdge").keySet()).filteredOn(flow::contains).isEmpty();
        assertThat(named(fields(registry, "FlowEdge").get("node").getType())).isEqualTo("Flow");
    }

    @Test
    void everyStatementTheSchemaAnswersIsAFlowAndNoOtherTypeRepeatsOne() throws IOException {
        var registry = registry();
        assertThat(registry.getType("FlowSummary")).isEmpty();
        assertThat(named(fields(registry, "Query").get("flow").getType())).isEqualTo("Flow");
        for (String diffField : List.of("added", "removed")) {
            assertThat(named(fields(registry, "AssessmentDiff").get(diffField).getType())).isEqualTo("Flow");
        }
        assertThat(named(fields(registry, "FlowChange").get("before").getType())).isEqualTo("Flow");
        // A second type with the statement's own fields would be a second place to add one.
        for (var type : registry.getTypes(ObjectTypeDefinition.class)) {
            if (type.getName().equals("Flow")) {
                continue;
            }
            Set<String> shared = fields(registry, type.getName()).keySet().stream().filter(STATEMENT_ONLY::contains)
                    .collect(Collectors.toSet());
            assertThat(shared).as(type.getName() + " repeats a statement's fields").hasSizeLessThan(3);
        }
        assertThat(fields(registry, "Flow").keySet()).containsAll(STATEMENT_ONLY);
    }

    @Test
    void nothingButTheOneMappingBuildsAFlow() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.mynumberlineage");
        Set<JavaConstructorCall> calls = classes.get(Flow.class).getConstructorCallsToSelf();
        assertThat(calls).isNotEmpty();
        assertThat(calls).allSatisfy(call -> assertThat(call.getOriginOwner().getName())
                .as("a Flow built at " + call.getSourceCodeLocation()).isEqualTo(Flow.class.getName()));
        assertThat(calls).extracting(call -> call.getOrigin().getName()).containsOnly("of");
    }

    @Test
    void theMappingFillsEveryComponentFromWhatTheStoreKeeps() throws Exception {
        // Every key a stored statement can carry: a component the mapping forgets stays null or empty.
        Map<String, Object> stored = new HashMap<>();
        stored.put("id", "若葉台市/1/住基@2024#flow-1");
        stored.put("kind", "提供");
        stored.put("name", "提供: 住民基本台帳ファイル → 情報照会者");
        stored.put("municipality", "若葉台市");
        stored.put("assessment", "若葉台市/1/住基@2024");
        for (String list : List.of("methods", "via", "basis", "beppyoItems", "citations", "basisHints",
                "unresolvedCitations", "items")) {
            stored.put(list, List.of(list + "-1", list + "-2"));
        }
        stored.put("myNumber", true);
        stored.put("purpose", "目的");
        stored.put("frequency", "随時");
        stored.put("recordCount", "1万人以上10万人未満");
        stored.put("counterpart", "情報照会者");
        stored.put("validFrom", "2024-06-01");
        stored.put("validTo", "2025-04-01");
        stored.put("provDocument", "doc.txt");
        stored.put("provSection", "II/5/提供先1");
        stored.put("provLine", 12L);
        stored.put("provQuote", "提供先1");
        GraphNode source = new GraphNode("PersonalInfoFile:f", NodeKind.FILE, "f", List.of());
        GraphNode recipient = new GraphNode("Organization:o", NodeKind.ORGANIZATION, "o", List.of());
        Flow flow = Flow.of((String) stored.get("id"), stored, source, recipient);
        for (RecordComponent component : Flow.class.getRecordComponents()) {
            Object value = component.getAccessor().invoke(flow);
            assertThat(value).as(component.getName()).isNotNull().isNotEqualTo(List.of()).isNotEqualTo(false);
        }
        assertThat(flow.id()).isEqualTo("Flow:" + stored.get("id"));
        assertThat(flow.assessment()).isEqualTo("Assessment:" + stored.get("assessment"));
        assertThat(flow.legalBasis()).containsExactly("basis-1", "basis-2");
        assertThat(flow.provenance()).isEqualTo(new Flow.FlowProvenance("doc.txt", "II/5/提供先1", 12, "提供先1"));
    }
}
