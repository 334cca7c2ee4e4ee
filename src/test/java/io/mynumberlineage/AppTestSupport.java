package io.mynumberlineage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context for every test that needs the running app: a second context would start
 * a second embedded DBMS. The store lives under target/ and Bolt takes a free port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AppTestSupport {

    private static final Path DATA_DIR = Path.of("target", "test-neo4j", UUID.randomUUID().toString());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Test users (bcrypt cost 4, to keep HTTP Basic cheap in tests); the passwords exist only here. */
    public static final String AUDITOR = "test-auditor";
    public static final String ADMIN = "test-admin";
    public static final String VIEWER = "test-viewer";
    public static final String PASSWORD = "test-" + UUID.randomUUID();
    private static final String HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);

    @LocalServerPort
    protected int port;

    @Autowired
    protected Driver driver;

    @DynamicPropertySource
    static void testStore(DynamicPropertyRegistry registry) {
        // Every test client calls from 127.0.0.1; ClientLimitsTest checks the limits themselves.
        registry.add("lineage.client-limits.per-second", () -> "10000");
        registry.add("lineage.client-limits.burst", () -> "10000");
        registry.add("lineage.client-limits.concurrent", () -> "64");
        registry.add("lineage.data-dir", DATA_DIR::toString);
        registry.add("lineage.bolt-port", () -> "0");
        String[][] users = {{AUDITOR, "AUDITOR"}, {ADMIN, "ADMIN"}, {VIEWER, "VIEWER"}};
        for (int i = 0; i < users.length; i++) {
            String[] user = users[i];
            registry.add("lineage.security.users[" + i + "].name", () -> user[0]);
            registry.add("lineage.security.users[" + i + "].password", () -> HASH);
            registry.add("lineage.security.users[" + i + "].roles", () -> user[1]);
        }
    }

    /** The Authorization header of an API client logged in as {@code user}. */
    protected static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Posts a GraphQL request over HTTP, as a client would, and returns the whole response body. */
    protected JsonNode graphql(String query, Map<String, Object> variables) {
        return graphqlAs(null, query, variables);
    }

    /** As {@link #graphql}, logged in as {@code user} (HTTP Basic); null posts anonymously. */
    protected JsonNode graphqlAs(String user, String query, Map<String, Object> variables) {
        try {
            String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
            var builder = HttpRequest.newBuilder(URI.create(baseUrl() + "/graphql"))
                    .header("Content-Type", "application/json");
            if (user != null) {
                builder.header("Authorization", basic(user));
            }
            var request = builder.POST(HttpRequest.BodyPublishers.ofString(body)).build();
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    protected void write(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher, parameters));
        }
    }
}
