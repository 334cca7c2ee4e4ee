package io.mynumberlineage.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster for one benchmark run: {@code initdb} into a temp directory,
 * {@code pg_ctl start} on 127.0.0.1 and a free port with its unix socket inside that directory,
 * and on close (or Ctrl-C, through a shutdown hook) {@code pg_ctl stop -m immediate} and the
 * directory deleted. Durability is switched off: the data is a copy made for measuring reads.
 *
 * <p>initdb and postgres refuse to run as root; as root the commands run as the {@code postgres}
 * OS user (runuser) and the directory is handed to it.
 */
public final class PostgresCluster implements AutoCloseable {

    /** Thrown when no PostgreSQL server binaries are installed; the message tells how to get them. */
    public static final class Missing extends RuntimeException {
        Missing(String message) {
            super(message);
        }
    }

    private static final String USER = "bench";

    private final Path directory;
    private final Path binaries;
    private final boolean asPostgresUser;
    private final int port;
    private final Thread hook;
    private boolean stopped;

    private PostgresCluster(Path directory, Path binaries, boolean asPostgresUser, int port) {
        this.directory = directory;
        this.binaries = binaries;
        this.asPostgresUser = asPostgresUser;
        this.port = port;
        this.hook = new Thread(this::stopQuietly, "postgres-cluster-stop");
    }

    public static PostgresCluster start() throws IOException, InterruptedException {
        Path binaries = findBinaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root && new ProcessBuilder("id", "postgres").start().waitFor() != 0) {
            throw new Missing("root で実行していますが OS ユーザー postgres がありません (initdb は root では動きません)。"
                    + "`apt-get install -y postgresql` で作られます。");
        }
        Path directory = Files.createTempDirectory("peer-pg-");
        var cluster = new PostgresCluster(directory, binaries, root, freePort());
        Runtime.getRuntime().addShutdownHook(cluster.hook);
        try {
            if (root) {
                run(List.of("chown", "-R", "postgres:", directory.toString()));
            }
            cluster.runAsOwner(List.of(binaries.resolve("initdb").toString(), "-D", cluster.data().toString(),
                    "-U", USER, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"));
            String options = "-p " + cluster.port + " -k " + directory + " -c listen_addresses=127.0.0.1"
                    + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                    + " -c shared_buffers=256MB -c max_wal_size=2GB";
            cluster.runAsOwner(List.of(binaries.resolve("pg_ctl").toString(), "-D", cluster.data().toString(),
                    "-o", options, "-l", directory.resolve("server.log").toString(), "-w", "start"));
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=" + USER);
    }

    public int port() {
        return port;
    }

    /** Bytes under the data directory (tables, indexes, WAL). */
    public long sizeBytes() {
        return GraphBenchmark.directorySize(data());
    }

    private Path data() {
        return directory.resolve("data");
    }

    @Override
    public synchronized void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Called from the hook itself during JVM shutdown: nothing to remove.
        }
    }

    private synchronized void stopQuietly() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            if (Files.exists(data().resolve("postmaster.pid"))) {
                runAsOwner(List.of(binaries.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate",
                        "-w", "stop"));
            }
        } catch (Exception e) {
            System.err.println("PostgreSQL を止められませんでした: " + e.getMessage());
        }
        delete(directory);
    }

    private void runAsOwner(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    /** PATH first, then Debian's versioned directories, newest first. */
    public static Path findBinaries() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, "initdb")) && Files.isExecutable(Path.of(dir, "pg_ctl"))) {
                // The real directory: pg_ctl finds postgres next to itself.
                return Path.of(dir, "initdb").toRealPath().getParent();
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var found = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString())));
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new Missing("PostgreSQL のサーバー (initdb, pg_ctl) が見つかりません。"
                + "Debian/Ubuntu では `apt-get install -y postgresql` で入れてください。");
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println(directory + " を削除できませんでした: " + e.getMessage());
        }
    }
}
