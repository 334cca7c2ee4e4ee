package io.mynumberlineage.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops log-in attempts (the form's POST /login and every request with HTTP Basic credentials)
 * while {@link LoginThrottle} says the user or the address must wait: 429 with Retry-After, and
 * the password is not even checked.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = attemptedUser(request);
        if (user != null) {
            Duration wait = throttle.waitFor(user, request.getRemoteAddr());
            if (!wait.isZero()) {
                long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
                response.setHeader("Retry-After", String.valueOf(seconds));
                JsonProblem.write(response, 429, "LOGIN_THROTTLED",
                        "ログインの失敗が続いたため、" + seconds + " 秒後まで受け付けません。時間をおいて再度お試しください。");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The user name of a log-in attempt, or null when the request is none. */
    static String attemptedUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        String uri = request.getRequestURI();
        if ("POST".equals(request.getMethod()) && uri.equals(request.getContextPath() + "/login")) {
            String user = request.getParameter("username");
            return user == null ? "" : user;
        }
        return null;
    }
}
