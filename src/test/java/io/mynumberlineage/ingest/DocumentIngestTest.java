package io.mynumberlineage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.AppTestSupport;
import io.mynumberlineage.ingest.DocumentIngest.OnRefusal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The one import pipeline under the CLI, uploads and the demo data: refusals, sources, batching, audit. */
class DocumentIngestTest extends AppTestSupport {

    @Autowired
    DocumentIngest ingest;

    @Autowired
    SourceDocuments sources;

    /** An invented manifest moved to a town no other test uses. */
    private static SourceFile manifestOf(String town) throws Exception {
        String json = Files.readString(Path.of("src/test/resources/manifests/wakabadai-tax.json"), StandardCharsets.UTF_8)
                .replace("若葉台市", town);
        return new SourceFile(town + ".json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static SourceFile notAnAssessment() {
        return new SourceFile("献立.txt", "本日の献立\nカレーライス\nサラダ\n".getBytes(StandardCharsets.UTF_8));
    }

    private long assessmentsOf(String town) {
        try (var session = driver.session()) {
            return session.run("MATCH (a:Assessment {municipality: $town}) RETURN count(a)", Map.of("town", town))
                    .single().get(0).asLong();
        }
    }

    @Test
    void oneRefusedFileStoresNothingWhenTheFilesGoTogether() throws Exception {
        var report = ingest.ingest(List.of(manifestOf("取込甲市"), notAnAssessment()), OnRefusal.STORE_NOTHING,
                IngestProgress.NONE);
        assertThat(report.stored()).isEmpty();
        assertThat(report.refused()).singleElement().satisfies(r -> {
            assertThat(r.index()).isEqualTo(1);
            assertThat(r.file()).isEqualTo("献立.txt");
            assertThat(r.read()).isTrue();
            assertThat(r.message()).contains("評価書");
        });
        assertThat(report.audit()).isNull();
        assertThat(assessmentsOf("取込甲市")).isZero();
    }

    @Test
    void theReadableFilesAreStoredAndAuditedWhenEachStandsAlone() throws Exception {
        List<String> seen = new ArrayList<>();
        var report = ingest.ingest(List.of(notAnAssessment(), manifestOf("取込乙市")), OnRefusal.STORE_THE_REST,
                new IngestProgress() {
                    @Override
                    public void reading(int index, int total, String file) {
                        seen.add(index + "/" + total + " " + file);
                    }
                });
        assertThat(seen).containsExactly("0/2 献立.txt", "1/2 取込乙市.json");
        assertThat(report.refused()).extracting(IngestReport.Refused::index).containsExactly(0);
        assertThat(report.stored()).singleElement().satisfies(s -> {
            assertThat(s.index()).isEqualTo(1);
            assertThat(s.result().created()).isTrue();
            assertThat(s.result().assessmentId()).contains("取込乙市");
        });
        assertThat(assessmentsOf("取込乙市")).isEqualTo(1);
        // The re-check covers the town just stored and no other.
        assertThat(report.audit()).isNotNull();
        assertThat(report.audit().assessments()).isEqualTo(1);
    }

    @Test
    void aDocumentsTextIsKeptUnderTheHashItsAssessmentRecords() throws Exception {
        byte[] bytes = Files.readString(Path.of("src/test/resources/pia-corpus/01-town-kiso-lines.txt"), StandardCharsets.UTF_8)
                .replace("桜峰町", "取込丙町").getBytes(StandardCharsets.UTF_8);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        var report = ingest.ingest(List.of(new SourceFile("hei.txt", bytes)), OnRefusal.STORE_THE_REST, IngestProgress.NONE);
        assertThat(report.refused()).isEmpty();
        assertThat(sources.linesByHash(sha256)).hasValueSatisfying(lines -> assertThat(lines).anyMatch(l -> l.contains("取込丙町")));
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (a:Assessment {municipality: '取込丙町'}) RETURN a.sha256").single().get(0).asString())
                    .isEqualTo(sha256);
        }
    }

    @Test
    void manyFilesAreStoredTogetherAndAgainUnchanged() throws Exception {
        List<SourceFile> files = List.of(manifestOf("取込丁市"), manifestOf("取込戊市"), manifestOf("取込己市"));
        var first = ingest.ingest(files, OnRefusal.STORE_THE_REST, IngestProgress.NONE);
        assertThat(first.stored()).extracting(s -> s.result().created()).containsExactly(true, true, true);
        var again = ingest.ingest(files, OnRefusal.STORE_THE_REST, IngestProgress.NONE);
        assertThat(again.stored()).extracting(s -> s.result().created()).containsExactly(false, false, false);
        assertThat(assessmentsOf("取込丁市") + assessmentsOf("取込戊市") + assessmentsOf("取込己市")).isEqualTo(3);
    }
}
