package io.mynumberlineage.law;

import io.mynumberlineage.law.Article19Items.ContextHint;
import io.mynumberlineage.law.Article19Items.Reading;
import io.mynumberlineage.law.LawEras.Era;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads legal-basis citations of PIA documents into canonical, era-independent keys.
 *
 * <h2>Shapes understood</h2>
 * 番号法第9条第1項 別表第一の16の項 · 別表第1 16項 · 別表第一31項、83項、95項 · 第19条第7号 別表第二 with
 * item lists (「1、2、…85の2、…120の項」, 「1から3まで」, 「1~3」, kanji and full-width numerals, items
 * wrapped across lines) · 番号法第19条第８号　別表第二（第107項） · 番号法第19条第8号に基づく主務省令第2条の表
 * (第48項) · 番号法第9条第1項 別表第24の項 (the 2024 別表) · 第19条第11号 · 番号法第9条第2項 + 条例 articles
 * (「番号条例第5条第1項」, 「○○市…に関する条例第4条・第5条」) · 住基法/住民基本台帳法 articles · the 主務省令
 * of 別表第一/第二 (「番号法別表第二の主務省令で定める事務及び情報を定める命令 第1条、…」) · other statutes'
 * articles (「児童福祉法施行規則第18条の6」) keyed by their own name.
 *
 * <h2>Canonical keys</h2>
 * <ul>
 *   <li>番号法 articles: {@code 番号法/<条>[/<項>][/<号>]}; 第19条 has a single paragraph, so its 号 follows
 *       the article directly and is today's (era D) number: 「第19条第7号」 of eras A/B and 「第19条第8号」
 *       of eras C/D are both {@code 番号法/19/8} (see {@link Article19Items}). A 号 without 項 elsewhere
 *       is written {@code /_/<号>}.</li>
 *   <li>情報提供ネットワークシステム items: {@code 番号法/19/8/別表2/<項>} whether written 「第19条第7号 別表第二」,
 *       「第19条第8号 別表第二」, or (from 2024-05-27) 「第19条第8号に基づく主務省令第2条の表(第N項)」 — the latter
 *       only when {@link RenumberingConcordance} has evidence which 別表第二 item the order's item N is
 *       (the order renumbered the list); otherwise {@code 番号法/19/8/主務省令2表/<N>} and a warning.</li>
 *   <li>利用 items: {@code 番号法/9/1/別表1/<項>} for 別表第一 and, through the concordance, for the 2024 別表;
 *       unmatched 2024 items are {@code 番号法/9/1/別表/<N>}.</li>
 *   <li>条例: {@code 条例/<団体>/<条>[/<項>]} for the 番号 ordinance, {@code 条例/<団体>/<名称>/<条>…} for any
 *       other named ordinance; 団体 is the caller's municipality unless the text names one.</li>
 *   <li>住基法 {@code 住基法/<条>[/<項>]}; 番号法施行令 {@code 番号法施行令/…}; 主務省令 of 別表第一 / 第二
 *       {@code 別表第一主務省令/<条>} / {@code 別表第二主務省令/<条>}; any other statute {@code <名称>/<条>…}.</li>
 * </ul>
 *
 * <h2>Kind rule</h2>
 * 番号法第9条, 別表第一/別表 and its 主務省令 → 利用; 第19条 → 提供, except 第5号 (委託・合併) → 委託 and
 * network items read under the words 情報照会/照会にかかる → 照会; 第14条 (提供の求め) → 照会; 住基法第30条の… → 提供;
 * the 番号 ordinance takes the kind of the 番号法 provision cited before it (第19条第11号 → 提供), else 利用;
 * anything else → その他. The caller knows a flow's own kind (提供 vs 移転) and may override.
 *
 * <h2>Eras</h2>
 * Each ref carries the written form and the dates that form was the law's wording ({@link FormEra},
 * dates and sources in {@link LawEras}). A bare 第19条 item number is read with the document date
 * ({@code asOf}) and the words around it (別表第二/主務省令 ⇒ network provision; 条例/他の機関 ⇒ ordinance
 * provision); when it stays ambiguous the key ends in {@code ?} and a warning explains the options.
 *
 * <p>Nothing is guessed silently: citation-like pieces that are not understood are returned in
 * {@link CitationParse#unparsedFragments()} and explained in the warnings.
 */
@Component
public class CitationParser {

    private static final String N = JapaneseNumerals.NUMERAL;
    private static final String ITEM = N + "(?:\\s*の\\s*" + N + ")*";
    private static final String BANGO_FULL = "行政手続における特定の個人を識別するための番号の利用等に関する";
    private static final String BANGO = "(?:番号法|番号利用法|マイナンバー法|" + BANGO_FULL + "法律)";
    private static final String SEP = "\\s*(?:、|,|・|及び|並びに|又は|\\s)\\s*";
    private static final String RANGE = "\\s*(?:から|~|〜|-|－)\\s*";
    /** 「85項の2」, 「第85項の2」: a branch number written after 項 (digits only: 「第1項の一部」 is prose). */
    private static final String BRANCH_AFTER = "(?:\\s*の\\s*[0-9]+(?![0-9]))";
    private static final String ITEMREF = "(?:第\\s*)?" + ITEM + "(?:" + RANGE + "(?:第\\s*)?" + ITEM
            + "(?:\\s*まで)?)?(?:\\s*(?:の\\s*)?項" + BRANCH_AFTER + "?)?";
    /** Every character a rule can begin with; keep in sync with {@link #RULES}. */
    private static final String TOKEN_STARTS = "(【第別番行マ住主条同附明大昭平令情提照各個-~〜。の〇零一二三四五六七八九十百千";
    private static final Pattern ITEMREF_PATTERN = Pattern.compile(ITEMREF);
    private static final Pattern SUSPICIOUS = Pattern.compile(
            "第\\s*[^\\s第、。,()「」]{1,6}?\\s*[条項号](?!目)|(?<![0-9])[0-9]+\\s*の?\\s*項(?!目)");
    private static final Pattern LAW_SUFFIX = Pattern.compile("[一-龥々ヶァ-ヶー・]*(?:法律|法|令|規則|命令|規程)$");
    private static final Pattern NAME_RUN = Pattern.compile("[一-龥々ヶァ-ヶー・]+$");
    private static final Pattern BODY_PREFIX = Pattern.compile("^(.{1,6}?[都道府県市区町村])(.*)$");
    private static final Pattern NEXT_19 = Pattern.compile("第\\s*(?:19|十九)\\s*条");
    /** A body whose name has kana (つくば市, さいたま市), standing alone right before its ordinance. */
    private static final Pattern KANA_BODY = Pattern.compile("^\\s*([一-龥々ヶぁ-んァ-ヶー]{1,8}[都道府県市区町村])\\s*(?:の\\s*)?$");
    private static final Pattern CONNECTIVE = Pattern.compile("及び|並びに|又は|若しくは|[、,()「」\\s]|に基づく|による");
    private static final Pattern OWN_BODY = Pattern.compile("^(?:本|当)[都道府県市区町村](.*)$");

    enum Tok {
        LAWNUM, DEFINITION, IGNORE, ORDER1, ORDER2, NEW_ORDER, BANGO_SEIREI, BANGO_KISOKU, BANGO_JOREI, BANGO,
        JUKI_SEIREI, JUKI, BARE_ORDER, JOREI, SAME_LAW, SAME_ARTICLE, ARTICLE_TABLE, ARTICLE_LIST, ARTICLE,
        NUMBERED_LIST, PARA, GOU, EACH_GOU, TABLE_ITEM_ONLY, TABLE, DASH_ITEM, ITEM_LIST, HINT_PROVIDE,
        HINT_INQUIRE, SENTENCE_END
    }

    private record Rule(Tok tok, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            rule(Tok.LAWNUM, "\\(?\\s*(?:明治|大正|昭和|平成|令和)\\s*(?:元|" + N + ")\\s*年[^()、。]{0,25}?"
                    + "(?:法律|政令|省令|府令|規則|告示|条例)\\s*第\\s*" + N + "\\s*号\\s*\\)?"),
            rule(Tok.DEFINITION, "\\(\\s*以下[^()]{0,40}\\)"),
            rule(Tok.IGNORE, "附則\\s*第\\s*" + N + "\\s*条(?:\\s*の\\s*" + N + ")*(?:\\s*第\\s*" + N + "\\s*[項号])*"),
            rule(Tok.IGNORE, "第\\s*" + N + "\\s*(?:欄|号被保険者|期|回|版|次|種|級|面)"),
            rule(Tok.ORDER1, BANGO + "?\\s*別\\s*表\\s*第\\s*(?:一|1)\\s*の?\\s*主務省令(?:\\s*で定める事務を定める命令)?"),
            rule(Tok.ORDER2, BANGO + "?\\s*別\\s*表\\s*第\\s*(?:二|2)\\s*の?\\s*主務省令(?:\\s*で定める事務及び情報を定める命令)?"),
            rule(Tok.NEW_ORDER, "(?:" + BANGO + "\\s*)?(?:第\\s*(?:十九|19)\\s*条\\s*第\\s*(?:八|8)\\s*号|同\\s*号)"
                    + "\\s*に\\s*基\\s*づ\\s*く\\s*(?:主務省令|利用特定個人情報の提供に関する命令)"),
            rule(Tok.BANGO_SEIREI, BANGO + "\\s*施行令"),
            rule(Tok.BANGO_KISOKU, BANGO + "\\s*施行規則"),
            rule(Tok.BANGO_JOREI, "(?:の\\s*)?(?:" + BANGO_FULL + "(?:法律の施行に関する)?条例"
                    + "|(?:個人番号|番号)の利用[^、。()「」]{0,30}?条例|番号(?:利用|法施行)?条例)"),
            rule(Tok.BANGO, BANGO),
            rule(Tok.JUKI_SEIREI, "(?:住基法|住民基本台帳法)\\s*施行令"),
            rule(Tok.JUKI, "住基法|住民基本台帳法"),
            rule(Tok.BARE_ORDER, "主務省令(?=\\s*第)"),
            rule(Tok.JOREI, "条例"),
            rule(Tok.SAME_LAW, "同\\s*法(?!律)"),
            rule(Tok.SAME_ARTICLE, "同\\s*条"),
            rule(Tok.ARTICLE_TABLE, "第\\s*(" + N + ")\\s*条\\s*の\\s*表"),
            rule(Tok.ARTICLE_LIST, "[【(]\\s*(" + ITEM + "(?:" + SEP + ITEM + ")*)\\s*条\\s*[】)]"),
            rule(Tok.ARTICLE, "第\\s*(" + N + ")\\s*条((?:\\s*の\\s*" + N + ")*)"),
            rule(Tok.NUMBERED_LIST, "第\\s*(" + N + "(?:" + SEP + N + ")+)\\s*([項号])"),
            rule(Tok.PARA, "第\\s*(" + ITEM + ")\\s*項(?!目)(?:\\s*の\\s*([0-9]+)(?![0-9]))?"),
            rule(Tok.GOU, "第\\s*(" + N + ")\\s*号"),
            rule(Tok.EACH_GOU, "各\\s*号"),
            rule(Tok.TABLE_ITEM_ONLY, "別\\s*表\\s*第\\s*(" + ITEM + ")\\s*の?\\s*項(?!目)"),
            rule(Tok.TABLE, "別\\s*表\\s*(?:第\\s*(" + N + ")|(" + N + "))?"),
            rule(Tok.DASH_ITEM, "-\\s*(" + ITEM + ")(?![0-9])"),
            rule(Tok.ITEM_LIST, "[(【]?\\s*(?:の\\s*)?" + ITEMREF + "(?:" + SEP + ITEMREF + ")*\\s*[)】]?"),
            rule(Tok.HINT_PROVIDE, "情報提供(?!ネットワーク|者)|提供にかかる|提供に係る"),
            rule(Tok.HINT_INQUIRE, "情報照会(?!者)|照会にかかる|照会に係る"),
            rule(Tok.SENTENCE_END, "。"));

    private static Rule rule(Tok tok, String regex) {
        return new Rule(tok, Pattern.compile(regex));
    }

    private final RenumberingConcordance concordance;

    public CitationParser(RenumberingConcordance concordance) {
        this.concordance = concordance;
    }

    /** A parser with the concordance shipped on the classpath. */
    public static CitationParser withDefaults() {
        return new CitationParser(new RenumberingConcordance());
    }

    /** Parses without a municipality or document date. */
    public CitationParse parse(String text) {
        return parse(text, null, null);
    }

    /**
     * Parses a citation text.
     *
     * @param text citation as written (raw or normalised; line breaks allowed)
     * @param municipality 団体 of the document, used for 条例 keys when the text does not name one; may be null
     * @param asOf the document's date (公表日) to read era-dependent forms; may be null
     */
    public CitationParse parse(String text, String municipality, LocalDate asOf) {
        Run run = new Run(text == null ? "" : text, CitationText.normalize(text), municipality, asOf);
        run.scan();
        return run.result();
    }

    /**
     * Like {@link #parse(String, String, LocalDate)} but fails on anything not understood.
     *
     * @throws CitationParseException naming the first offending fragment
     */
    public CitationParse parseStrict(String text, String municipality, LocalDate asOf) {
        CitationParse parse = parse(text, municipality, asOf);
        if (!parse.fullyParsed()) {
            throw new CitationParseException(parse);
        }
        return parse;
    }

    /** Article chain being read: law + 第N条 [+ 第M項] [+ 第K号]. */
    private static final class Chain {
        String law;
        String ordinanceName;
        String ordinanceBody;
        String article;
        String paragraph;
        String gou;
        List<String> gouList;
        BasisKind hint;
        int start;
        int end;
    }

    /** Table being read (別表…, 主務省令の表) and the article chain it belongs to. */
    private static final class TableCtx {
        String table;
        String written;
        Chain chain;
        BasisKind hint;
        boolean itemsEmitted;
        int start;
        int end;
    }

    private final class Run {
        final String input;
        final String text;
        final String municipality;
        final LocalDate asOf;
        final Map<String, LegalBasisRef> refs = new LinkedHashMap<>();
        final Set<String> warnings = new LinkedHashSet<>();
        final List<String> unparsed = new ArrayList<>();

        String law;
        String ordinanceName;
        String ordinanceBody;
        Chain chain;
        TableCtx table;
        BasisKind hint;
        String lastArticleLaw;
        String lastArticle;
        BasisKind lastBangoKind;
        int lastTokenEnd;
        Tok lastTok;
        int lawStart;
        boolean articleSinceLaw;

        Run(String input, String text, String municipality, LocalDate asOf) {
            this.input = input;
            this.text = text;
            this.municipality = municipality == null || municipality.isBlank() ? null : municipality.strip();
            this.asOf = asOf;
        }

        CitationParse result() {
            List<LegalBasisRef> out = new ArrayList<>();
            for (LegalBasisRef r : refs.values()) {
                boolean wholeTable = r.table() != null && r.tableItem() == null;
                boolean itemsToo = wholeTable && refs.values().stream()
                        .anyMatch(o -> o.tableItem() != null && o.key().startsWith(r.key() + "/"));
                if (!itemsToo) {
                    out.add(r); // a whole-table ref adds nothing when items of that table were read
                }
            }
            return new CitationParse(input, out, new ArrayList<>(warnings), unparsed);
        }

        void scan() {
            int pos = 0;
            int proseStart = 0;
            Matcher m = null;
            Matcher[] matchers = new Matcher[RULES.size()];
            for (int i = 0; i < matchers.length; i++) {
                matchers[i] = RULES.get(i).pattern().matcher(text);
            }
            while (pos < text.length()) {
                if (!mayStartToken(text.charAt(pos))) {
                    pos++;
                    continue;
                }
                Rule hit = null;
                for (int i = 0; i < matchers.length; i++) {
                    m = matchers[i];
                    m.region(pos, text.length());
                    if (m.lookingAt() && m.end() > pos && accept(RULES.get(i).tok(), m)) {
                        hit = RULES.get(i);
                        break;
                    }
                }
                if (hit == null) {
                    pos++;
                    continue;
                }
                checkProse(proseStart, pos);
                handle(hit.tok(), m, pos);
                lastTok = hit.tok();
                pos = m.end();
                lastTokenEnd = pos;
                proseStart = pos;
            }
            checkProse(proseStart, text.length());
            flushAll(text.length());
            emitOrderWithoutArticle();
        }

        /** Cheap pre-check: the first characters any rule can start with (keeps the scan linear-ish). */
        boolean mayStartToken(char c) {
            return Character.isWhitespace(c) || (c >= '0' && c <= '9') || TOKEN_STARTS.indexOf(c) >= 0;
        }

        /** Filters matches whose meaning depends on context. */
        boolean accept(Tok tok, Matcher m) {
            if (tok == Tok.ITEM_LIST) {
                return m.group().contains("項") && Character.isDigit(firstDigitOrKanji(m.group()));
            }
            if (tok == Tok.DASH_ITEM) {
                return table != null && lastTok == Tok.TABLE && m.start() == lastTokenEnd;
            }
            return true;
        }

        char firstDigitOrKanji(String s) {
            for (char c : s.toCharArray()) {
                if (Character.isDigit(c)) {
                    return c;
                }
                if ("〇一二三四五六七八九十百千".indexOf(c) >= 0) {
                    return '0';
                }
            }
            return 'x';
        }

        void checkProse(int from, int to) {
            if (to <= from) {
                return;
            }
            Matcher s = SUSPICIOUS.matcher(text.substring(from, to));
            while (s.find()) {
                unparsedFragment(s.group(), "条・項・号として読めない部分があります");
            }
        }

        void unparsedFragment(String fragment, String why) {
            unparsed.add(fragment.strip());
            warnings.add("「" + fragment.strip() + "」: " + why);
        }

        void handle(Tok tok, Matcher m, int pos) {
            switch (tok) {
                case LAWNUM -> {
                    // 「健康保険法(大正11年法律第70号)第5条」: the number follows the name of the cited law
                    String named = lawNamedBefore(pos);
                    if (named != null) {
                        setLaw(named, pos);
                    }
                }
                case DEFINITION, IGNORE, SAME_LAW, EACH_GOU -> {
                    // law numbers, definitions and column numbers are not citations of a basis
                }
                case ORDER1 -> setLaw("別表第一主務省令", pos);
                case ORDER2 -> setLaw("別表第二主務省令", pos);
                case NEW_ORDER -> newOrder(m, pos);
                case BANGO_SEIREI -> setLaw("番号法施行令", pos);
                case BANGO_KISOKU -> setLaw("番号法施行規則", pos);
                case BANGO -> setLaw("番号法", pos);
                case JUKI_SEIREI -> setLaw("住基法施行令", pos);
                case JUKI -> setLaw("住基法", pos);
                case BARE_ORDER -> setLaw("主務省令", pos);
                case BANGO_JOREI -> {
                    setLaw("条例", pos);
                    ordinanceName = null;
                    ordinanceBody = bodyBefore(pos);
                }
                case JOREI -> ordinance(pos);
                case SAME_ARTICLE -> {
                    flushChain(pos);
                    if (lastArticle != null) {
                        chain = newChain(lastArticleLaw, lastArticle, pos, m.end());
                    }
                }
                case ARTICLE_TABLE -> articleTable(m, pos);
                case ARTICLE_LIST -> articleList(m, pos);
                case ARTICLE -> article(m, pos);
                case NUMBERED_LIST -> numberedList(m, pos);
                case PARA -> paragraph(m, pos);
                case GOU -> gou(m, pos);
                case TABLE_ITEM_ONLY -> tableItemOnly(m, pos);
                case TABLE -> table(m, pos);
                case DASH_ITEM -> items(List.of(m.group(1)), m.group(), m.end());
                case ITEM_LIST -> itemList(m, pos);
                case HINT_PROVIDE -> hint = BasisKind.PROVIDE;
                case HINT_INQUIRE -> hint = BasisKind.INQUIRE;
                case SENTENCE_END -> flushAll(pos);
                default -> throw new IllegalStateException(tok.name());
            }
        }

        void setLaw(String newLaw, int pos) {
            flushAll(pos);
            emitOrderWithoutArticle();
            law = newLaw;
            lawStart = pos;
            articleSinceLaw = false;
            ordinanceName = null;
            ordinanceBody = null;
        }

        /** 「番号法別表第二の主務省令で定める事務及び情報を定める命令」 cited with no article: the order itself. */
        void emitOrderWithoutArticle() {
            if (("別表第一主務省令".equals(law) || "別表第二主務省令".equals(law)) && !articleSinceLaw) {
                boolean first = law.startsWith("別表第一");
                add(new LegalBasisRef(law, law, null, null, null, null, null,
                        first ? BasisKind.USE : BasisKind.PROVIDE,
                        new FormEra(law.replace("主務省令", "の主務省令"), "A/B/C", LawEras.IN_FORCE, LawEras.ERA_C_UNTIL,
                                "別表第一/第二の主務省令は2024-05-27の改正で置き換えられた [U LAW-NOTES §3]"),
                        null, text.substring(lawStart, Math.min(text.length(), lawStart + 40)).strip()));
                articleSinceLaw = true;
            }
        }

        void newOrder(Matcher m, int pos) {
            boolean absorbsChain = chain != null && "番号法".equals(chain.law) && "19".equals(chain.article);
            if (absorbsChain) {
                chain = null; // 「第19条第8号(…)及び同号に基づく主務省令」: one provision, not two
            }
            flushAll(pos);
            law = "第19条第8号主務省令";
            table = new TableCtx();
            table.hint = hint;
            table.table = null;
            table.written = "第19条第8号に基づく主務省令";
            table.start = pos;
            table.end = m.end();
        }

        void ordinance(int pos) {
            String before = text.substring(Math.max(lastTokenEnd, pos - 40), pos);
            Matcher run = NAME_RUN.matcher(before);
            String name = run.find() ? run.group() : "";
            setLaw("条例", pos);
            if (name.isEmpty()) {
                ordinanceName = null;
                ordinanceBody = municipality;
                return;
            }
            String rest = name;
            String body = null;
            if (municipality != null && name.startsWith(municipality)) {
                body = municipality;
                rest = name.substring(municipality.length());
            } else {
                Matcher own = OWN_BODY.matcher(name);
                Matcher named = BODY_PREFIX.matcher(name);
                if (own.matches()) {
                    body = municipality;
                    rest = own.group(1);
                } else if (named.matches()) {
                    body = named.group(1);
                    rest = named.group(2);
                }
            }
            ordinanceBody = body == null ? municipality : body;
            ordinanceName = rest.isEmpty() ? null : rest + "条例";
        }

        String bodyBefore(int pos) {
            String before = text.substring(Math.max(lastTokenEnd, pos - 40), pos);
            if (municipality != null && before.endsWith(municipality)) {
                return municipality;
            }
            Matcher run = NAME_RUN.matcher(before);
            if (run.find()) {
                Matcher named = BODY_PREFIX.matcher(run.group());
                if (named.matches() && named.group(2).isEmpty()) {
                    return named.group(1);
                }
            }
            // 「つくば市番号利用条例」: kana in the body's name, cut at the last connective before it
            String tail = before.substring(lastConnectiveEnd(before));
            Matcher kana = KANA_BODY.matcher(tail);
            return kana.matches() ? kana.group(1) : municipality;
        }

        int lastConnectiveEnd(String s) {
            Matcher c = CONNECTIVE.matcher(s);
            int end = 0;
            while (c.find()) {
                end = c.end();
            }
            return end;
        }

        Chain newChain(String chainLaw, String article, int start, int end) {
            Chain c = new Chain();
            c.hint = hint;
            c.law = chainLaw;
            c.article = article;
            c.start = start;
            c.end = end;
            if ("条例".equals(chainLaw)) {
                c.ordinanceName = ordinanceName;
                c.ordinanceBody = ordinanceBody;
            }
            return c;
        }

        void article(Matcher m, int pos) {
            String article = canonical(m.group(1) + m.group(2).replaceAll("\\s", ""), m.group());
            if (article == null) {
                return;
            }
            String genericLaw = lawNamedBefore(pos);
            String gap = text.substring(Math.min(lastTokenEnd, pos), pos);
            String unnamed = unnamedRunBefore(gap);
            if (genericLaw != null) {
                setLaw(genericLaw, pos);
            } else if (unnamed != null) {
                // 「公営住宅第2条第16号」: a name that is no known law — keep it, do not lend it another law
                setLaw(unnamed, pos);
                warnings.add("「" + unnamed + m.group().strip() + "」: 「" + unnamed + "」を法令名として読みました。");
            } else {
                flushAll(pos);
            }
            if (law == null) {
                law = "番号法";
                warnings.add("法令名が書かれていない条文「" + m.group().strip() + "」を番号法の条文として読みました。");
            }
            chain = newChain(law, article, pos, m.end());
            lastArticleLaw = law;
            articleSinceLaw = true;
            lastArticle = article;
        }

        /** A name run of 2+ characters right before 第N条 after a long stretch of prose, or null. */
        String unnamedRunBefore(String gap) {
            if (gap.length() <= 12 || law == null) {
                return null;
            }
            Matcher run = NAME_RUN.matcher(gap);
            return run.find() && run.group().length() >= 2 ? run.group() : null;
        }

        /** A statute named right before 第N条 that no rule knows, e.g. 児童福祉法施行規則. */
        String lawNamedBefore(int pos) {
            if (lastTokenEnd >= pos && lastTok != null) {
                return null;
            }
            String before = text.substring(Math.max(lastTokenEnd, pos - 40), pos);
            Matcher run = NAME_RUN.matcher(before);
            if (!run.find()) {
                return null;
            }
            String name = run.group();
            return LAW_SUFFIX.matcher(name).matches() && name.length() >= 2 ? name : null;
        }

        void articleTable(Matcher m, int pos) {
            String article = canonical(m.group(1), m.group());
            if (article == null) {
                return;
            }
            if ("第19条第8号主務省令".equals(law) && "2".equals(article)) {
                if (table == null) {
                    table = new TableCtx();
                    table.hint = hint;
                    table.start = pos;
                }
                table.table = "主務省令2表";
                table.written = "第19条第8号に基づく主務省令第2条の表";
                table.end = m.end();
                return;
            }
            unparsedFragment(m.group(), "この法令の「第N条の表」は扱えません");
        }

        void articleList(Matcher m, int pos) {
            flushAll(pos);
            if (law == null) {
                unparsedFragment(m.group(), "どの法令の条か特定できません");
                return;
            }
            articleSinceLaw = true;
            for (String a : m.group(1).split(SEP)) {
                String article = canonical(a, m.group());
                if (article != null) {
                    Chain c = newChain(law, article, pos, m.end());
                    emitChain(c, m.end());
                }
            }
        }

        void numberedList(Matcher m, int pos) {
            List<String> numbers = new ArrayList<>();
            for (String n : m.group(1).split(SEP)) {
                String c = canonical(n, m.group());
                if (c == null) {
                    return;
                }
                numbers.add(c);
            }
            if (chain == null) {
                unparsedFragment(m.group(), "どの条の項・号か特定できません");
                return;
            }
            if ("項".equals(m.group(2))) {
                Chain base = chain;
                chain = null;
                for (String p : numbers) {
                    Chain c = newChain(base.law, base.article, base.start, m.end());
                    c.ordinanceName = base.ordinanceName;
                    c.ordinanceBody = base.ordinanceBody;
                    c.paragraph = p;
                    emitChain(c, m.end());
                }
            } else {
                chain.gouList = numbers;
                chain.end = m.end();
            }
        }

        void paragraph(Matcher m, int pos) {
            boolean forTable = table != null && (chain == null || table.start > chain.start);
            if (forTable) {
                // 「第85項の2」 is item 85の2, never item 85
                items(List.of(m.group(2) == null ? m.group(1) : m.group(1) + "の" + m.group(2)), m.group(), m.end());
                return;
            }
            if (m.group(2) != null) {
                unparsedFragment(m.group(), "条の項に枝番号は付きません");
                return;
            }
            String p = canonical(m.group(1), m.group());
            if (p == null) {
                return;
            }
            if (chain == null) {
                unparsedFragment(m.group(), "どの条の項か特定できません");
                return;
            }
            if (chain.paragraph != null || chain.gou != null) {
                Chain base = chain;
                flushChain(pos);
                chain = newChain(base.law, base.article, pos, m.end());
                chain.ordinanceName = base.ordinanceName;
                chain.ordinanceBody = base.ordinanceBody;
            }
            chain.paragraph = p;
            chain.end = m.end();
        }

        void gou(Matcher m, int pos) {
            String g = canonical(m.group(1), m.group());
            if (g == null) {
                return;
            }
            if (chain == null) {
                unparsedFragment(m.group(), "どの条の号か特定できません");
                return;
            }
            if (chain.gou != null || chain.gouList != null) {
                Chain base = chain;
                flushChain(pos);
                chain = newChain(base.law, base.article, pos, m.end());
                chain.paragraph = base.paragraph;
                chain.ordinanceName = base.ordinanceName;
                chain.ordinanceBody = base.ordinanceBody;
            }
            chain.gou = g;
            chain.end = m.end();
        }

        void tableItemOnly(Matcher m, int pos) {
            String item = canonical(m.group(1), m.group());
            if (item == null) {
                return;
            }
            int cut = item.indexOf('の');
            String head = cut < 0 ? item : item.substring(0, cut);
            boolean kanjiHead = !Character.isDigit(m.group(1).strip().charAt(0));
            if (cut > 0 && (kanjiHead || "1".equals(head) || "2".equals(head))) {
                // 「別表第2の3の項」, 「別表第二の3の項」: table 2, item 3 — not item 「2の3」 of the 2024 別表;
                // statutes write table numbers in kanji, so a kanji head is always a table number
                startTable(head, m.group(), pos, m.end());
                if (table != null) {
                    items(List.of(item.substring(cut + 1)), m.group(), m.end());
                }
                return;
            }
            startTable(null, m.group(), pos, m.end());
            if (table != null) {
                items(List.of(item), m.group(), m.end());
            }
        }

        void table(Matcher m, int pos) {
            String number = m.group(1) != null ? m.group(1) : m.group(2);
            String n = number == null ? null : canonical(number, m.group());
            if (number != null && n == null) {
                return;
            }
            startTable(n, m.group(), pos, m.end());
        }

        /** Starts a table context; {@code number} null means the unnumbered 「別表」. */
        void startTable(String number, String written, int pos, int end) {
            Chain owner = chain;
            boolean ordinanceTable = owner != null && "条例".equals(owner.law);
            TableCtx previous = table;
            if (!ordinanceTable && owner == null && previous != null && !previous.itemsEmitted
                    && previous.table != null && previous.table.equals(tableId(number, null))) {
                // 「別表第二 (別表第二における情報提供の根拠) …(1、2…の項)」: the same table named again
                previous.end = end;
                return;
            }
            flushTable(pos);
            if (ordinanceTable) {
                chain = null;
                table = new TableCtx();
                table.hint = hint;
                table.table = "別表" + (number == null ? "" : number);
                table.written = written.strip();
                table.chain = owner;
                table.start = pos;
                table.end = end;
                return;
            }
            String id;
            if (number == null) {
                boolean article19 = owner != null && "番号法".equals(owner.law) && "19".equals(owner.article);
                id = article19 ? "別表2" : "別表";
                if (article19) {
                    warnings.add("「第19条 … 別表」: 番号のない別表を情報提供ネットワークシステムの別表第二として読みました。");
                }
            } else if ("1".equals(number)) {
                id = "別表1";
            } else if ("2".equals(number)) {
                id = "別表2";
            } else {
                unparsedFragment(written, "番号法に別表第" + number + "はありません");
                return;
            }
            if (owner == null && "条例".equals(law) && "別表2".equals(id)) {
                warnings.add("「" + written.strip() + "」: 条例の文脈ですが番号法の別表第二として読みました。");
            }
            String wantArticle = "別表2".equals(id) ? "19" : "9";
            boolean fits = owner != null && "番号法".equals(owner.law) && wantArticle.equals(owner.article);
            if (owner != null && !fits) {
                flushChain(pos);
                if ("番号法".equals(owner.law) || "条例".equals(owner.law)) {
                    warnings.add("「" + written.strip() + "」は" + ("別表2".equals(id) ? "第19条" : "第9条第1項")
                            + "の別表ですが、別の条文(" + owner.law + "第" + owner.article + "条)とともに引用されています。");
                }
                owner = null;
            } else if (fits) {
                chain = null;
            }
            table = new TableCtx();
            table.hint = hint;
            table.table = id;
            table.written = written.strip();
            table.chain = owner;
            table.start = pos;
            table.end = end;
        }

        /** Table id for a written number under 番号法 (null number = unnumbered 「別表」). */
        String tableId(String number, Chain owner) {
            if (number == null) {
                return owner != null && "番号法".equals(owner.law) && "19".equals(owner.article) ? "別表2" : "別表";
            }
            return "1".equals(number) ? "別表1" : "2".equals(number) ? "別表2" : null;
        }

        void itemList(Matcher m, int pos) {
            if (table == null || table.table == null) {
                unparsedFragment(m.group(), "どの別表の項か特定できません");
                return;
            }
            List<String> found = new ArrayList<>();
            String body = m.group().replaceAll("^[(【]?\\s*(?:の\\s*)?", "").replaceAll("\\s*[)】]$", "");
            Matcher refs = ITEMREF_PATTERN.matcher(body);
            int last = 0;
            while (refs.find()) {
                String gap = body.substring(last, refs.start());
                if (!gap.isEmpty() && !gap.matches(SEP)) {
                    unparsedFragment(gap, "項の並びとして読めません");
                }
                last = refs.end();
                String ref = refs.group();
                String r = ref.replaceAll("^第\\s*", "").replaceAll("\\s*(?:の\\s*)?項(\\s*の\\s*[0-9]+)?$", "$1").strip();
                String[] range = r.split(RANGE, 2);
                if (range.length == 2) {
                    String from = canonical(range[0].replaceAll("^第\\s*", ""), ref);
                    String to = canonical(range[1].replaceAll("^第\\s*", "").replaceAll("\\s*まで$", ""), ref);
                    if (from == null || to == null) {
                        continue;
                    }
                    if (from.contains("の") || to.contains("の") || Integer.parseInt(to) < Integer.parseInt(from)) {
                        unparsedFragment(ref, "範囲を展開できません");
                        continue;
                    }
                    for (int i = Integer.parseInt(from); i <= Integer.parseInt(to); i++) {
                        found.add(Integer.toString(i));
                    }
                } else {
                    String c = canonical(r, ref);
                    if (c != null) {
                        found.add(c);
                    }
                }
            }
            String tail = body.substring(last);
            if (!tail.isBlank() && !tail.matches(SEP)) {
                unparsedFragment(tail, "項の並びとして読めません");
            }
            items(found, m.group(), m.end());
        }

        void items(List<String> rawItems, String fragment, int end) {
            if (table == null || table.table == null) {
                unparsedFragment(fragment, "どの別表の項か特定できません");
                return;
            }
            for (String raw : rawItems) {
                String item = raw.matches("[0-9]+(の[0-9]+)*") ? raw : canonical(raw, fragment);
                if (item != null) {
                    emitTableItem(table, item, fragment.strip());
                }
            }
            table.itemsEmitted = true;
            table.end = end;
        }

        void flushAll(int pos) {
            flushChain(pos);
            flushTable(pos);
        }

        void flushChain(int pos) {
            if (chain != null) {
                Chain c = chain;
                chain = null;
                emitChain(c, pos);
            }
        }

        void flushTable(int pos) {
            if (table != null) {
                TableCtx t = table;
                table = null;
                if (!t.itemsEmitted) {
                    emitTableItem(t, null, text.substring(t.start, Math.min(text.length(), Math.max(t.end, t.start))).strip());
                }
            }
        }

        // ---- emission ----

        void emitChain(Chain c, int pos) {
            String fragment = text.substring(c.start, Math.max(c.end, c.start)).strip();
            int lookEnd = Math.min(text.length(), Math.max(pos, c.end) + 80);
            Matcher next19 = NEXT_19.matcher(text).region(Math.min(c.end, lookEnd), lookEnd);
            String window = text.substring(c.start, next19.find() ? next19.start() : lookEnd);
            if ("番号法".equals(c.law) && "19".equals(c.article) && c.gou == null && c.gouList != null) {
                for (String g : c.gouList) {
                    Chain one = newChain(c.law, c.article, c.start, c.end);
                    one.gou = g;
                    emitChain(one, pos);
                }
                return;
            }
            String item = c.gou != null ? c.gou : (c.gouList == null ? null : String.join("、", c.gouList));
            String keyItem = c.gou; // a 号 list is kept in the item field, the key stays at article level
            switch (c.law) {
                case "番号法" -> emitBango(c, item, fragment, window);
                case "条例" -> {
                    String body = c.ordinanceBody;
                    if (body == null) {
                        body = "不明";
                        warnings.add("「" + fragment + "」: 条例の団体が分からないため「不明」としました(municipality を指定してください)。");
                    }
                    String key = "条例/" + body + (c.ordinanceName == null ? "" : "/" + c.ordinanceName)
                            + path(c.article, c.paragraph, keyItem);
                    BasisKind kind = c.ordinanceName == null
                            ? (lastBangoKind == null ? BasisKind.USE : lastBangoKind) : BasisKind.OTHER;
                    add(new LegalBasisRef(key, "条例", c.article, c.paragraph, item, null, null, kind,
                            new FormEra(fragment, null, null, null, "条例の改正履歴は扱っていません"), body, fragment));
                }
                case "住基法" -> add(new LegalBasisRef("住基法" + path(c.article, c.paragraph, keyItem), "住基法",
                        c.article, c.paragraph, item, null, null,
                        c.article.startsWith("30の") ? BasisKind.PROVIDE : BasisKind.OTHER,
                        new FormEra(fragment, null, null, null, "時期による読み替えなし"), null, fragment));
                case "別表第一主務省令", "別表第二主務省令" -> {
                    boolean first = c.law.startsWith("別表第一");
                    BasisKind kind = first ? BasisKind.USE : (c.hint == BasisKind.INQUIRE ? BasisKind.INQUIRE : BasisKind.PROVIDE);
                    add(new LegalBasisRef(c.law + path(c.article, c.paragraph, keyItem), c.law, c.article, c.paragraph,
                            item, null, null, kind,
                            new FormEra(c.law.replace("主務省令", "の主務省令") + "第" + c.article + "条", "A/B/C",
                                    LawEras.IN_FORCE, LawEras.ERA_C_UNTIL,
                                    "別表第一/第二の主務省令は2024-05-27の改正で置き換えられた [U LAW-NOTES §3]"),
                            null, fragment));
                }
                case "第19条第8号主務省令" -> add(new LegalBasisRef(c.law + path(c.article, c.paragraph, keyItem), c.law,
                        c.article, c.paragraph, item, null, null,
                        c.hint == BasisKind.INQUIRE ? BasisKind.INQUIRE : BasisKind.PROVIDE,
                        new FormEra("第19条第8号に基づく主務省令第" + c.article + "条", "D", LawEras.ERA_D_FROM, null,
                                "令和5年法律第48号 施行 2024-05-27 [V S8]"), null, fragment));
                case "主務省令" -> {
                    warnings.add("「" + fragment + "」: どの主務省令か書かれていません。");
                    add(new LegalBasisRef("主務省令" + path(c.article, c.paragraph, keyItem), "主務省令", c.article,
                            c.paragraph, item, null, null, BasisKind.OTHER,
                            new FormEra(fragment, null, null, null, "命令が特定できません"), null, fragment));
                }
                default -> add(new LegalBasisRef(c.law + path(c.article, c.paragraph, keyItem), c.law, c.article,
                        c.paragraph, item, null, null, BasisKind.OTHER,
                        new FormEra(fragment, null, null, null, "番号法以外の法令: 時期による読み替えなし"), null, fragment));
            }
        }

        void emitBango(Chain c, String item, String fragment, String window) {
            if (!"19".equals(c.article) || c.gou == null) {
                BasisKind kind = switch (c.article) {
                    case "9" -> BasisKind.USE;
                    case "19" -> BasisKind.PROVIDE;
                    case "14" -> BasisKind.INQUIRE;
                    default -> BasisKind.OTHER;
                };
                FormEra era = "9".equals(c.article) && "2".equals(c.paragraph)
                        ? new FormEra("第9条第2項", null, LawEras.IN_FORCE, null, "条例による利用: 各時期共通 [V S1, S7]")
                        : new FormEra(fragment, null, null, null, "時期による読み替えなし");
                String key = "番号法/" + c.article + (c.paragraph == null ? "" : "/" + c.paragraph)
                        + (item == null ? "" : (c.paragraph == null && !"19".equals(c.article) ? "/_" : "") + "/" + item);
                add(new LegalBasisRef(key, "番号法", c.article, c.paragraph, item, null, null, kind, era, null, fragment));
                lastBangoKind = kind;
                return;
            }
            int written = Integer.parseInt(c.gou);
            Reading reading = Article19Items.read(written, asOf, hintFrom(window));
            if (reading.warning() != null) {
                warnings.add(reading.warning());
            }
            BasisKind kind;
            String key;
            String canonicalItem;
            if (reading.subject() == null) {
                key = "番号法/19/" + written + "?";
                canonicalItem = null;
                kind = BasisKind.PROVIDE;
            } else {
                canonicalItem = reading.canonicalItem();
                key = "番号法/19/" + canonicalItem;
                kind = kindOf19(canonicalItem, c.hint);
            }
            FormEra era = eraOf19(written, reading.eras(), null);
            add(new LegalBasisRef(key, "番号法", "19", null, canonicalItem == null ? c.gou : canonicalItem, null, null,
                    kind, era, null, fragment));
            lastBangoKind = kind;
        }

        BasisKind kindOf19(String canonicalItem, BasisKind hint) {
            if ("5".equals(canonicalItem)) {
                return BasisKind.ENTRUST;
            }
            if (("8".equals(canonicalItem) || "9".equals(canonicalItem)) && hint == BasisKind.INQUIRE) {
                return BasisKind.INQUIRE;
            }
            return BasisKind.PROVIDE;
        }

        ContextHint hintFrom(String window) {
            if (window.matches("(?s).*(別\\s*表\\s*(第\\s*)?(二|2)|主務省令|情報提供ネットワーク|情報連携).*")) {
                return ContextHint.NETWORK;
            }
            if (window.matches("(?s).*(条例|他の機関|庁内).*")) {
                return ContextHint.ORDINANCE;
            }
            return ContextHint.NONE;
        }

        FormEra eraOf19(int written, Set<Era> eras, String tableForm) {
            LocalDate from = null;
            LocalDate to = null;
            boolean open = false;
            for (Era e : eras) {
                LocalDate s = LawEras.earliestStart(e);
                LocalDate t = LawEras.latestEnd(e);
                from = from == null || s.isBefore(from) ? s : from;
                if (t == null) {
                    open = true;
                } else {
                    to = to == null || t.isAfter(to) ? t : to;
                }
            }
            String form = "第19条第" + written + "号" + (tableForm == null ? "" : "+" + tableForm);
            return new FormEra(form, LawEras.label(eras), from, open ? null : to,
                    "第19条の号番号の時期 (LAW-NOTES §2: S1, S2, S5, S6, S7); 境界日は確認できた範囲の最も広い値");
        }

        void emitTableItem(TableCtx t, String item, String fragment) {
            if (t.table == null) {
                // 「第19条第8号に基づく主務省令」 with no article or table: the network provision as a whole
                add(new LegalBasisRef("番号法/19/8", "番号法", "19", null, "8", null, null,
                        t.hint == BasisKind.INQUIRE ? BasisKind.INQUIRE : BasisKind.PROVIDE,
                        new FormEra(t.written, "D", LawEras.ERA_D_FROM, null, "令和5年法律第48号 施行 2024-05-27 [V S8]"),
                        null, fragment));
                return;
            }
            if (t.chain != null && "条例".equals(t.chain.law)) {
                Chain c = t.chain;
                String body = c.ordinanceBody == null ? "不明" : c.ordinanceBody;
                String key = "条例/" + body + (c.ordinanceName == null ? "" : "/" + c.ordinanceName)
                        + path(c.article, c.paragraph, c.gou) + "/" + t.table + (item == null ? "" : "/" + item);
                add(new LegalBasisRef(key, "条例", c.article, c.paragraph, c.gou, t.table, item, BasisKind.USE,
                        new FormEra(t.written, null, null, null, "条例の改正履歴は扱っていません"), body, fragment));
                return;
            }
            BasisKind refHint = item == null ? t.hint : hint;
            BasisKind networkKind = refHint == BasisKind.INQUIRE ? BasisKind.INQUIRE : BasisKind.PROVIDE;
            switch (t.table) {
                case "別表1" -> add(new LegalBasisRef(key("番号法/9/1/別表1", item), "番号法", "9", "1", null, "別表1", item,
                        BasisKind.USE, new FormEra(writtenOr(t, "第9条第1項+別表第一"), "A/B/C", LawEras.IN_FORCE,
                                LawEras.ERA_C_UNTIL, "別表第一は2024-05-27の改正で「別表」になり項番号も付け直された"
                                + " [V S8, S9; 付け直しは評価書の変更箇所による]"), null, fragment));
                case "別表" -> emitRenumbered(t, item, fragment, "別表", "別表1", "番号法/9/1", "9", "1", BasisKind.USE);
                case "別表2" -> {
                    String written19 = t.chain == null || t.chain.gou == null ? null : t.chain.gou;
                    FormEra era;
                    if (written19 != null && t.written != null && t.written.matches("別\\s*表")) {
                        era = new FormEra("第19条第" + written19 + "号+別表", "C/D", LawEras.earliestStart(Era.C), null,
                                "番号のない「別表」: 2024年改正後に主務省令の表を指す書き方と見られる [U LAW-NOTES §3]");
                    } else if ("7".equals(written19)) {
                        era = new FormEra("第19条第7号+別表第二", "A/B", LawEras.IN_FORCE,
                                LawEras.latestEnd(Era.B), "第19条第7号が情報提供ネットワークシステムの号だった時期 [V S1, S2]");
                    } else if ("8".equals(written19)) {
                        era = new FormEra("第19条第8号+別表第二", "C", LawEras.earliestStart(Era.C),
                                LawEras.ERA_C_UNTIL, "第19条第8号+別表第二の時期 [V S5]; 2024-05-27 別表第二削除 [V S8]");
                    } else {
                        era = new FormEra(writtenOr(t, "別表第二"), "A/B/C", LawEras.IN_FORCE, LawEras.ERA_C_UNTIL,
                                "別表第二は2024-05-27に削除 [V S8, S9]");
                    }
                    if (written19 != null && !"7".equals(written19) && !"8".equals(written19)) {
                        warnings.add("別表第二が第19条第" + written19 + "号とともに引用されています(通常は第7号/第8号)。");
                    }
                    add(new LegalBasisRef(key("番号法/19/8/別表2", item), "番号法", "19", null, "8", "別表2", item,
                            networkKind, era, null, fragment));
                    lastBangoKind = networkKind;
                }
                case "主務省令2表" -> {
                    emitRenumbered(t, item, fragment, "主務省令2表", "別表2", "番号法/19/8", "19", null, networkKind);
                    lastBangoKind = networkKind;
                }
                default -> unparsedFragment(fragment, "表を特定できません");
            }
        }

        void emitRenumbered(TableCtx t, String item, String fragment, String newTable, String oldTable,
                            String prefix, String article, String paragraph, BasisKind kind) {
            String writtenForm = "別表".equals(newTable) ? "第9条第1項+別表(2024年改正後)" : "第19条第8号に基づく主務省令第2条の表";
            String gou = "19".equals(article) ? "8" : null;
            if (item == null) {
                String key = "別表".equals(newTable) ? prefix + "/別表" : prefix;
                add(new LegalBasisRef(key, "番号法", article, paragraph, gou, newTable, null, kind,
                        new FormEra(writtenForm, "D", LawEras.ERA_D_FROM, null, "令和5年法律第48号 施行 2024-05-27 [V S8]"),
                        null, fragment));
                return;
            }
            Optional<RenumberingConcordance.Pair> pair = concordance.oldItemOf(newTable, item);
            if (pair.isPresent()) {
                add(new LegalBasisRef(prefix + "/" + oldTable + "/" + pair.get().oldItem(), "番号法", article, paragraph,
                        gou, oldTable, pair.get().oldItem(), kind,
                        new FormEra(writtenForm + " 第" + item + "項", "D", LawEras.ERA_D_FROM, null,
                                "改正後の第" + item + "項 = 改正前の" + ("別表1".equals(oldTable) ? "別表第一" : "別表第二")
                                + "第" + pair.get().oldItem() + "項 (" + pair.get().evidence() + ")"),
                        null, fragment));
                return;
            }
            warnings.add("「" + fragment + "」: 2024年改正後の" + ("別表".equals(newTable) ? "別表" : "主務省令第2条の表")
                    + "の第" + item + "項は改正前の項との対応が未確認のため、別のキーで記録しました。");
            add(new LegalBasisRef(prefix + "/" + newTable + "/" + item, "番号法", article, paragraph, gou, newTable, item,
                    kind, new FormEra(writtenForm + " 第" + item + "項", "D", LawEras.ERA_D_FROM, null,
                    "令和5年法律第48号 施行 2024-05-27 [V S8]; 改正前の項番号との対応は未確認"), null, fragment));
        }

        String writtenOr(TableCtx t, String fallback) {
            return t.written == null ? fallback : t.written;
        }

        String key(String prefix, String item) {
            return item == null ? prefix : prefix + "/" + item;
        }

        String path(String article, String paragraph, String item) {
            StringBuilder sb = new StringBuilder("/").append(article);
            if (paragraph != null) {
                sb.append('/').append(paragraph);
            }
            if (item != null) {
                if (paragraph == null) {
                    sb.append("/_");
                }
                sb.append('/').append(item);
            }
            return sb.toString();
        }

        void add(LegalBasisRef ref) {
            String k = ref.key() + "|" + ref.kind();
            if (refs.containsKey(k)) {
                return;
            }
            refs.put(k, ref);
            FormEra era = ref.era();
            if (asOf != null && era != null && (era.validFrom() != null || era.validTo() != null) && !era.covers(asOf)) {
                warnings.add("「" + era.writtenForm() + "」は " + (era.validFrom() == null ? "" : era.validFrom()) + "〜"
                        + (era.validTo() == null ? "" : era.validTo()) + " の法令の書き方です(文書日付 " + asOf + ")。");
            }
        }

        /** Canonical item text ("85の2") of a numeral chain, or null after reporting the fragment. */
        String canonical(String numerals, String fragment) {
            String[] parts = numerals.strip().split("\\s*の\\s*");
            List<String> out = new ArrayList<>();
            try {
                for (String p : parts) {
                    int v = JapaneseNumerals.parse(p.strip());
                    if (v <= 0) {
                        throw new NumberFormatException("zero");
                    }
                    out.add(Integer.toString(v));
                }
            } catch (NumberFormatException e) {
                unparsedFragment(fragment, "数字として読めません");
                return null;
            }
            return String.join("の", out);
        }
    }
}
