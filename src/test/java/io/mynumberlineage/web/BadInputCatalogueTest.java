package io.mynumberlineage.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.mynumberlineage.AppTestSupport;
import io.mynumberlineage.audit.InventedPia;
import io.mynumberlineage.graph.GraphChecksum;
import io.mynumberlineage.graph.ManifestCodec;
import io.mynumberlineage.guard.MyNumberDetector;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * A catalogue of hostile input over HTTP: each gets a clear error (or a harmless empty answer for
 * injection text used as a search string) and the store is unchanged, judged by counts and a
 * checksum over all content.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadInputCatalogueTest extends AppTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Cypher and full-text injection attempts, plus other text that must stay just text. */
    static final List<String> INJECTIONS = List.of(
            "' OR 1=1 //",
            "\") MATCH (n) DETACH DELETE n //",
            "'}) MATCH (n) DETACH DELETE n RETURN 1 //",
            "x` DETACH DELETE n //",
            "1' ; CALL dbms.killQueries([]) //",
            "*:* OR name:*",
            "住基\" OR \"\"=\"",
            "System:' OR true WITH 1 AS x MATCH (n) SET n.hacked = true //",
            "Finding:x' OR 1=1 //",
            "番号法/19/8/別表2/27' }) DETACH DELETE n //",
            "${jndi:ldap://127.0.0.1/a}",
            "<script>alert(1)</script>",
            "\u0000\u0001\u001f",
            "\\u0027 OR 1=1");

    @Autowired
    GraphQlSource graphQlSource;

    /** Every (Query field, string argument) pair of the live schema, including strings inside input objects. */
    record Target(GraphQLFieldDefinition field, GraphQLArgument argument, String inputField) {
        String label() {
            return field.getName() + "(" + argument.getName() + (inputField == null ? "" : "." + inputField) + ")";
        }
    }

    List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        for (GraphQLFieldDefinition field : graphQlSource.schema().getQueryType().getFieldDefinitions()) {
            for (GraphQLArgument argument : field.getArguments()) {
                GraphQLType type = GraphQLTypeUtil.unwrapAll(argument.getType());
                if (isText(type)) {
                    targets.add(new Target(field, argument, null));
                } else if (type instanceof GraphQLInputObjectType input) {
                    for (var inputField : input.getFieldDefinitions()) {
                        if (isText(GraphQLTypeUtil.unwrapAll(inputField.getType()))) {
                            targets.add(new Target(field, argument, inputField.getName()));
                        }
                    }
                }
            }
        }
        return targets;
    }

    private static boolean isText(GraphQLType type) {
        return type instanceof GraphQLScalarType scalar && (scalar.getName().equals("String") || scalar.getName().equals("ID"));
    }

    /** A query of the field with the hostile text in the target argument and plain values in the required rest. */
    static Map<String, Object> request(Target target, String text) {
        StringBuilder variables = new StringBuilder();
        StringBuilder arguments = new StringBuilder();
        Map<String, Object> values = new LinkedHashMap<>();
        for (GraphQLArgument argument : target.field().getArguments()) {
            Object value;
            if (argument == target.argument()) {
                value = target.inputField() == null ? wrap(argument.getType(), text) : wrap(argument.getType(),
                        Map.of(target.inputField(), wrap(((GraphQLInputObjectType) GraphQLTypeUtil.unwrapAll(argument.getType()))
                                .getField(target.inputField()).getType(), text)));
            } else if (GraphQLTypeUtil.isNonNull(argument.getType())) {
                value = plain(argument.getType());
            } else {
                continue;
            }
            String name = "v_" + argument.getName();
            variables.append(variables.isEmpty() ? "" : ", ").append('$').append(name).append(": ")
                    .append(GraphQLTypeUtil.simplePrint(argument.getType()));
            arguments.append(arguments.isEmpty() ? "" : ", ").append(argument.getName()).append(": $").append(name);
            values.put(name, value);
        }
        GraphQLType result = GraphQLTypeUtil.unwrapAll(target.field().getType());
        String selection = result instanceof GraphQLScalarType || result instanceof GraphQLEnumType ? "" : " { __typename }";
        String query = "query(" + variables + ") { " + target.field().getName() + "(" + arguments + ")" + selection + " }";
        Map<String, Object> request = new HashMap<>();
        request.put("query", query);
        request.put("variables", values);
        return request;
    }

    private static Object wrap(GraphQLInputType type, Object value) {
        GraphQLType t = GraphQLTypeUtil.unwrapNonNull(type);
        return t instanceof GraphQLList ? List.of(value) : value;
    }

    private static Object plain(GraphQLInputType type) {
        GraphQLType t = GraphQLTypeUtil.unwrapAll(type);
        Object value = t instanceof GraphQLEnumType e ? e.getValues().get(0).getName()
                : t instanceof GraphQLScalarType s && s.getName().equals("Int") ? 1
                : t instanceof GraphQLScalarType s && s.getName().equals("Boolean") ? false
                : "x";
        return wrap(type, value);
    }

    private HttpResponse<String> post(String user, String contentType, byte[] body) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl() + "/graphql")).header("Content-Type", contentType);
        if (user != null) {
            builder.header("Authorization", basic(user));
        }
        return HTTP.send(builder.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoLeak(String body) {
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at io.mynumberlineage")
                .doesNotContain("org.neo4j").doesNotContain("java.lang");
    }

    @Test
    void injectionTextInEveryStringArgumentIsJustText() throws Exception {
        List<Target> targets = targets();
        // The schema has string arguments in node, search, trace, flows, legalBasis, … : all are covered.
        assertThat(targets).extracting(t -> t.field().getName())
                .contains("node", "search", "trace", "flows", "legalBasis", "findings", "sourceExcerpt", "explain");
        var before = new GraphChecksum(driver).compute();
        int requests = 0;
        for (Target target : targets) {
            for (String text : INJECTIONS) {
                var response = post(ADMIN, "application/json", JSON.writeValueAsBytes(request(target, text)));
                requests++;
                assertThat(response.statusCode()).as(target.label() + " " + text).isEqualTo(200);
                assertNoLeak(response.body());
                JsonNode answer = JSON.readTree(response.body());
                for (JsonNode error : answer.path("errors")) {
                    // Refusals are fine (bad id, bad date …); a failure inside the server is not.
                    assertThat(error.path("extensions").path("classification").asText())
                            .as(target.label() + " " + text + " → " + error).isNotEqualTo("INTERNAL_ERROR");
                }
            }
        }
        System.out.printf("figures: %d (field, argument) pairs × %d texts = %d requests%n", targets.size(), INJECTIONS.size(), requests);
        assertThat(new GraphChecksum(driver).compute()).isEqualTo(before);
        // A search for injection text finds nothing rather than everything.
        JsonNode search = graphql("query($t: String!) { search(text: $t) { ... on SearchHits { hits { score } } } }",
                Map.of("t", "*:* OR name:*"));
        assertThat(search.path("data").path("search").path("hits").size()).isZero();
    }

    @Test
    void malformedRequestsGetClearErrorsWithoutInternals() throws Exception {
        var before = new GraphChecksum(driver).compute();
        JsonNode syntax = JSON.readTree(post(null, "application/json", "{\"query\":\"{ status { \"}".getBytes()).body());
        assertThat(syntax.path("errors").path(0).path("extensions").path("classification").asText()).isEqualTo("InvalidSyntax");
        JsonNode unknown = graphql("{ nosuchfield }", Map.of());
        assertThat(unknown.path("errors").path(0).path("extensions").path("classification").asText()).isEqualTo("ValidationError");

        var notJson = post(null, "application/json", "{\"query\": ".getBytes());
        assertThat(notJson.statusCode()).isBetween(400, 499);
        assertNoLeak(notJson.body());
        byte[] invalidUtf8 = {'{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', '{', ' ', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '}', '"', '}'};
        var badBytes = post(null, "application/json", invalidUtf8);
        assertThat(badBytes.statusCode()).isBetween(200, 499);
        assertNoLeak(badBytes.body());
        if (badBytes.statusCode() == 200) {
            assertThat(JSON.readTree(badBytes.body()).path("errors").size()).isPositive();
        }
        var wrongType = post(null, "text/plain", "{ status { nodeCount } }".getBytes());
        assertThat(wrongType.statusCode()).isBetween(400, 499);
        assertNoLeak(wrongType.body());
        var missing = get("/no/such/page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertNoLeak(missing.body());
        assertThat(new GraphChecksum(driver).compute()).isEqualTo(before);
    }

    /** An invented 12-digit number whose check digit is right: what the guard must refuse. Never a real one. */
    static String inventedNumberPassingTheCheck(long seed) {
        String eleven = String.format("%011d", Math.floorMod(new Random(seed).nextLong(), 100_000_000_000L));
        String number = eleven + MyNumberDetector.checkDigit(eleven);
        assertThat(MyNumberDetector.hasValidCheckDigit(number)).isTrue();
        return number;
    }

    @Test
    void possibleMyNumbersAreRefusedEverywhereAndNeverEchoed(CapturedOutput output) throws Exception {
        String number = inventedNumberPassingTheCheck(20261124L);
        var before = new GraphChecksum(driver).compute();
        JsonNode search = graphql("query($t: String!) { search(text: $t) { __typename } }", Map.of("t", "番号 " + number));
        assertThat(search.path("errors").path(0).path("extensions").path("code").asText()).isEqualTo("MY_NUMBER_REJECTED");
        assertThat(search.toString()).doesNotContain(number);

        var text = upload(ADMIN, Map.of("invented.txt", ("特定個人情報保護評価書\n個人番号 " + number + "\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(text.statusCode()).isEqualTo(422);
        assertThat(text.body()).contains("個人番号").doesNotContain(number);

        var pia = new InventedPia("番号拒否試験村");
        String json = new String(ManifestCodec.toJson(pia.manifest()), StandardCharsets.UTF_8)
                .replace("住民基本台帳ファイル", "住民基本台帳ファイル " + number);
        var manifest = upload(ADMIN, Map.of("invented.json", json.getBytes(StandardCharsets.UTF_8)));
        assertThat(manifest.statusCode()).isEqualTo(422);
        assertThat(manifest.body()).contains("個人番号").doesNotContain(number);

        assertThat(new GraphChecksum(driver).compute()).isEqualTo(before);
        assertThat(output.getAll()).doesNotContain(number);
    }

    @Test
    void documentsThatWouldMakeValidationExpensiveAreRefusedBeforeIt(CapturedOutput output) throws Exception {
        for (int n : new int[] {1000, 1800}) {
            String chain = io.mynumberlineage.web.graphql.DocumentShapeTest.fragmentChain(n);
            var response = post(null, "application/json", JSON.writeValueAsBytes(Map.of("query", chain)));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).path("errors").get(0).path("extensions").path("code").asText())
                    .isEqualTo("QUERY_TOO_COMPLEX");
            assertNoLeak(response.body());
        }
        String aliasedTraces = "{ " + java.util.stream.IntStream.range(0, 300)
                .mapToObj(i -> "t" + i + ": trace(from: \"x\", maxHops: 10, budget: 5000) { __typename }")
                .collect(java.util.stream.Collectors.joining(" ")) + " }";
        var traces = post(null, "application/json", JSON.writeValueAsBytes(Map.of("query", aliasedTraces)));
        assertThat(JSON.readTree(traces.body()).path("errors").get(0).path("extensions").path("code").asText())
                .isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(output.getAll()).doesNotContain("StackOverflowError");
    }

    @Test
    void malformedMultipartBodiesGetA4xxWithoutStackTraces(CapturedOutput output) throws Exception {
        byte[] body = ("--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a\u0000b.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nx\r\n--b--\r\n").getBytes(StandardCharsets.UTF_8);
        int logBefore = output.getAll().length();
        for (String path : List.of("/api/imports", "/graphql", "/")) {
            for (String user : java.util.Arrays.asList(null, ADMIN)) {
                var builder = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                        .header("Content-Type", "multipart/form-data; boundary=b")
                        .header("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF");
                if (user != null) {
                    builder.header("Authorization", basic(user));
                }
                var response = HTTP.send(builder.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path + " " + user).isBetween(400, 499);
                assertNoLeak(response.body());
            }
        }
        assertThat(output.getAll().substring(logBefore)).doesNotContain("\tat ");
    }

    @Test
    void aChunkedBodyOverTheLimitGets413() throws Exception {
        byte[] big = new byte[300 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/graphql"))
                .header("Content-Type", "application/json")
                // An input stream publisher has no length, so the body goes chunked.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("REQUEST_TOO_LARGE");
    }

    @Test
    void theFindingsPageIsProtectedUnderEveryPathVariant() throws Exception {
        for (String path : List.of("/findings.html", "/findings.html/", "/findings", "/findings/")) {
            var response = get(path);
            assertThat(response.body()).as(path).doesNotContain("id=\"run\"");
        }
    }

    @Test
    void refusedUploadsStoreNothing() throws Exception {
        var before = new GraphChecksum(driver).compute();
        byte[] good = ManifestCodec.toJson(new InventedPia("取込拒否試験村").manifest());
        Map<String, byte[]> cases = new LinkedHashMap<>();
        cases.put("not-utf8.json", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        cases.put("garbage.txt", randomBytes(4096));
        cases.put("deep.json", ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8));
        cases.put("long-string.json", ("{\"a\":\"" + "x".repeat(2_000_000) + "\"}").getBytes(StandardCharsets.UTF_8));
        cases.put("one-line.txt", ("特定個人情報保護評価書 " + "住民基本台帳".repeat(10_000)).getBytes(StandardCharsets.UTF_8));
        cases.put("not-a-pia.txt", "こんにちは。\n来週の打ち合わせの件でご連絡します。\n".getBytes(StandardCharsets.UTF_8));
        cases.put("schema-violation.json", "{\"schemaVersion\": 99}".getBytes(StandardCharsets.UTF_8));
        cases.put("empty.txt", new byte[0]);
        Map<String, String> expected = Map.of(
                "not-utf8.json", "UTF-8", "deep.json", "入れ子", "long-string.json", "文字列の上限",
                "one-line.txt", "長すぎます", "not-a-pia.txt", "評価書", "empty.txt", "空のファイル");
        for (var entry : cases.entrySet()) {
            // Each bad file goes with a good one: the good one must not be stored either.
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("good.json", good);
            files.put(entry.getKey(), entry.getValue());
            var response = upload(ADMIN, files);
            assertThat(response.statusCode()).as(entry.getKey() + ": " + response.body()).isEqualTo(422);
            assertNoLeak(response.body());
            JsonNode report = JSON.readTree(response.body());
            assertThat(report.path("stored").asBoolean()).isFalse();
            assertThat(report.path("errors").size()).as(response.body()).isEqualTo(1);
            assertThat(report.path("errors").path(0).path("file").asText()).isEqualTo(entry.getKey());
            assertThat(report.path("errors").path(0).path("message").asText()).as(entry.getKey())
                    .contains(expected.getOrDefault(entry.getKey(), ""));
        }
        assertThat(new GraphChecksum(driver).compute()).isEqualTo(before);
    }

    @Test
    void uploadsAboveTheSizeLimitGet413AndStoreNothing() throws Exception {
        var before = new GraphChecksum(driver).compute();
        var response = upload(ADMIN, Map.of("huge.txt", new byte[21 * 1024 * 1024]));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("UPLOAD_TOO_LARGE");
        assertThat(new GraphChecksum(driver).compute()).isEqualTo(before);
    }

    @Test
    void anAdminUploadsAManifestAndItIsStored() throws Exception {
        var pia = new InventedPia("取込試験村");
        var response = upload(ADMIN, Map.of("torikomi.json", ManifestCodec.toJson(pia.manifest())));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.path("stored").asBoolean()).isTrue();
        assertThat(report.path("loaded").path(0).path("assessmentId").asText()).isNotBlank();
        JsonNode stored = graphql("{ assessments(municipality: \"取込試験村\") { ... on AssessmentList { versions { id } } } }", Map.of());
        assertThat(stored.path("data").path("assessments").path("versions").size()).isEqualTo(1);
        // Loading the same document again, under its name or another, changes nothing at all.
        var before = new GraphChecksum(driver).compute();
        for (String name : List.of("torikomi.json", "torikomi-copy.json")) {
            var again = upload(ADMIN, Map.of(name, ManifestCodec.toJson(pia.manifest())));
            assertThat(JSON.readTree(again.body()).path("loaded").path(0).path("created").asBoolean()).isFalse();
            assertThat(new GraphChecksum(driver).compute()).isEqualTo(before);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    HttpResponse<String> upload(String user, Map<String, byte[]> files) throws Exception {
        String boundary = "lineage-test-boundary";
        var body = new ByteArrayOutputStream();
        for (var file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", basic(user))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }
}
