package io.mynumberlineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.graph.EntityCatalog.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityCatalogTest {

    @Test
    void systemNameVariantsMeet() {
        for (String name : List.of("住基ネット", "住民基本台帳ネットワークシステム", "市町村CS", "市町村ＣＳ",
                "住民基本台帳ネットワークシステム(市町村コミュニケーションサーバ)")) {
            assertThat(EntityCatalog.systemId("若葉台市", name)).as(name).isEqualTo("若葉台市/住基ネット");
        }
        assertThat(EntityCatalog.systemType("住基ネット連携システム")).isEqualTo("住基ネット連携システム");
        assertThat(EntityCatalog.systemType("既存住民基本台帳システム(以下「既存住基システム」という。)")).isEqualTo("既存住基システム");
        assertThat(EntityCatalog.systemId("若葉台市", "中間サーバ")).isEqualTo(EntityCatalog.systemId("若葉台市", "中間サーバー"));
        assertThat(EntityCatalog.systemId("若葉台市", "団体内統合宛名システム(団体内統合利用番号連携サーバ)"))
                .isEqualTo("若葉台市/団体内統合宛名システム");
        assertThat(EntityCatalog.systemId("若葉台市", "情報提供ネットワークシステム"))
                .isEqualTo(EntityCatalog.systemId("紅葉谷町", "情報提供ネットワークシステム"));
        assertThat(EntityCatalog.systemId("若葉台市", "図書館システム")).isEqualTo("若葉台市/図書館システム");
    }

    @Test
    void nationalBodiesAreOneNode() {
        for (String name : List.of("地方公共団体情報システム機構", "J-LIS", "機構")) {
            var party = EntityCatalog.recipient(name, "提供", "若葉台市");
            assertThat(party.key()).as(name).isEqualTo("地方公共団体情報システム機構");
            assertThat(party.scope()).isEqualTo(Scope.NATIONAL);
        }
        assertThat(EntityCatalog.recipient("日本年金機構", "提供", "若葉台市").key()).isEqualTo("日本年金機構");
        assertThat(EntityCatalog.recipient("厚生労働大臣", "提供", "若葉台市").key()).isEqualTo("厚生労働省");
    }

    @Test
    void rolesStayRolesAndDepartmentsStayLocal() {
        var inquirer = EntityCatalog.recipient("番号法第19条第8号別表第2に定める情報照会者(表1参照)", "提供", "若葉台市");
        assertThat(inquirer.scope()).isEqualTo(Scope.ROLE);
        assertThat(inquirer.definedBy()).isEqualTo("番号法/19/8");
        assertThat(EntityCatalog.recipient("別表の情報照会者", "提供", "紅葉谷町").key()).isEqualTo(inquirer.key());
        assertThat(EntityCatalog.recipient("他の市町村長", "提供", "若葉台市").key()).isEqualTo("role:他の市町村長");
        var board = EntityCatalog.recipient("教育委員会事務局学務課", "移転", "若葉台市");
        assertThat(board.kind()).isEqualTo(NodeKind.DEPARTMENT);
        assertThat(board.key()).isEqualTo("若葉台市/教育委員会事務局学務課");
    }

    @Test
    void sourcesReadTheParenthesisFirst() {
        var systems = List.of("既存住民基本台帳システム", "住民基本台帳ネットワークシステム");
        assertThat(EntityCatalog.source("行政機関・独立行政法人等 (住基ネットを通じて機構から入手)", "若葉台市", systems, "市民課").key())
                .isEqualTo("地方公共団体情報システム機構");
        assertThat(EntityCatalog.source("その他 (既存住基システム)", "若葉台市", systems, "市民課").key())
                .isEqualTo("若葉台市/既存住基システム");
        assertThat(EntityCatalog.source("その他 (自部署)", "若葉台市", systems, "市民課").key()).isEqualTo("若葉台市/市民課");
        assertThat(EntityCatalog.source("地方公共団体・地方独立行政法人 (住基ネットを通じて他市区町村から入手)", "若葉台市", systems, null).key())
                .isEqualTo("role:他の市町村長");
    }
}
