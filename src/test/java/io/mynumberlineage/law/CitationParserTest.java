package io.mynumberlineage.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Golden parses of every citation shape named in the issue and DESIGN.md. */
class CitationParserTest {

    private final CitationParser parser = CitationParser.withDefaults();

    private CitationParse parse(String text) {
        CitationParse p = parser.parse(text);
        assertThat(p.unparsedFragments()).as("unparsed in %s", text).isEmpty();
        return p;
    }

    private LegalBasisRef only(CitationParse p) {
        assertThat(p.bases()).hasSize(1);
        return p.bases().get(0);
    }

    @Test
    void article9Paragraph1TableOneItem() {
        LegalBasisRef ref = only(parse("番号法第9条第1項 別表第一の16の項"));
        assertThat(ref.key()).isEqualTo("番号法/9/1/別表1/16");
        assertThat(ref.kind()).isEqualTo(BasisKind.USE);
        assertThat(ref.table()).isEqualTo("別表1");
        assertThat(ref.tableItem()).isEqualTo("16");
        assertThat(ref.era().validTo()).isEqualTo(LocalDate.of(2024, 5, 26));
    }

    @Test
    void tableOneWithAsciiNumberAndSpaceBeforeItem() {
        assertThat(parse("別表第1 16項").keys()).containsExactly("番号法/9/1/別表1/16");
    }

    @Test
    void tableOneItemsEachWithKou() {
        assertThat(parse("番号法第9条第1項 別表第一31項、83項、95項").keys())
                .containsExactly("番号法/9/1/別表1/31", "番号法/9/1/別表1/83", "番号法/9/1/別表1/95");
    }

    @Test
    void oldNetworkItemSevenIsTodaysEight() {
        LegalBasisRef ref = only(parse("番号法第19条第7号 別表第二 27の項"));
        assertThat(ref.key()).isEqualTo("番号法/19/8/別表2/27");
        assertThat(ref.kind()).isEqualTo(BasisKind.PROVIDE);
        assertThat(ref.era().writtenForm()).isEqualTo("第19条第7号+別表第二");
        assertThat(ref.era().era()).isEqualTo("A/B");
        assertThat(ref.era().validFrom()).isEqualTo(LawEras.IN_FORCE);
    }

    @Test
    void fullWidthDigitsAndBracketedItem() {
        LegalBasisRef ref = only(parse("番号法第19条第８号　別表第二（第107項）"));
        assertThat(ref.key()).isEqualTo("番号法/19/8/別表2/107");
        assertThat(ref.era().era()).isEqualTo("C");
        assertThat(ref.era().validTo()).isEqualTo(LocalDate.of(2024, 5, 26));
    }

    @Test
    void kanjiNumeralsThroughout() {
        CitationParse p = parser.parse("番号法第十九条第七号 別表第二の百二十の項");
        assertThat(p.keys()).containsExactly("番号法/19/8/別表2/120");
    }

    @Test
    void subItemWithNo() {
        assertThat(parse("番号法第19条第8号 別表第二(第85の2項)").keys()).containsExactly("番号法/19/8/別表2/85の2");
    }

    @Test
    void longListWithSubItemsAndWrappedNumbers() {
        CitationParse p = parse("番号法第19条第8号及び別表第二\n(1、2、3、4、6、8、2\n3、27、84、85の2、\n89、120の項)");
        assertThat(p.keys()).containsExactly(
                "番号法/19/8/別表2/1", "番号法/19/8/別表2/2", "番号法/19/8/別表2/3", "番号法/19/8/別表2/4",
                "番号法/19/8/別表2/6", "番号法/19/8/別表2/8", "番号法/19/8/別表2/23", "番号法/19/8/別表2/27",
                "番号法/19/8/別表2/84", "番号法/19/8/別表2/85の2", "番号法/19/8/別表2/89", "番号法/19/8/別表2/120");
    }

    @Test
    void tableSplitAcrossLines() {
        assertThat(parse("番号法第19条第8号 別表\n第二(第23項)").keys()).containsExactly("番号法/19/8/別表2/23");
    }

    @Test
    void rangesAreExpanded() {
        assertThat(parse("別表第二の1から3まで及び5の項").keys())
                .containsExactly("番号法/19/8/別表2/1", "番号法/19/8/別表2/2", "番号法/19/8/別表2/3", "番号法/19/8/別表2/5");
        assertThat(parse("別表第二の10~12の項").keys())
                .containsExactly("番号法/19/8/別表2/10", "番号法/19/8/別表2/11", "番号法/19/8/別表2/12");
    }

