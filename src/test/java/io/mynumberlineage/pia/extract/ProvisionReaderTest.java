package io.mynumberlineage.pia.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.pia.extract.FormVocabulary.Part;
import org.junit.jupiter.api.Test;

/** The 提供・移転 reader on invented recipients, including fields printed before their caption. */
class ProvisionReaderTest {

    @Test
    void fieldsWaitForTheirCaptionAndARepeatedFieldOpensNoSecondValue() {
        var f = new FormFixture(
                "①法令上の根拠\t番号法第19条第8号 別表第二の57の項",   // 1
                "提供先1\t霧ヶ丘県知事",                                // 2
                "②提供先における用途\t児童扶養手当の支給",              // 3
                "④提供方法\t[x] 情報提供ネットワークシステム [ ] 紙",  // 4
                "①法令上の根拠\t番号法第19条第8号 別表第二の58の項",   // 5
                "移転先1\t子育て支援課",                                // 6
                "⑤時期・頻度\t申請のつど");                             // 7
        f.enter(Part.FILES, "II", "5. 特定個人情報の提供・移転");
        var reader = new ProvisionReader(f.state, AnnexRecipients.NONE);
        FileDraft file = f.state.files.add("児童手当ファイル", null);

        reader.read(f.field(1), file);
        f.state.position.anchor = "提供先1";
        reader.read(f.block(FormBlock.Kind.ANCHOR, "提供先1", "霧ヶ丘県知事", 2), file);
        reader.read(f.field(3), file);
        reader.read(f.field(4), file);
        reader.read(f.field(5), file);
        f.state.position.anchor = "移転先1";
        reader.read(f.block(FormBlock.Kind.ANCHOR, "移転先1", "子育て支援課", 6), file);
        reader.read(f.field(7), file);
        reader.flushPending();

        assertThat(reader.flows).hasSize(2);
        FlowDraft provision = reader.flows.get(0);
        assertThat(provision.kind).isEqualTo("提供");
        assertThat(provision.recipient).isEqualTo("霧ヶ丘県知事");
        assertThat(provision.citations).as("the basis printed before the caption").containsExactly("番号法第19条第8号 別表第二の57の項");
        assertThat(provision.purpose).isEqualTo("児童扶養手当の支給");
        assertThat(provision.methods).containsExactly("情報提供ネットワークシステム");
        FlowDraft transfer = reader.flows.get(1);
        assertThat(transfer.kind).isEqualTo("移転");
        assertThat(transfer.citations).as("a second basis waits for the next recipient").containsExactly("番号法第19条第8号 別表第二の58の項");
        assertThat(transfer.frequency).isEqualTo("申請のつど");
        assertThat(f.unparsedReasons()).isEmpty();
    }

    @Test
    void aReferenceToAnAnnexMarksTheFileAndStaysVisible() {
        var f = new FormFixture("提供先2\t別紙1のとおり");
        f.enter(Part.FILES, "II", "5. 特定個人情報の提供・移転");
        var reader = new ProvisionReader(f.state, AnnexRecipients.NONE);
        FileDraft file = f.state.files.add("児童手当ファイル", null);

        reader.read(f.block(FormBlock.Kind.ANCHOR, "提供先2", "別紙1のとおり", 1), file);
        reader.mergeAnnexRecipients();

        assertThat(reader.flows).isEmpty();
        assertThat(file.annexReferenced).isTrue();
        assertThat(f.unparsedReasons()).containsExactly("別紙を参照する記載 (別紙の一覧は別途抽出)");
        assertThat(f.warnings()).anyMatch(w -> w.contains("別紙に記載されており、この抽出器では取り込んでいません"));
    }
}
