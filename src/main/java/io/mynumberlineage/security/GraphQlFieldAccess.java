package io.mynumberlineage.security;

import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLNamedType;
import java.util.Collection;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Role checks per GraphQL field, before its data fetcher runs: a refused mutation never starts.
 * Every Mutation field needs ADMIN unless listed here, so a mutation added later is closed by
 * default. The caller is taken on the request thread (the interceptor) and handed to the fetchers
 * through the GraphQL context, so the check does not depend on which thread executes a field.
 */
@Component
public class GraphQlFieldAccess implements WebGraphQlInterceptor {

    static final String CALLER = GraphQlFieldAccess.class.getName() + ".caller";

    private final RoleHierarchy roles = Role.HIERARCHY;

    /** The role a field needs; VIEWER for everything readable without login. */
    public static Role required(String type, String field, Map<String, Object> arguments) {
        if ("Mutation".equals(type)) {
            // Re-running the audit only recomputes findings from the stored graph; auditors may.
            return "runAudit".equals(field) ? Role.AUDITOR : Role.ADMIN;
        }
        if ("Query".equals(type)) {
            if ("findings".equals(field)) {
                return Role.AUDITOR;
            }
            if ("node".equals(field) && arguments.get("id") instanceof String id && id.startsWith("Finding:")) {
                return Role.AUDITOR;
            }
        }
        return Role.VIEWER;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller != null) {
            request.configureExecutionInput((input, builder) -> {
                input.getGraphQLContext().put(CALLER, caller);
                return builder.build();
            });
        }
        return chain.next(request);
    }

    /** The fetcher, or one that refuses when the caller lacks the role the field needs (see GraphQlGuards). */
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters) {
        // Query and Mutation fields always have their own fetchers; property reads need no check, and
        // building their environment only to learn that cost a trace answer thousands of objects.
        if (parameters.isTrivialDataFetcher()) {
            return fetcher;
        }
        DataFetchingEnvironment env = parameters.getEnvironment();
        if (!(env.getParentType() instanceof GraphQLNamedType parent)) {
            return fetcher;
        }
        String type = parent.getName();
        if (!"Query".equals(type) && !"Mutation".equals(type)) {
            return fetcher;
        }
        Role needed = required(type, env.getFieldDefinition().getName(), env.getArguments());
        if (needed == Role.VIEWER) {
            return fetcher;
        }
        Authentication caller = env.getGraphQlContext().get(CALLER);
        if (has(caller, needed)) {
            return fetcher;
        }
        boolean anonymous = caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated();
        return e -> {
            throw new GraphQlAccessDenied(needed, anonymous);
        };
    }

    private boolean has(Authentication caller, Role needed) {
        if (caller == null || !caller.isAuthenticated()) {
            return false;
        }
        Collection<? extends GrantedAuthority> reachable = roles.getReachableGrantedAuthorities(caller.getAuthorities());
        return reachable.stream().anyMatch(a -> needed.authority().equals(a.getAuthority()));
    }
}
