package io.mynumberlineage.security;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The users who may log in, from a users file and/or properties; only bcrypt hashes are accepted,
 * so no configuration file ever holds a password in clear. With none configured, two demo users
 * get random passwords that exist only in this process.
 */
final class UserAccounts {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private UserAccounts() {
    }

    static List<UserDetails> load(LineageSecurityProperties properties, PrintStream console) throws IOException {
        Map<String, UserDetails> users = new LinkedHashMap<>();
        if (properties.usersFile() != null) {
            for (UserDetails user : readFile(properties.usersFile())) {
                users.put(user.getUsername(), user);
            }
        }
        for (LineageSecurityProperties.User u : properties.users()) {
            users.put(u.name(), user(u.name(), u.password(), u.roles(), "lineage.security.users"));
        }
        if (users.isEmpty() && properties.demoUsers()) {
            return demoUsers(console);
        }
        return List.copyOf(users.values());
    }

    static List<UserDetails> readFile(Path file) throws IOException {
        List<UserDetails> users = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            String[] parts = s.split(":", 3);
            if (parts.length != 3) {
                throw new IllegalStateException("利用者ファイル " + file + " の " + number
                        + " 行目は「名前:bcryptハッシュ:役割」の形ではありません");
            }
            List<Role> roles = Arrays.stream(parts[2].split(",")).filter(r -> !r.isBlank()).map(Role::parse).toList();
            users.add(user(parts[0].strip(), parts[1].strip(), roles, file + " の " + number + " 行目"));
        }
        return users;
    }

    private static UserDetails user(String name, String hash, List<Role> roles, String where) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalStateException(where + ": 利用者名は英数字と ._@- の 64 文字以内です");
        }
        String bare = hash == null ? "" : hash.startsWith("{bcrypt}") ? hash.substring(8) : hash;
        if (!BCRYPT.matcher(bare).matches()) {
            // A clear-text password in a configuration file is exactly what this refuses.
            throw new IllegalStateException(where + ": 利用者 " + name + " のパスワードは bcrypt のハッシュで指定してください"
                    + "（例: htpasswd -nbBC 10 名前 パスワード の出力の「:」より後）");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalStateException(where + ": 利用者 " + name + " に役割（VIEWER / AUDITOR / ADMIN）がありません");
        }
        return User.withUsername(name).password("{bcrypt}" + bare)
                .authorities(roles.stream().map(Role::authority).toArray(String[]::new)).build();
    }

    private static List<UserDetails> demoUsers(PrintStream console) {
        var encoder = new BCryptPasswordEncoder();
        String auditor = randomPassword();
        String admin = randomPassword();
        // Printed once, to the console only: the passwords are not logged and not stored anywhere.
        console.println();
        console.println("==== mynumber-lineage: 利用者が設定されていないため、デモ用の利用者を作りました ====");
        console.println("  この起動の間だけ有効です。本番では lineage.security.users-file を設定してください。");
        console.println("  auditor / " + auditor + "   （監査担当: 指摘の閲覧、監査の再実行）");
        console.println("  admin   / " + admin + "   （管理者: 取り込みとすべての変更）");
        console.println("=================================================================================");
        console.flush();
        return List.of(
                User.withUsername("auditor").password("{bcrypt}" + encoder.encode(auditor))
                        .authorities(Role.AUDITOR.authority()).build(),
                User.withUsername("admin").password("{bcrypt}" + encoder.encode(admin))
                        .authorities(Role.ADMIN.authority()).build());
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
