package io.mynumberlineage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceDocumentsTest {

    @TempDir
    Path root;

    private SourceDocuments in(Path dir) {
        return new SourceDocuments(dir.toString(), root.resolve("unused").toString());
    }

    @Test
    void readsLinesOfAFileInsideTheDirectory() throws Exception {
        Path sources = Files.createDirectories(root.resolve("sources"));
        Files.writeString(sources.resolve("doc.txt"), "一行目\r\n二行目\n\n四行目", StandardCharsets.UTF_8);
        assertThat(in(sources).lines("doc.txt")).contains(java.util.List.of("一行目", "二行目", "", "四行目"));
    }

    @Test
    void documentsAreKeptByTheHashOfTheirBytesSoEqualNamesNeverReplaceEachOther() throws Exception {
        Path sources = root.resolve("kept");
        var documents = in(sources);
        Path first = Files.createDirectories(root.resolve("a")).resolve("same-name.txt");
        Path second = Files.createDirectories(root.resolve("b")).resolve("same-name.txt");
        Files.writeString(first, "甲町の評価書\n二行目", StandardCharsets.UTF_8);
        Files.writeString(second, "乙村の評価書\n二行目", StandardCharsets.UTF_8);
        documents.keep(Files.readAllBytes(first));
        documents.keep(Files.readAllBytes(second));
        documents.keep(Files.readAllBytes(first));
        assertThat(documents.linesByHash(sha256(first))).contains(java.util.List.of("甲町の評価書", "二行目"));
        assertThat(documents.linesByHash(sha256(second))).contains(java.util.List.of("乙村の評価書", "二行目"));
        try (var kept = Files.list(sources.resolve("sha256"))) {
            assertThat(kept.toList()).hasSize(2);
        }
        assertThat(documents.linesByHash("../../etc/passwd")).isEmpty();
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }

    @Test
    void refusesNamesThatLeaveTheDirectory() throws Exception {
        Path sources = Files.createDirectories(root.resolve("sources"));
        Files.writeString(root.resolve("secret.txt"), "秘密", StandardCharsets.UTF_8);
        var documents = in(sources);
        for (String name : new String[] {"../secret.txt", "..", ".", "sub/doc.txt", "..\\secret.txt",
                root.resolve("secret.txt").toString(), ".hidden", "doc.txt\u0000", " doc.txt"}) {
            assertThat(SourceDocuments.isPlainName(name)).as(name).isFalse();
            assertThat(documents.lines(name)).as(name).isEmpty();
        }
    }

    @Test
    void doesNotFollowASymbolicLinkOutOfTheDirectory() throws Exception {
        Path sources = Files.createDirectories(root.resolve("sources"));
        Path outside = Files.writeString(root.resolve("outside.txt"), "外", StandardCharsets.UTF_8);
        Files.createSymbolicLink(sources.resolve("link.txt"), outside);
        assertThat(in(sources).lines("link.txt")).isEmpty();
    }

    @Test
    void missingDocumentOrDirectoryIsEmpty() throws Exception {
        assertThat(in(root.resolve("nowhere")).lines("doc.txt")).isEmpty();
        assertThat(in(root).lines("absent.txt")).isEmpty();
    }

    @Test
    void decodesShiftJisUtf16AndUtf8WithBom() throws Exception {
        String text = "特定個人情報ファイル名\n住民基本台帳ファイル\n別表第二 27の項";
        assertThat(SourceDocuments.decode(text.getBytes(Charset.forName("windows-31j")))).isEqualTo(text);
        assertThat(SourceDocuments.decode(text.getBytes(StandardCharsets.UTF_16))).isEqualTo(text);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertThat(SourceDocuments.split(SourceDocuments.decode(withBom)).get(0)).isEqualTo("特定個人情報ファイル名");
    }

    @Test
    void defaultsToSourcesUnderTheDataDirectory() {
        var documents = new SourceDocuments("", root.toString());
        assertThat(documents.directory()).isEqualTo(root.resolve("sources").toAbsolutePath().normalize());
    }
}
