package io.mynumberlineage.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mynumberlineage.AppTestSupport;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/** Roles over GraphQL and HTTP, login with CSRF, and the security headers. */
class SecurityApiTest extends AppTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FINDINGS = "{ findings(first: 5) { id rule } }";

    @Autowired
    GraphQlSource graphQlSource;

    private static String code(JsonNode response) {
        return response.path("errors").path(0).path("extensions").path("code").asText();
    }

    @Test
    void anonymousUsersReadTheLineage() {
        JsonNode response = graphql("{ status { nodeCount } municipalities }", Map.of());
        assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
        assertThat(response.path("data").path("status").path("nodeCount").asLong()).isPositive();
    }

    @Test
    void findingsNeedAnAuditor() {
        JsonNode anonymous = graphql(FINDINGS, Map.of());
        assertThat(code(anonymous)).isEqualTo("UNAUTHORIZED");
        assertThat(anonymous.path("errors").path(0).path("extensions").path("classification").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(anonymous.path("errors").path(0).path("message").asText()).contains("ログインが必要").contains("監査担当");
        assertThat(anonymous.path("data").path("findings").isArray()).isFalse();

        assertThat(code(graphqlAs(VIEWER, FINDINGS, Map.of()))).isEqualTo("FORBIDDEN");
        for (String user : new String[] {AUDITOR, ADMIN}) {
            JsonNode allowed = graphqlAs(user, FINDINGS, Map.of());
            assertThat(allowed.path("errors").isMissingNode()).as(allowed.toString()).isTrue();
            assertThat(allowed.path("data").path("findings").isArray()).isTrue();
        }
        // A finding read as a node is a finding too.
        assertThat(code(graphql("{ node(id: \"Finding:x\") { id } }", Map.of()))).isEqualTo("UNAUTHORIZED");
        assertThat(code(graphql("query($id: ID!) { node(id: $id) { id } }", Map.of("id", "Finding:x")))).isEqualTo("UNAUTHORIZED");
        assertThat(graphqlAs(AUDITOR, "{ node(id: \"Finding:x\") { id } }", Map.of()).path("errors").isMissingNode()).isTrue();
    }

    @Test
    void findingsHiddenBehindAliasesAndFragmentsAreRefusedToo() {
        JsonNode aliased = graphql("{ a: findings { id } }", Map.of());
        assertThat(code(aliased)).isEqualTo("UNAUTHORIZED");
        JsonNode fragment = graphql("query { ...F } fragment F on Query { findings { id } }", Map.of());
        assertThat(code(fragment)).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void mutationsNeedTheirRole() {
        String run = "mutation { runAudit { rules } }";
        assertThat(code(graphql(run, Map.of()))).isEqualTo("UNAUTHORIZED");
        assertThat(code(graphqlAs(VIEWER, run, Map.of()))).isEqualTo("FORBIDDEN");
        JsonNode auditor = graphqlAs(AUDITOR, run, Map.of());
        assertThat(auditor.path("errors").isMissingNode()).as(auditor.toString()).isTrue();
        assertThat(auditor.path("data").path("runAudit").path("rules").asInt()).isPositive();
    }

    @Test
    void everyMutationOfTheSchemaNeedsMoreThanAViewer() {
        var mutation = graphQlSource.schema().getMutationType();
        assertThat(mutation).isNotNull();
        for (var field : mutation.getFieldDefinitions()) {
            assertThat(GraphQlFieldAccess.required("Mutation", field.getName(), Map.of()))
                    .as(field.getName()).isIn(Role.AUDITOR, Role.ADMIN);
        }
        assertThat(GraphQlFieldAccess.required("Mutation", "someFutureMutation", Map.of())).isEqualTo(Role.ADMIN);
    }

    @Test
    void wrongPasswordIsAJson401WithoutABrowserPrompt() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((ADMIN + ":wrong").getBytes()))
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ status { nodeCount } }\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(JSON.readTree(response.body()).path("message").asText()).contains("ログイン");
    }

    @Test
    void uploadsNeedAnAdmin() throws Exception {
        var client = HttpClient.newHttpClient();
        var anonymous = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/imports"))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x--\r\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        var auditor = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/imports"))
                .header("Content-Type", "multipart/form-data; boundary=x").header("Authorization", basic(AUDITOR))
                .POST(HttpRequest.BodyPublishers.ofString("--x--\r\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(auditor.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(auditor.body()).path("error").asText()).isEqualTo("FORBIDDEN");
    }

    @Test
    void exportsNeedAnAuditor() throws Exception {
        var client = HttpClient.newHttpClient();
        var anonymous = get("/api/exports/assessments");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        var viewer = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/exports/assessments"))
                .header("Authorization", basic(VIEWER)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(viewer.statusCode()).isEqualTo(403);
        var ids = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/exports/assessments"))
                .header("Authorization", basic(AUDITOR)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ids.statusCode()).isEqualTo(200);
        String id = JSON.readTree(ids.body()).path(0).asText();
        assertThat(id).isNotBlank();
        var manifest = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/exports/manifest?id=" + enc(id)))
                .header("Authorization", basic(AUDITOR)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(manifest.body()).path("document").isObject()).as(manifest.body().substring(0, 200)).isTrue();
        var missing = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/exports/manifest?id=nope"))
                .header("Authorization", basic(AUDITOR)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void theFindingsPageSendsAnonymousVisitorsToTheLoginPage() throws Exception {
        var response = get("/findings.html?muni=x");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login.html");
        assertThat(get("/login.html").statusCode()).isEqualTo(200);
        assertThat(get("/citizen.html").statusCode()).isEqualTo(200);
    }

    @Test
    void formLoginGivesASessionWhoseChangesNeedTheCsrfToken() throws Exception {
        var cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        var client = HttpClient.newBuilder().cookieHandler(cookies).build();
        client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login.html")).build(), HttpResponse.BodyHandlers.ofString());
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().orElseThrow().getValue();

        // The login form itself needs the token (login CSRF).
        var forged = client.send(form("/login", "username=" + AUDITOR + "&password=" + enc(PASSWORD)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);

        var login = client.send(form("/login", "username=" + AUDITOR + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(token)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String fresh = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().map(c -> c.getValue()).orElse(token);

        String body = "{\"query\":\"" + FINDINGS.replace("\"", "\\\"") + "\"}";
        var withoutToken = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).isEqualTo(403);

        // The page reads the (possibly renewed) cookie before each request; so does this test.
        client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/")).build(), HttpResponse.BodyHandlers.ofString());
        fresh = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().map(c -> c.getValue()).orElse(fresh);
        var withToken = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/graphql"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", fresh)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(withToken.body());
        assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
        assertThat(answer.path("data").path("findings").isArray()).isTrue();
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/citizen.html", "/graphiql", "/login.html"}) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .contains(SecurityConfiguration.CONTENT_SECURITY_POLICY);
            assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
            // Nothing inline for the policy to forbid.
            assertThat(response.body()).doesNotContain("<style").doesNotContainPattern("<script(?![^>]*\\ssrc=)");
            assertThat(response.body()).doesNotContain(" style=\"").doesNotContain("onclick=").doesNotContain("onload=");
        }
    }

    private HttpRequest form(String path, String body) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void repeatedWrongPasswordsOfOneUserAreThrottled() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        String probe = "Basic " + java.util.Base64.getEncoder().encodeToString("throttle-probe:wrong".getBytes());
        int status = 0;
        for (int i = 0; i < 8 && status != 429; i++) {
            status = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/api/exports"))
                    .header("Authorization", probe).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
        }
        assertThat(status).isEqualTo(429);
        // Other users are not affected.
        var auditor = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/graphql"))
                .header("Authorization", basic(AUDITOR)).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(auditor.statusCode()).isEqualTo(200);
    }
}
