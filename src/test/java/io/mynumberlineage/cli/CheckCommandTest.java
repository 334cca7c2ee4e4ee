package io.mynumberlineage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mynumberlineage.RequiresSeeds;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    @RequiresSeeds
    void reportsWhatEachDocumentYieldsAndFailsOnUnreadableOnes() throws Exception {
        Path seed;
        try (var files = Files.list(Path.of(System.getProperty("seeds.dir", "../shared/seeds")))) {
            seed = files.filter(f -> f.getFileName().toString().startsWith("002_")).findFirst().orElseThrow();
        }
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0, 0, 7, 0, 9});
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = new CommandLine(new LineageCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("check", seed.toString(), binary.toString());
        assertThat(exit).isEqualTo(LineageCommand.FAILED);
        assertThat(out.toString()).contains("花巻市", "個人住民税に関する事務", "重点", "提供 20", "移転 13");
        assertThat(err.toString()).contains("image.txt", "読み取れません");
    }

    @Test
    void jsonReportsPerFieldFillRatesOfAFolder() throws Exception {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        for (String name : new String[] {"01-town-kiso-lines.txt", "06-cooperative-flat.txt", "07-city-spaced.txt",
                "09-board-kiso-scrambled.txt", "10-public-comment.html"}) {
            try (InputStream in = getClass().getResourceAsStream("/pia-corpus/" + name)) {
                Files.copy(in, corpus.resolve(name));
            }
        }
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = new CommandLine(new LineageCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("check", "--format", "json", corpus.toString());
        assertThat(exit).as(err.toString()).isEqualTo(LineageCommand.OK);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        // Four 評価書 and one public-comment page; only 09 lacks a fact (no 公表日 is printed on it).
        assertThat(report.at("/counts/assessments").asInt()).isEqualTo(4);
        assertThat(report.at("/counts/other").asInt()).isEqualTo(1);
        assertThat(report.at("/fillRates/date").asDouble()).isEqualTo(0.75);
        for (String field : new String[] {"issuer", "process", "kind", "form", "systems", "files", "citations", "department"}) {
            assertThat(report.at("/fillRates/" + field).asDouble()).as(field).isEqualTo(1.0);
        }
        assertThat(report.at("/fillRates/unplacedLines").asDouble()).isBetween(0.0, 1.0);
        assertThat(report.at("/speed/bytes").asLong()).isPositive();
        assertThat(report.get("documents")).hasSize(5);
        assertThat(report.at("/documents/3/missing").toString()).isEqualTo("[\"date\"]");
        assertThat(report.at("/documents/4/kind").asText()).isEqualTo("other");
    }
}
