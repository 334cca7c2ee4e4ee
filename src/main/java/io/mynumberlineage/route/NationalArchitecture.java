package io.mynumberlineage.route;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every municipality shares and no 評価書 needs to spell out: the national systems a 個人番号
 * passes on its way to a recipient. Each rule names its source (a statute article or an official
 * description of the system), so a hop it completes can say why it is there. A rule never invents
 * a municipality's own system beyond what the rule itself requires (the 中間サーバー the network is
 * reached through); everything it adds is marked {@code DERIVED} with the rule's id.
 */
public final class NationalArchitecture {

    /**
     * @param id stable id stored on every hop the rule completes
     * @param summary what the rule says, in Japanese (shown to users)
     * @param source the statute article or official description it rests on
     */
    public record Rule(String id, String summary, String source) {
    }

    /** 情報提供ネットワークシステムを使う提供は、番号法の条文そのものが定める。 */
    public static final Rule NETWORK_PROVISION = new Rule("NWS_PROVISION",
            "番号法第19条第8号の提供は情報提供ネットワークシステムを使用して行う",
            "番号法第19条第8号（令和5年改正前は第7号）、第21条（情報提供ネットワークシステムの設置及び管理）");
    public static final Rule NETWORK_THROUGH_INTERMEDIATE = new Rule("NWS_VIA_INTERMEDIATE_SERVER",
            "地方公共団体は自団体の中間サーバーを経由して情報提供ネットワークシステムに接続する",
            "総務省「地方公共団体における情報連携の仕組み」（中間サーバー・プラットフォーム、J-LIS が運用）");
    public static final Rule INTERMEDIATE_FED_BY_INTEGRATED_ADDRESS = new Rule("INTERMEDIATE_FED_BY_INTEGRATED_ADDRESS",
            "業務システムの特定個人情報は団体内統合宛名システム（団体内統合宛名番号）を介して中間サーバーに登録される",
            "総務省「地方公共団体における情報連携の仕組み」（団体内統合宛名機能と中間サーバーの符号連携）");
    public static final Rule JUKI_NET_TO_PREFECTURE = new Rule("JUKINET_CS_TO_PREFECTURE",
            "本人確認情報は市町村CSから電気通信回線を通じて都道府県サーバへ通知される",
            "住民基本台帳法第30条の6（市町村長から都道府県知事への本人確認情報の通知等）");
    public static final Rule JUKI_NET_TO_JLIS = new Rule("JUKINET_PREFECTURE_TO_JLIS",
            "都道府県知事が受けた本人確認情報は都道府県サーバから全国サーバ（機構）へ通知される",
            "住民基本台帳法第30条の7（都道府県知事から機構への本人確認情報の通知等）");
    public static final Rule JUKI_NET_HOLDS_IDENTITY = new Rule("JUKINET_HOLDS_IDENTITY_FILE",
            "本人確認情報ファイルは住基ネットの市町村CSに記録される",
            "住民基本台帳法第30条の6第1項・第3項（本人確認情報の電子計算機への記録と通知）");
    public static final Rule RESIDENT_REGISTER_HOLDER = new Rule("RESIDENT_REGISTER_IN_EXISTING_JUKI",
            "住民基本台帳ファイルは市町村の既存住基システム（住民記録システム）に記録される",
            "住民基本台帳法第6条第3項（住民票を磁気ディスクをもって調製）");
    public static final Rule CONVENIENCE_STORE_VIA_JLIS = new Rule("CONVENIENCE_STORE_VIA_JLIS",
            "コンビニ交付は J-LIS の証明書交付センターを経由してコンビニエンスストア等の端末へ証明書を送る",
            "地方公共団体情報システム機構「コンビニ交付」サービスの仕組み（証明書交付センター）");
    public static final Rule ELTAX = new Rule("ELTAX_PORTAL",
            "地方税の電子申告・電子申請・電子納税は地方税共同機構の eLTAX を経由する",
            "地方税共同機構「eLTAX（地方税ポータルシステム）」の業務説明");
    public static final Rule NATIONAL_TAX_LINK = new Rule("NATIONAL_TAX_LINK_VIA_ELTAX",
            "国税庁からの所得税確定申告書等のデータ（国税連携）は eLTAX を経由して市町村に届く",
            "地方税共同機構「国税連携」（eLTAX 経由の所得税確定申告書等データの送付）");
    public static final Rule INTRA_LINK_TRANSFER = new Rule("TRANSFER_BETWEEN_SYSTEMS",
            "庁内の他部署への移転は、その部署の業務システムに至る庁内の連携（庁内連携システム等）を通る",
            "番号法第9条第1項・第2項（利用）、評価書様式 II-5 移転方法「庁内連携システム」");
    public static final Rule I2_SYSTEMS_USED = new Rule("FORM_I2_SYSTEMS_USE_FILES",
            "評価書 I-2 に記載されたシステムは、その事務で特定個人情報ファイルを取り扱うために使用される",
            "特定個人情報保護評価指針・評価書様式 I-2「特定個人情報ファイルを取り扱う事務において使用するシステム」");

    public static final Rule FIRST_SYSTEM_HOLDS = new Rule("FORM_FIRST_SYSTEM_HOLDS",
            "保管するシステムの記載がないファイルは、評価書が最初に挙げる当該事務のシステムに保管されるものと読む",
            "評価書様式 I-2「システム1」（当該事務の主たるシステムを最初に記載する様式の構成）");
    public static final Rule CORE_SYSTEM_ON_GOV_CLOUD = new Rule("CORE_SYSTEM_ON_GOV_CLOUD",
            "評価書が「基幹システム」をガバメントクラウド上に構築すると書くとき、それは当該事務の基幹業務システム（標準準拠システム）を指す",
            "地方公共団体情報システムの標準化に関する法律第2条（標準化対象事務）・第10条（ガバメントクラウドの利用）");

    public static final List<Rule> RULES = List.of(NETWORK_PROVISION, NETWORK_THROUGH_INTERMEDIATE,
            INTERMEDIATE_FED_BY_INTEGRATED_ADDRESS, JUKI_NET_TO_PREFECTURE, JUKI_NET_TO_JLIS, JUKI_NET_HOLDS_IDENTITY,
            RESIDENT_REGISTER_HOLDER, CONVENIENCE_STORE_VIA_JLIS, ELTAX, NATIONAL_TAX_LINK, INTRA_LINK_TRANSFER,
            I2_SYSTEMS_USED, FIRST_SYSTEM_HOLDS, CORE_SYSTEM_ON_GOV_CLOUD);

    private static final Map<String, Rule> BY_ID = RULES.stream().collect(Collectors.toMap(Rule::id, Function.identity()));

    /** National systems the rules route through: one node each for the whole country. */
    public static final String PREFECTURE_SERVER = "住基ネット都道府県サーバ";
    public static final String NATIONAL_SERVER = "住基ネット全国サーバ";
    public static final String CERTIFICATE_CENTER = "証明書交付センター";
    public static final String ELTAX_SYSTEM = "eLTAX";

    private NationalArchitecture() {
    }

    public static Optional<Rule> rule(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
