package io.mynumberlineage.pia.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.manifest.ChangeRecord;
import io.mynumberlineage.pia.extract.FormVocabulary.Part;
import org.junit.jupiter.api.Test;

/** The 変更箇所 table: dated rows, and rows without a date that continue the one before. */
class ChangeRowReaderTest {

    @Test
    void aRowWithoutItsDateContinuesThePreviousDate() {
        var f = new FormFixture(
                "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期",           // 1
                "令和6年4月1日\tI-2 システム\t旧システム\t新システム\t事前",    // 2
                "II-5 提供先\t3件\t4件\t事後");                                // 3
        f.enter(Part.CHANGES, "変更箇所", null);
        var reader = new ChangeRowReader(f.state);

        assertThat(reader.header(f.line(1))).isTrue();
        assertThat(reader.header(f.line(2))).isFalse();
        reader.row(f.line(2));
        reader.row(f.line(3));

        assertThat(reader.changes).extracting(ChangeRecord::date).containsExactly("2024-04-01", "2024-04-01");
        assertThat(reader.changes).extracting(ChangeRecord::item).containsExactly("I-2 システム", "II-5 提供先");
        assertThat(reader.changes.get(1).after()).isEqualTo("4件");
    }
}
