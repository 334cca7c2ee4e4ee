package io.mynumberlineage.security;

import java.util.Locale;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;

/**
 * What a user may do. Each role includes the ones before it: an ADMIN is also an AUDITOR, an
 * AUDITOR also a VIEWER. Anonymous users are VIEWERs, so reading needs no login.
 */
public enum Role {
    /** Reads the lineage: explorer, citizen page, GraphQL read queries. */
    VIEWER("閲覧者"),
    /** Also reads audit findings and exports, and may re-run the audit (findings are derived data). */
    AUDITOR("監査担当"),
    /** Also imports documents and runs every other mutation. */
    ADMIN("管理者");

    /** ADMIN ⊃ AUDITOR ⊃ VIEWER, for Spring Security and the GraphQL field checks alike. */
    public static final RoleHierarchy HIERARCHY = RoleHierarchyImpl.withDefaultRolePrefix()
            .role("ADMIN").implies("AUDITOR")
            .role("AUDITOR").implies("VIEWER")
            .build();

    private final String japanese;

    Role(String japanese) {
        this.japanese = japanese;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public String japanese() {
        return japanese;
    }

    static Role parse(String text) {
        String s = text.strip().toUpperCase(Locale.ROOT);
        return valueOf(s.startsWith("ROLE_") ? s.substring(5) : s);
    }
}
