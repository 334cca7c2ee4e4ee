package io.mynumberlineage.security;

/** A GraphQL field the caller's role does not reach; the message names the role, in Japanese. */
public final class GraphQlAccessDenied extends RuntimeException {

    private final boolean anonymous;

    GraphQlAccessDenied(Role needed, boolean anonymous) {
        super(anonymous ? "この操作にはログインが必要です（必要な役割: " + needed.japanese() + "）。"
                : "この操作を行う権限がありません（必要な役割: " + needed.japanese() + "）。");
        this.anonymous = anonymous;
    }

    /** True when nobody is logged in: logging in may help, so the answer is UNAUTHORIZED. */
    public boolean anonymous() {
        return anonymous;
    }
}
