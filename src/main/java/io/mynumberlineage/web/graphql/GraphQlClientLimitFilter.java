package io.mynumberlineage.web.graphql;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link ClientRequestLimits} to /graphql. It runs after Spring Security, so a logged-in
 * user is one client wherever they call from, and anonymous callers are told apart by address.
 * A refused request gets 429 with a GraphQL error of code {@code RATE_LIMITED} and Retry-After.
 */
@Component
@EnableConfigurationProperties(ClientRequestLimits.Settings.class)
public class GraphQlClientLimitFilter extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClientRequestLimits limits;

    public GraphQlClientLimitFilter(ClientRequestLimits.Settings settings) {
        this.limits = new ClientRequestLimits(settings);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limits.enabled() || !request.getRequestURI().equals(request.getContextPath() + "/graphql");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = client(request);
        var verdict = limits.admit(client);
        if (verdict != ClientRequestLimits.Verdict.ADMITTED) {
            refuse(response, verdict);
            return;
        }
        boolean async = false;
        try {
            chain.doFilter(request, response);
            if (request.isAsyncStarted()) {
                // Spring GraphQL answers asynchronously: the place is freed when the answer is complete.
                request.getAsyncContext().addListener(new Release(limits, client));
                async = true;
            }
        } finally {
            if (!async) {
                limits.release(client);
            }
        }
    }

    static String client(HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "user:" + authentication.getName();
        }
        return "address:" + request.getRemoteAddr();
    }

    private static void refuse(HttpServletResponse response, ClientRequestLimits.Verdict verdict) throws IOException {
        String message = verdict == ClientRequestLimits.Verdict.TOO_FAST
                ? "問い合わせが多すぎます。少し待ってから再度お試しください。"
                : "同時に処理できる問い合わせの数を超えています。前の問い合わせの応答を待ってから再度お試しください。";
        response.setStatus(429);
        response.setHeader("Retry-After", "1");
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("errors", List.of(Map.of("message", message,
                "extensions", Map.of("code", "RATE_LIMITED", "classification", "RATE_LIMITED", "retryable", true))))));
    }

    private record Release(ClientRequestLimits limits, String client) implements AsyncListener {
        @Override
        public void onComplete(AsyncEvent event) {
            limits.release(client);
        }

        @Override
        public void onTimeout(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }
}