    @Test
    void provisionAndInquiryListsGetTheirKinds() {
        CitationParse p = parse("番号法第19条第7号 別表第二 ・情報提供にかかる項【1、2の項】 ・情報照会にかかる項【27の項】");
        assertThat(p.bases()).extracting(LegalBasisRef::key, LegalBasisRef::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("番号法/19/8/別表2/1", BasisKind.PROVIDE),
                org.assertj.core.groups.Tuple.tuple("番号法/19/8/別表2/2", BasisKind.PROVIDE),
                org.assertj.core.groups.Tuple.tuple("番号法/19/8/別表2/27", BasisKind.INQUIRE));
    }

    @Test
    void postAmendmentOrderTableMapsToTheOldItemWhenEvidenced() {
        LegalBasisRef ref = only(parse("番号法第19条第8号に基づく主務省令第2条の表(第48項)"));
        assertThat(ref.key()).isEqualTo("番号法/19/8/別表2/27");
        assertThat(ref.era().era()).isEqualTo("D");
        assertThat(ref.era().validFrom()).isEqualTo(LocalDate.of(2024, 5, 27));
        assertThat(ref.era().writtenForm()).contains("主務省令第2条の表").contains("第48項");
    }

    @Test
    void bothErasOfTheSameBasisShareOneKey() {
        String before = parse("番号法第19条第7号 別表第二の27の項").keys().get(0);
        String middle = parse("番号法第19条第8号 別表第二(第27項)").keys().get(0);
        String after = parse("番号法第19条第8号に基づく主務省令第2条の表(第48項)").keys().get(0);
        assertThat(before).isEqualTo(middle).isEqualTo(after).isEqualTo("番号法/19/8/別表2/27");
    }

    @Test
    void orderTableItemWithoutEvidenceKeepsItsOwnKeyAndWarns() {
        CitationParse p = parse("番号法第19条第8号に基づく主務省令第2条の表(第1項)");
        assertThat(p.keys()).containsExactly("番号法/19/8/主務省令2表/1");
        assertThat(p.warnings()).anyMatch(w -> w.contains("対応が未確認"));
    }

    @Test
    void post2024TableOfArticle9IsRenumbered() {
        assertThat(parse("番号法第9条第1項 別表第24の項").keys()).containsExactly("番号法/9/1/別表1/16");
        assertThat(parse("番号法第9条第1項 別表第127の項").keys()).containsExactly("番号法/9/1/別表/127");
    }

    @Test
    void tableTwoWrittenWithAsciiAndNoInsteadOfTheNewTable() {
        assertThat(parse("番号法第19条第7号 別表第2の3の項").keys()).containsExactly("番号法/19/8/別表2/3");
    }

    @Test
    void unnumberedTableAfterArticle19IsReadAsTheNetworkTableWithAWarning() {
        CitationParse p = parse("番号法第19条第8号 別表");
        assertThat(p.keys()).containsExactly("番号法/19/8/別表2");
        assertThat(only(p).era().era()).isEqualTo("C/D");
        assertThat(p.warnings()).isNotEmpty();
    }

    @Test
    void sameBodyProvisionNeedsContextOrDate() {
        CitationParse bare = parser.parse("第19条第11号");
        assertThat(bare.keys()).containsExactly("番号法/19/11?");
        assertThat(bare.warnings()).anyMatch(w -> w.contains("特定できません"));

        CitationParse dated = parser.parse("第19条第11号", null, LocalDate.of(2023, 12, 11));
        assertThat(dated.keys()).containsExactly("番号法/19/11");

        CitationParse withOrdinance = parser.parse("番号法第19条第11号及び番号条例第5条第1項", "甲市", null);
        assertThat(withOrdinance.keys()).containsExactly("番号法/19/11", "条例/甲市/5/1");
        assertThat(withOrdinance.bases().get(1).kind()).isEqualTo(BasisKind.PROVIDE);
    }

    @Test
    void oldSameBodyItemTenIsTodaysEleven() {
        CitationParse p = parser.parse("番号法第19条第10号及び番号条例第4条", "乙町", LocalDate.of(2018, 6, 1));
        assertThat(p.keys()).containsExactly("番号法/19/11", "条例/乙町/4");
        assertThat(p.bases().get(0).era().era()).isEqualTo("B");
    }

