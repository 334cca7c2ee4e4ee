package io.mynumberlineage.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may do what over HTTP. Reading is open (anonymous users are VIEWERs); GraphQL fields that
 * need more are checked field by field in {@link GraphQlFieldAccess}. Imports need ADMIN, the
 * findings page AUDITOR. Browsers log in with the form at /login.html (session cookie, CSRF token
 * in a cookie that the pages echo in a header); API clients send HTTP Basic on every request.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
@EnableConfigurationProperties(LoginThrottle.Settings.class)
public class SecurityConfiguration {

    /** Tight on purpose: every script and style is a file of this app, nothing inline, nothing remote. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    UserDetailsService lineageUsers(LineageSecurityProperties properties) throws IOException {
        return new InMemoryUserDetailsManager(UserAccounts.load(properties, System.out));
    }

    @Bean
    LoginThrottle loginThrottle(LoginThrottle.Settings settings) {
        return new LoginThrottle(settings, Clock.systemUTC());
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return Role.HIERARCHY;
    }

    @Bean
    SecurityFilterChain lineageSecurity(HttpSecurity http, LoginThrottle throttle) throws Exception {
        RequestMatcher api = request -> path(request).startsWith("/api/") || path(request).equals("/graphql");
        AuthenticationEntryPoint json401 = (request, response, e) -> JsonProblem.write(response,
                HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED",
                "ログインが必要です。HTTP Basic 認証か /login.html からログインしてください。");
        AccessDeniedHandler json403 = (request, response, e) -> JsonProblem.write(response,
                HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN", "この操作を行う権限がありません。");
        AccessDeniedHandler pages = new AccessDeniedHandlerImpl();
        http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/imports", "/api/imports/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/exports", "/api/exports/**").hasRole(Role.AUDITOR.name())
                        // Trailing slashes and sub-paths too: a resource handler may serve the page for them.
                        .requestMatchers("/findings.html", "/findings.html/**", "/findings", "/findings/**")
                        .hasRole(Role.AUDITOR.name())
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().permitAll())
                .anonymous(a -> a.authorities("ROLE_ANONYMOUS", Role.VIEWER.authority()))
                .formLogin(f -> f.loginPage("/login.html").loginProcessingUrl("/login")
                        .failureUrl("/login.html?error").permitAll())
                .httpBasic(b -> b.authenticationEntryPoint(json401))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/"))
                .csrf(c -> c
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new HeaderOrFormCsrfTokenHandler())
                        .requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(json401, api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login.html"),
                                request -> true)
                        .defaultAccessDeniedHandlerFor(json403, api)
                        .defaultAccessDeniedHandlerFor(pages, request -> true))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
        return http.build();
    }

    /**
     * A forged cross-site request can only harm with the victim's credentials, and the only ones a
     * browser attaches by itself are the session cookie. So the token is required for changing
     * requests that come with a session, and always for the login form (login CSRF). Anonymous
     * reads and API clients with an Authorization header (which no other site can make a browser
     * send; the 401 answer has no Basic challenge, so the browser never caches one) need none,
     * which keeps curl and the load tests simple.
     */
    static boolean needsCsrfToken(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        if (path(request).equals("/login")) {
            return true;
        }
        return request.getHeader("Authorization") == null && request.getRequestedSessionId() != null;
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    /**
     * The token from the header, or from a form field of a url-encoded form (the login page). A
     * multipart body is never parsed for it: parsing happens before authentication, and a malformed
     * body (a NUL in a file name) must not fail there for any caller who merely has a session cookie.
     */
    static final class HeaderOrFormCsrfTokenHandler extends CsrfTokenRequestAttributeHandler {
        @Override
        public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
            String header = request.getHeader(csrfToken.getHeaderName());
            if (header != null) {
                return header;
            }
            String type = request.getContentType();
            return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/") ? null
                    : super.resolveCsrfTokenValue(request, csrfToken);
        }
    }

    /** Writes the XSRF-TOKEN cookie on every answer, so a static page always has one to echo. */
    static final class CsrfCookieFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            if (token != null) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
