package io.mynumberlineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.graph.GraphChecksum.Accumulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphChecksumTest {

    private static final String FILE = "PersonalInfoFile|若葉台市/住民基本台帳事務/住民基本台帳ファイル";
    private static final String SYSTEM = "System|若葉台市/既存住基システム";

    private static String digest(boolean reversed, Map<String, Object> fileProperties, String relationshipTo) {
        var sum = new Accumulator();
        Runnable file = () -> sum.addNode(List.of("PersonalInfoFile"), fileProperties);
        Runnable system = () -> sum.addNode(List.of("System"), Map.of("id", "若葉台市/既存住基システム", "name", "既存住基システム"));
        Runnable stored = () -> sum.addRelationship("STORED_IN", FILE, relationshipTo, Map.of());
        List<Runnable> steps = reversed ? List.of(stored, system, file) : List.of(file, system, stored);
        steps.forEach(Runnable::run);
        return sum.checksum().digest();
    }

    private static final Map<String, Object> FILE_PROPERTIES = Map.of("id", "若葉台市/住民基本台帳事務/住民基本台帳ファイル",
            "items", List.of("個人番号", "氏名"), "loadedAt", 1L);

    @Test
    void theOrderRowsArriveInDoesNotMatter() {
        assertThat(digest(true, FILE_PROPERTIES, SYSTEM)).isEqualTo(digest(false, FILE_PROPERTIES, SYSTEM));
    }

    @Test
    void loadTimesDoNotCountButContentDoes() {
        String base = digest(false, FILE_PROPERTIES, SYSTEM);
        var reloaded = new java.util.HashMap<>(FILE_PROPERTIES);
        reloaded.put("loadedAt", 2L);
        assertThat(digest(false, reloaded, SYSTEM)).isEqualTo(base);

        var reordered = new java.util.HashMap<>(FILE_PROPERTIES);
        reordered.put("items", List.of("氏名", "個人番号"));
        assertThat(digest(false, reordered, SYSTEM)).isNotEqualTo(base);
        var retyped = new java.util.HashMap<>(FILE_PROPERTIES);
        retyped.put("items", List.of("個人番号", "氏名", 1L));
        assertThat(digest(false, retyped, SYSTEM)).isNotEqualTo(base);
        assertThat(digest(false, FILE_PROPERTIES, "System|若葉台市/住基ネット")).isNotEqualTo(base);
    }

    @Test
    void aDuplicatedElementChangesTheDigestAndTheCounts() {
        var once = new Accumulator();
        var twice = new Accumulator();
        once.addNode(List.of("DataItem"), Map.of("name", "個人番号"));
        twice.addNode(List.of("DataItem"), Map.of("name", "個人番号"));
        twice.addNode(List.of("DataItem"), Map.of("name", "個人番号"));
        assertThat(twice.checksum().digest()).isNotEqualTo(once.checksum().digest());
        assertThat(twice.checksum().nodesByLabel()).containsEntry("DataItem", 2L);
        assertThat(new Accumulator().checksum().digest()).isNotEqualTo("sha256-sum:" + "0".repeat(64));
    }

    @Test
    void stringsAndNumbersWithTheSameTextDiffer() {
        assertThat(GraphChecksum.canonical("1")).isNotEqualTo(GraphChecksum.canonical(1L));
        assertThat(GraphChecksum.canonical(List.of("a,b"))).isNotEqualTo(GraphChecksum.canonical(List.of("a", "b")));
    }
}
