package io.mynumberlineage.graph;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Entity resolution across documents: the many ways the forms name one thing map to one node.
 *
 * <p>Three scopes. <b>Municipal</b> things (a city's 既存住基, its departments) are keyed by the
 * municipality, so two 事務 of one city share its 住基ネット(CS) node whether a form writes
 * 住基ネット, 住民基本台帳ネットワークシステム or 市町村CS. <b>National</b> bodies and systems
 * (J-LIS, 日本年金機構, 情報提供ネットワークシステム, ministries) are one node for the whole
 * country. <b>Roles</b> (「別表第二の情報照会者」, 「他の市町村長」) are not organisations one could
 * name; they stay roles, linked to the legal catalog entry that defines them. National nodes and
 * roles are the hubs a trace stops at unless asked to expand.
 */
public final class EntityCatalog {

    public enum Scope { MUNICIPAL, NATIONAL, ROLE }

    /** Where a flow starts or ends: a node of the model, with the legal-basis key defining a role. */
    public record Party(NodeKind kind, String key, String name, Scope scope, String definedBy) {

        public boolean hub() {
            return scope != Scope.MUNICIPAL;
        }
    }

    private record Alias(String canonical, List<String> needles) {

        boolean matches(String compactText) {
            return needles.stream().anyMatch(compactText::contains);
        }
    }

    public static final String NETWORK_SYSTEM = "情報提供ネットワークシステム";
    public static final String JUKI_NET = "住基ネット";
    public static final String EXISTING_JUKI = "既存住基システム";
    public static final String INTERMEDIATE_SERVER = "中間サーバー";
    public static final String INTEGRATED_ADDRESS = "団体内統合宛名システム";
    public static final String INTRA_LINK = "庁内連携システム";
    public static final String OTHER_SYSTEM = "その他のシステム";
    public static final String JLIS = "地方公共団体情報システム機構";

    /** Every method and system name of every flow asks this; the answers repeat. */
    private static final Cache<String, String> SYSTEM_TYPE_OF = Caffeine.newBuilder().maximumSize(20_000).build();

    /** Most specific first: 住基ネット連携 must win over 住基ネット. */
    private static final List<Alias> SYSTEM_TYPES = List.of(
            new Alias(NETWORK_SYSTEM, List.of("情報提供ネットワーク", "情報提供NW")),
            new Alias("住基ネット連携システム", List.of("住基ネット連携", "住基連携", "CS連携")),
            new Alias(EXISTING_JUKI, List.of("既存住民基本台帳", "既存住基", "住民記録システム", "住民基本台帳システム")),
            new Alias(JUKI_NET, List.of("住基ネット", "住民基本台帳ネットワーク", "市町村CS", "コミュニケーションサーバ", "住基CS")),
            new Alias(INTERMEDIATE_SERVER, List.of("中間サーバ")),
            new Alias(INTEGRATED_ADDRESS, List.of("統合宛名", "統合利用番号", "宛名システム", "宛名管理")),
            new Alias(INTRA_LINK, List.of("庁内連携", "庁内統合連携", "連携基盤")),
            new Alias("コンビニ交付システム", List.of("コンビニ")),
            new Alias("ガバメントクラウド", List.of("ガバメントクラウド")),
            new Alias("税務システム", List.of("税務システム", "住民税システム", "課税システム", "税総合システム")),
            new Alias("国民年金システム", List.of("国民年金システム", "国民年金")),
            new Alias("国民健康保険システム", List.of("国民健康保険", "国保")),
            new Alias("介護保険システム", List.of("介護保険")),
            new Alias("福祉システム", List.of("福祉")),
            new Alias("申請管理システム", List.of("申請管理", "電子申請")));

    /** National bodies; 日本年金機構 before 機構 alone, which in these forms means J-LIS. */
    private static final List<Alias> NATIONAL_BODIES = List.of(
            new Alias("日本年金機構", List.of("日本年金機構", "年金機構")),
            new Alias(JLIS, List.of("地方公共団体情報システム機構", "J-LIS", "JLIS", "機構")),
            new Alias("デジタル庁", List.of("デジタル庁")),
            new Alias("国税庁", List.of("国税庁", "税務署")),
            new Alias("全国健康保険協会", List.of("全国健康保険協会", "協会けんぽ")));

    private static final List<Alias> ROLES = List.of(
            new Alias("番号法別表第二に定める情報照会者", List.of("情報照会者")),
            new Alias("番号法別表第二に定める情報提供者", List.of("情報提供者", "情報照会")),
            new Alias("他の市町村長", List.of("他の市町村", "他市町村", "他市区町村", "他の市区町村", "転出先", "転入元")),
            new Alias("都道府県知事", List.of("都道府県知事", "都道府県")),
            new Alias("本人又は本人の代理人", List.of("本人")));

    private static final Pattern MINISTRY = Pattern.compile("^(.{1,12}?)(省|庁)(長官|大臣)?$");
    private static final Pattern MINISTER = Pattern.compile("^(.{1,12}?)大臣$");
    private static final Pattern DEPARTMENT = Pattern.compile(".*(課|室|係|局|センター|委員会|部|所|担当|支所)$");
    private static final Pattern LOCAL_BODY = Pattern.compile(".*(市|町|村|区|県|都|府|道)$");

    private EntityCatalog() {
    }

    /** The canonical SystemType of a system name, e.g. 市町村CS → 住基ネット; unknown names → その他のシステム. */
    public static String systemType(String name) {
        return SYSTEM_TYPE_OF.get(name, EntityCatalog::matchSystemType);
    }

    private static String matchSystemType(String name) {
        String compact = Names.compact(name);
        return SYSTEM_TYPES.stream().filter(a -> a.matches(compact)).map(Alias::canonical).findFirst()
                .orElse(OTHER_SYSTEM);
    }

    /** Whether one node serves the whole country (the 情報提供ネットワークシステム). */
    public static boolean nationalSystemType(String type) {
        return NETWORK_SYSTEM.equals(type);
    }

    /**
     * Node id of a system: national systems are one node; a municipality's well-known systems are
     * keyed by their type so every variant spelling meets; other systems by their normalised name.
     */
    public static String systemId(String municipality, String name) {
        String type = systemType(name);
        if (nationalSystemType(type)) {
            return "全国/" + type;
        }
        String local = OTHER_SYSTEM.equals(type) ? Names.compact(name) : type;
        return municipality + "/" + local;
    }

    /** Display name of a system node: the canonical type for the known ones, the form's name otherwise. */
    public static String systemName(String name) {
        String type = systemType(name);
        return OTHER_SYSTEM.equals(type) ? Names.normalize(name) : type;
    }

    public static Party municipality(String name) {
        return new Party(NodeKind.ORGANIZATION, name, name, Scope.MUNICIPAL, null);
    }

    public static Party department(String municipality, String name) {
        String normalized = Names.normalize(name);
        return new Party(NodeKind.DEPARTMENT, municipality + "/" + Names.compact(name), normalized, Scope.MUNICIPAL, null);
    }

    /** The legal-basis key a role is defined by (a catalog entry), or null. */
    static String roleDefinition(String role) {
        return switch (role) {
            case "番号法別表第二に定める情報照会者", "番号法別表第二に定める情報提供者" -> "番号法/19/8";
            case "他の市町村長", "都道府県知事" -> "住民基本台帳法";
            default -> null;
        };
    }

    public static Optional<Party> role(String text) {
        String compact = Names.compact(text);
        return ROLES.stream().filter(a -> a.matches(compact)).findFirst()
                .map(a -> new Party(NodeKind.ORGANIZATION, "role:" + a.canonical(), a.canonical(), Scope.ROLE,
                        roleDefinition(a.canonical())));
    }

    public static Optional<Party> nationalBody(String text) {
        String compact = Names.compact(text);
        var known = NATIONAL_BODIES.stream().filter(a -> a.matches(compact)).findFirst();
        if (known.isPresent()) {
            return known.map(a -> national(a.canonical()));
        }
        var minister = MINISTER.matcher(compact);
        if (minister.matches()) {
            return Optional.of(national(minister.group(1) + "省"));
        }
        var ministry = MINISTRY.matcher(compact);
        if (ministry.matches()) {
            return Optional.of(national(ministry.group(1) + ministry.group(2)));
        }
        return Optional.empty();
    }

    private static Party national(String name) {
        return new Party(NodeKind.ORGANIZATION, name, name, Scope.NATIONAL, null);
    }

    /** Whom a 提供 or 移転 reaches. A 移転 stays inside the organisation, so it reaches a department. */
    public static Party recipient(String text, String kind, String municipality) {
        String compact = Names.compact(text);
        if ("移転".equals(kind)) {
            return department(municipality, text);
        }
        var role = role(compact);
        if (role.isPresent() && !compact.equals("本人")) {
            return role.get();
        }
        if (compact.contains(NETWORK_SYSTEM)) {
            return new Party(NodeKind.SYSTEM, "全国/" + NETWORK_SYSTEM, NETWORK_SYSTEM, Scope.NATIONAL, null);
        }
        var national = nationalBody(compact);
        if (national.isPresent()) {
            return national.get();
        }
        if (DEPARTMENT.matcher(compact).matches() && !LOCAL_BODY.matcher(compact).matches()) {
            return department(municipality, text);
        }
        return new Party(NodeKind.ORGANIZATION, compact, Names.normalize(text), Scope.MUNICIPAL, null);
    }

    /**
     * Where a file's information comes from (入手元). The forms tick a category and often add who in
     * parentheses (住基ネットを通じて機構から入手); the parenthesis is the better clue, then the category.
     */
    public static Party source(String text, String municipality, List<String> documentSystemNames,
            String ownDepartment) {
        String compact = Names.compact(text);
        if (compact.contains("情報提供ネットワーク") || compact.contains("情報照会")) {
            return role("情報照会").orElseThrow();
        }
        if (compact.contains("他部署") || compact.contains("自部署") || compact.contains("庁内")) {
            for (String system : documentSystemNames) {
                String type = systemType(system);
                if (!OTHER_SYSTEM.equals(type) && !nationalSystemType(type) && compact.contains(Names.compact(system))) {
                    return new Party(NodeKind.SYSTEM, systemId(municipality, system), systemName(system), Scope.MUNICIPAL, null);
                }
            }
        }
        String typeInText = systemType(compact);
        if (EXISTING_JUKI.equals(typeInText)) {
            return new Party(NodeKind.SYSTEM, municipality + "/" + EXISTING_JUKI, EXISTING_JUKI, Scope.MUNICIPAL, null);
        }
        var national = nationalBody(compact);
        if (national.isPresent()) {
            return national.get();
        }
        var role = role(compact);
        if (role.isPresent()) {
            return role.get();
        }
        String inner = parenthesised(Names.normalize(text));
        if ((inner.isBlank() || inner.equals("自部署")) && ownDepartment != null) {
            return department(municipality, ownDepartment);
        }
        return department(municipality, inner.isBlank() ? "評価実施機関内の他部署" : inner);
    }

    private static String parenthesised(String text) {
        int open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
        int close = Math.max(text.lastIndexOf(')'), text.lastIndexOf('）'));
        return open >= 0 && close > open ? text.substring(open + 1, close).strip() : "";
    }
}
