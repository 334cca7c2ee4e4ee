package io.mynumberlineage.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.AppTestSupport;
import io.mynumberlineage.graph.GraphChecksum;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every way in, every way of writing the number: a possible 個人番号 in any grouping and encoding of
 * {@link MyNumberDetectorProperties} is refused at each entry point, never echoed, and nothing is
 * stored (the store's checksum is unchanged).
 */
class MyNumberEntryPointsTest extends AppTestSupport {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int SAMPLES = 8;

    @TestFactory
    Stream<DynamicTest> everyEntryPointRefusesEveryWrittenForm() throws Exception {
        String manifest = Files.readString(Path.of("src/test/resources/manifests/momijidani-juki.json"));
        return MyNumberDetectorProperties.writtenMyNumbers().sampleStream().limit(SAMPLES).flatMap(written -> {
            String digits = written.replaceAll("\\\\u\\{?0*3(\\d)}?", "$1").replaceAll("[^0-9０-９]", "");
            return Stream.of(
                    DynamicTest.dynamicTest("query text " + digits, () -> refusedByGraphQl(
                            "{\"query\":\"{ search(text: \\\"" + graphQlLiteral(written) + "\\\") { __typename } }\"}", digits)),
                    DynamicTest.dynamicTest("variables " + digits, () -> refusedByGraphQl(
                            "{\"query\":\"query($t: String!) { search(text: $t) { __typename } }\",\"variables\":{\"t\":\""
                                    + jsonValue(written) + "\"}}", digits)),
                    DynamicTest.dynamicTest("source excerpt " + digits, () -> refusedByGraphQl(
                            "{\"query\":\"{ sourceExcerpt(document: \\\"" + graphQlLiteral(written)
                                    + ".txt\\\", line: 1) { __typename } }\"}", digits)),
                    DynamicTest.dynamicTest("manifest " + digits, () -> refusedUpload("m.json",
                            manifest.replaceFirst("\"processName\"\\s*:\\s*\"",
                                    java.util.regex.Matcher.quoteReplacement("\"processName\" : \"" + jsonValue(written))),
                            digits)),
                    DynamicTest.dynamicTest("評価書 text " + digits, () -> refusedUpload("doc.txt",
                            "特定個人情報保護評価書（基礎項目評価書）\n宛名番号の例 " + written + "\n", digits)),
                    DynamicTest.dynamicTest("file name " + digits, () -> refusedUpload(
                            (written.contains("\\") ? digits : written).replace('/', '_') + ".json", manifest, digits)));
        });
    }

    /** As a JSON string value: a {@code \\uXXXX} stays a JSON escape, a braced one (not JSON) arrives as text. */
    private static String jsonValue(String written) {
        return written.replace("\\u{", "\\\\u{").replace("\t", "\\t");
    }

    /** As a GraphQL string literal inside JSON: every escape reaches the GraphQL parser. */
    private static String graphQlLiteral(String written) {
        return written.replace("\\", "\\\\").replace("\t", "\\t");
    }

    private void refusedByGraphQl(String body, String digits) throws Exception {
        var before = new GraphChecksum(driver).compute();
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).contains("MY_NUMBER_REJECTED");
        assertNotEchoed(response.body(), digits);
        assertThat(new GraphChecksum(driver).compute()).isEqualTo(before);
    }

    private void refusedUpload(String fileName, String content, String digits) throws Exception {
        var before = new GraphChecksum(driver).compute();
        String boundary = "guard-boundary";
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content.getBytes(StandardCharsets.UTF_8));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", basic(ADMIN))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        assertThat(response.body()).contains("個人番号");
        assertNotEchoed(response.body(), digits);
        assertThat(new GraphChecksum(driver).compute()).isEqualTo(before);
    }

    private static void assertNotEchoed(String body, String digits) {
        String plain = java.text.Normalizer.normalize(digits, java.text.Normalizer.Form.NFKC);
        assertThat(body).doesNotContain(plain);
        assertThat(MyNumberDetector.containsMyNumber(body)).isFalse();
    }
}
