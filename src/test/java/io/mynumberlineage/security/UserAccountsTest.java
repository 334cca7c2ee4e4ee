package io.mynumberlineage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** Users from a file or properties, bcrypt only, and the demo users' one-time passwords. */
class UserAccountsTest {

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);

    @TempDir
    Path dir;

    private static LineageSecurityProperties props(Path file, List<LineageSecurityProperties.User> users, boolean demo) {
        return new LineageSecurityProperties(file, users, demo);
    }

    @Test
    void readsUsersFromAFileWithBcryptHashes() throws Exception {
        String yamada = BCRYPT.encode("yamada-pass");
        String sato = BCRYPT.encode("sato-pass").replace("$2a$", "$2y$");
        Path file = Files.writeString(dir.resolve("users"), "# comment\n\nyamada:" + yamada + ":AUDITOR\nsato:{bcrypt}" + sato
                + ":ROLE_ADMIN, VIEWER\n");
        var users = UserAccounts.load(props(file, List.of(), true), new PrintStream(new ByteArrayOutputStream()));
        assertThat(users).extracting(u -> u.getUsername()).containsExactly("yamada", "sato");
        assertThat(users.get(0).getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_AUDITOR");
        assertThat(users.get(1).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_VIEWER");
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        assertThat(encoder.matches("yamada-pass", users.get(0).getPassword())).isTrue();
        assertThat(encoder.matches("sato-pass", users.get(1).getPassword())).isTrue();
        assertThat(encoder.matches("wrong", users.get(1).getPassword())).isFalse();
    }

    @Test
    void clearTextPasswordsAndMissingRolesAreRefusedAtStart() throws Exception {
        Path clear = Files.writeString(dir.resolve("clear"), "yamada:secret123:AUDITOR\n");
        assertThatThrownBy(() -> UserAccounts.load(props(clear, List.of(), true), System.out))
                .hasMessageContaining("bcrypt").hasMessageNotContaining("secret123");
        var noRole = new LineageSecurityProperties.User("x", BCRYPT.encode("p"), List.of());
        assertThatThrownBy(() -> UserAccounts.load(props(null, List.of(noRole), true), System.out)).hasMessageContaining("役割");
        Path malformed = Files.writeString(dir.resolve("bad"), "only-a-name\n");
        assertThatThrownBy(() -> UserAccounts.load(props(malformed, List.of(), true), System.out)).hasMessageContaining("1 行目");
    }

    @Test
    void withoutConfiguredUsersTwoDemoUsersGetRandomPasswordsPrintedOnce() throws Exception {
        var first = new ByteArrayOutputStream();
        var users = UserAccounts.load(props(null, List.of(), true), new PrintStream(first, true, StandardCharsets.UTF_8));
        assertThat(users).extracting(u -> u.getUsername()).containsExactly("auditor", "admin");
        String printed = first.toString(StandardCharsets.UTF_8);
        var matcher = Pattern.compile("auditor / (\\S+)").matcher(printed);
        assertThat(matcher.find()).isTrue();
        String password = matcher.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        assertThat(encoder.matches(password, users.get(0).getPassword())).isTrue();
        assertThat(users.get(0).getPassword()).doesNotContain(password);

        var second = new ByteArrayOutputStream();
        UserAccounts.load(props(null, List.of(), true), new PrintStream(second, true, StandardCharsets.UTF_8));
        assertThat(second.toString(StandardCharsets.UTF_8)).doesNotContain(password);

        assertThat(UserAccounts.load(props(null, List.of(), false), System.out)).isEmpty();
    }
}
