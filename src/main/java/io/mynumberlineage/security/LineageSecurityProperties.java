package io.mynumberlineage.security;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may log in.
 *
 * @param usersFile a file with one user per line, {@code name:bcrypt-hash:ROLE[,ROLE]}; lines
 *     starting with {@code #} are comments
 * @param users users given as properties ({@code lineage.security.users[0].name=…}); the password
 *     is a bcrypt hash as well
 * @param demoUsers when no user is configured at all: create {@code auditor} and {@code admin}
 *     with random passwords printed once to the console. Off, nobody can log in until users are
 *     configured.
 */
@ConfigurationProperties("lineage.security")
public record LineageSecurityProperties(
        Path usersFile,
        @DefaultValue List<User> users,
        @DefaultValue("true") boolean demoUsers) {

    /** @param password a bcrypt hash ({@code $2a$…} or {@code {bcrypt}$2a$…}), never the password itself */
    public record User(String name, String password, List<Role> roles) {
    }
}