    @Test
    void bareItemEightIsReadByDate() {
        assertThat(parser.parse("番号法第19条第8号", null, LocalDate.of(2023, 1, 1)).keys()).containsExactly("番号法/19/8");
        CitationParse old = parser.parse("番号法第19条第8号", null, LocalDate.of(2018, 12, 1));
        assertThat(old.keys()).containsExactly("番号法/19/9");
        assertThat(old.bases().get(0).era().era()).isEqualTo("B");
        assertThat(parser.parse("番号法第19条第8号", null, LocalDate.of(2015, 11, 1)).keys()).containsExactly("番号法/19/10");
        CitationParse undated = parser.parse("番号法第19条第8号");
        assertThat(undated.keys()).containsExactly("番号法/19/8?");
        assertThat(undated.warnings()).anyMatch(w -> w.contains("文書の日付を指定"));
    }

    @Test
    void outdatedFormIsReportedAgainstTheDocumentDate() {
        CitationParse p = parser.parse("番号法第19条第7号 別表第二(第21項)", null, LocalDate.of(2024, 1, 29));
        assertThat(p.keys()).containsExactly("番号法/19/8/別表2/21");
        assertThat(p.warnings()).anyMatch(w -> w.contains("2024-01-29"));
    }

    @Test
    void article9Paragraph2WithOrdinance() {
        CitationParse p = parser.parse("番号法第9条第2項に基づく条例(別表第二の18の項)", "丙村", null);
        assertThat(p.unparsedFragments()).isEmpty();
        assertThat(p.keys()).containsExactly("番号法/9/2", "番号法/19/8/別表2/18");
        assertThat(p.bases().get(0).kind()).isEqualTo(BasisKind.USE);
        assertThat(p.warnings()).anyMatch(w -> w.contains("条例の文脈"));
    }

    @Test
    void ordinanceNamedInTheTextWinsOverTheCaller() {
        String text = "番号法第19条第11号及び丁市の行政手続における特定の個人を識別するための番号の利用等に関する条例"
                + "(以下「番号条例」という。)第5条第1項";
        assertThat(parse(text).keys()).containsExactly("番号法/19/11", "条例/丁市/5/1");
    }

    @Test
    void ordinanceArticlesJoinedByNakaguro() {
        CitationParse p = parser.parse("戊市個人番号の利用及び特定個人情報の提供に関する条例第4条・第5条", "戊市", null);
        assertThat(p.keys()).containsExactly("条例/戊市/4", "条例/戊市/5");
    }

    @Test
    void otherNamedOrdinanceKeepsItsName() {
        assertThat(parse("己市個人情報保護条例第14条").keys()).containsExactly("条例/己市/個人情報保護条例/14");
    }

    @Test
    void ordinanceWithoutMunicipalityIsFlagged() {
        CitationParse p = parser.parse("番号条例第5条第1項");
        assertThat(p.keys()).containsExactly("条例/不明/5/1");
        assertThat(p.warnings()).anyMatch(w -> w.contains("municipality"));
    }

    @Test
    void residentRegistryActArticles() {
        LegalBasisRef ref = only(parse("住基法第30条の6(市町村長から都道府県知事への本人確認情報の通知等)"));
        assertThat(ref.key()).isEqualTo("住基法/30の6");
        assertThat(ref.kind()).isEqualTo(BasisKind.PROVIDE);
        assertThat(parse("住民基本台帳法第14条第1項").keys()).containsExactly("住基法/14/1");
    }

    @Test
    void ordersOfTheOldTables() {
        CitationParse p = parse("番号法別表第一の主務省令で定める事務を定める命令第16条");
        assertThat(p.keys()).containsExactly("別表第一主務省令/16");
        CitationParse q = parse("番号法別表第二の主務省令で定める事務及び情報を定める命令"
                + "(平成26年内閣府・総務省令第7号) (情報提供の根拠) 第1条、第22条の3、第59条の2の2");
        assertThat(q.keys()).containsExactly("別表第二主務省令/1", "別表第二主務省令/22の3", "別表第二主務省令/59の2の2");
        CitationParse r = parse("・情報提供にかかる条【1、2、59条】 ・情報照会にかかる条【20条】".replace("・", " ")
                .replaceFirst("^", "番号法別表第二の主務省令で定める事務及び情報を定める命令 "));
        assertThat(r.bases()).extracting(LegalBasisRef::key).containsExactly(
                "別表第二主務省令/1", "別表第二主務省令/2", "別表第二主務省令/59", "別表第二主務省令/20");
        assertThat(r.bases().get(3).kind()).isEqualTo(BasisKind.INQUIRE);
    }

