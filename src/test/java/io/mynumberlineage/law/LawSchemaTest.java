package io.mynumberlineage.law;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;

/** law.graphqls is valid next to a base Query and matches the payload records and controller. */
class LawSchemaTest {

    private static TypeDefinitionRegistry registry() throws IOException {
        try (InputStream in = LawSchemaTest.class.getClassLoader().getResourceAsStream("graphql/law.graphqls")) {
            String sdl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // the base Query is the lead's; a stand-in is enough to check the extension
            return new SchemaParser().parse("type Query { ping: String }\n" + sdl);
        }
    }

    @Test
    void schemaBuildsWithABaseQuery() throws IOException {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(registry(), RuntimeWiring.newRuntimeWiring().build());
        assertThat(schema.getQueryType().getFieldDefinition("legalBasis")).isNotNull();
        assertThat(schema.getQueryType().getFieldDefinition("legalBases")).isNotNull();
    }

    @Test
    void everySchemaFieldHasARecordComponent() throws IOException {
        TypeDefinitionRegistry registry = registry();
        Map<String, Class<?>> types = Map.of(
                "LegalBasisParse", LegalBasisPayloads.LegalBasisParse.class,
                "LegalBasisError", LegalBasisPayloads.LegalBasisError.class,
                "ParsedLegalBasis", LegalBasisPayloads.ParsedLegalBasis.class,
                "LegalBasisEra", LegalBasisPayloads.LegalBasisEra.class,
                "LegalBasisSummary", LegalBasisPayloads.LegalBasisSummary.class);
        // A field is a record component, or is resolved by a @SchemaMapping of the law package (the label in words).
        Set<String> resolved = Arrays.stream(LegalBasisLabelFields.class.getMethods())
                .filter(m -> m.isAnnotationPresent(SchemaMapping.class))
                .map(m -> m.getAnnotation(SchemaMapping.class).typeName() + "." + m.getAnnotation(SchemaMapping.class).field())
                .collect(Collectors.toSet());
        types.forEach((name, type) -> {
            Set<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toSet());
            resolved.stream().filter(r -> r.startsWith(name + ".")).forEach(r -> components.add(r.substring(name.length() + 1)));
            ObjectTypeDefinition def = registry.getType(name, ObjectTypeDefinition.class).orElseThrow();
            assertThat(def.getFieldDefinitions()).extracting(FieldDefinition::getName).allMatch(components::contains);
        });
        InputObjectTypeDefinition filter = registry.getType("LegalBasisFilter", InputObjectTypeDefinition.class).orElseThrow();
        Set<String> filterComponents = Arrays.stream(LegalBasisPayloads.LegalBasisFilter.class.getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet());
        assertThat(filter.getInputValueDefinitions()).extracting(InputValueDefinition::getName)
                .containsExactlyInAnyOrderElementsOf(filterComponents);
    }

    @Test
    void controllerMapsBothQueriesWithTheirArguments() throws IOException {
        TypeDefinitionRegistry registry = registry();
        ObjectTypeDefinition query = registry.objectTypeExtensions().get("Query").get(0);
        Map<String, Method> mapped = java.util.stream.Stream.of(LegalBasisController.class, LegalBasisLabelFields.class,
                        RenumberingController.class)
                .flatMap(c -> Arrays.stream(c.getMethods()))
                .filter(m -> m.isAnnotationPresent(QueryMapping.class))
                .collect(Collectors.toMap(Method::getName, m -> m));
        for (FieldDefinition field : query.getFieldDefinitions()) {
            Method m = mapped.get(field.getName());
            assertThat(m).as(field.getName()).isNotNull();
            assertThat(Arrays.stream(m.getParameters()).map(p -> p.getName()).toList())
                    .containsExactlyElementsOf(field.getInputValueDefinitions().stream().map(InputValueDefinition::getName).toList());
        }
    }
}
