package io.mynumberlineage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/** Where a benchmark's store lives: an empty directory to fill, or with --reuse one an earlier run filled. */
class BenchStore {

    @Option(names = "--data-dir", required = true,
            description = "Neo4j のデータディレクトリ。空なら合成グラフを生成して取り込みます（--reuse なら取り込み済みのもの）。")
    Path dataDir;

    @Option(names = "--reuse",
            description = "--data-dir には以前の実行（bench graph / peer / load）で同じ合成グラフが取り込み済み: 生成と取り込みを省きます。")
    boolean reuse;

    /** Says on {@code err} why the directory does not suit the run; true when it does. */
    boolean suits(PrintWriter err) throws IOException {
        boolean empty;
        if (!Files.exists(dataDir)) {
            empty = true;
        } else {
            try (Stream<Path> entries = Files.list(dataDir)) {
                empty = entries.findAny().isEmpty();
            }
        }
        if (reuse && empty) {
            err.println(dataDir + " にデータがありません。--reuse を外すと合成グラフを生成して取り込みます。");
            return false;
        }
        if (!reuse && !empty) {
            err.println(dataDir + " は空ではありません。空のディレクトリを指定するか、同じグラフを取り込み済みなら --reuse を付けてください。");
            return false;
        }
        return true;
    }
}