    @Test
    void itemListUnderAnOrderArticleStaysAtArticleLevel() {
        LegalBasisRef ref = only(parse("番号法別表第1主務省令第8条第1、2、3号"));
        assertThat(ref.key()).isEqualTo("別表第一主務省令/8");
        assertThat(ref.item()).isEqualTo("1、2、3");
    }

    @Test
    void otherStatutesAreKeyedByTheirName() {
        assertThat(parse("児童福祉法施行規則第18条の6").keys()).containsExactly("児童福祉法施行規則/18の6");
        assertThat(parse("健康保険法(大正11年法律第70号)第5条第2項").keys()).containsExactly("健康保険法/5/2");
    }

    @Test
    void bareOrderArticleIsKeptButFlagged() {
        CitationParse p = parse("主務省令第20条");
        assertThat(p.keys()).containsExactly("主務省令/20");
        assertThat(p.warnings()).anyMatch(w -> w.contains("どの主務省令"));
    }

    @Test
    void networkProvisionAsAWholeUnderTheNewOrder() {
        CitationParse p = parse("番号法第19条第8号に基づく主務省令で定めるもの");
        assertThat(p.keys()).containsExactly("番号法/19/8");
        assertThat(p.bases().get(0).era().validFrom()).isEqualTo(LocalDate.of(2024, 5, 27));
    }

    @Test
    void entrustmentItem() {
        assertThat(only(parse("番号法第19条第5号")).kind()).isEqualTo(BasisKind.ENTRUST);
    }

    @Test
    void lawNumbersAndColumnNumbersAreNotCitations() {
        CitationParse p = parse("別表第二 第三欄(情報提供者)が「市町村長」の項のうち、第四欄に「住民票関係情報」が含まれる項(5の項)");
        assertThat(p.keys()).containsExactly("番号法/19/8/別表2/5");
    }

    @Test
    void invalidNumeralIsATypedErrorNamingTheFragment() {
        assertThatThrownBy(() -> parser.parseStrict("番号法第十十条第1項", null, null))
                .isInstanceOf(CitationParseException.class)
                .satisfies(e -> assertThat(((CitationParseException) e).fragment()).isEqualTo("第十十条"))
                .hasMessageContaining("第十十条");
    }

    @Test
    void itemsWithoutATableAreUnparsed() {
        CitationParse p = parser.parse("番号法第9条第1項 31項、83項");
        assertThat(p.unparsedFragments()).containsExactly("31項、83項");
        assertThatThrownBy(() -> parser.parseStrict("番号法第9条第1項 31項、83項", null, null))
                .isInstanceOfSatisfying(CitationParseException.class,
                        e -> assertThat(e.fragment()).isEqualTo("31項、83項"));
    }

    @Test
    void garbageArticleIsUnparsed() {
        CitationParse p = parser.parse("番号法第X条");
        assertThat(p.unparsedFragments()).containsExactly("第X条");
        assertThat(p.fullyParsed()).isFalse();
    }

    @Test
    void nonexistentTableOfTheActIsUnparsed() {
        CitationParse p = parser.parse("番号法別表第三の4の項");
        assertThat(p.unparsedFragments()).first().asString().contains("別表第三");
    }

    @Test
    void htmlMarkupIsIgnored() {
        assertThat(parse("<p>番号法第9条第1項</p> <b>別表第一の16の項</b>").keys()).containsExactly("番号法/9/1/別表1/16");
    }

    @Test
    void tableNamedAgainBeforeItsItemsKeepsTheArticleForm() {
        CitationParse p = parse("番号法第19条第8号及び別表第二 (別表第二における情報提供の根拠) (3、4の項)");
        assertThat(p.keys()).containsExactly("番号法/19/8/別表2/3", "番号法/19/8/別表2/4");
        assertThat(p.bases()).allMatch(b -> b.era().writtenForm().equals("第19条第8号+別表第二"));
    }

    @Test
    void wholeTableIsKeptWhenNoItemIsNamed() {
        assertThat(parse("番号法第19条第8号別表第2に定める情報照会者").keys()).containsExactly("番号法/19/8/別表2");
    }

    @Test
    void orderCitedWithoutArticleIsKeptAtOrderLevel() {
        assertThat(parse("番号法別表第一の主務省令で定める事務を定める命令").keys()).containsExactly("別表第一主務省令");
    }
}
