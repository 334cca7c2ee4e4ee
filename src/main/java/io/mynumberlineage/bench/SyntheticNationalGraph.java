package io.mynumberlineage.bench;

import io.mynumberlineage.manifest.AcquisitionRecord;
import io.mynumberlineage.manifest.DocumentInfo;
import io.mynumberlineage.manifest.EntrustmentRecord;
import io.mynumberlineage.manifest.FileRecord;
import io.mynumberlineage.manifest.FlowRecord;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.manifest.ParseReport;
import io.mynumberlineage.manifest.Provenance;
import io.mynumberlineage.manifest.SystemRecord;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.TreeSet;

/**
 * A deterministic synthetic national graph shaped like the seed documents: every municipality runs
 * the same set of 事務; each assessment names the municipality's 既存住基 / 住基ネット / 団体内統合宛名 /
 * 中間サーバー systems (with the spelling varying from document to document, as in real forms),
 * its files, 入手 from J-LIS, 本人 and the 住基 department, 提供 to the shared national hubs and
 * role recipients with 別表 items, 移転 to other departments of the same municipality, and 委託.
 *
 * <p>The same (seed, size) always gives the same manifests, byte for byte: every document draws
 * from its own {@link Random} seeded from (seed, municipality, process).
 */
public final class SyntheticNationalGraph implements Iterable<Manifest> {

    public static final int NATIONAL_MUNICIPALITIES = 1741;
    public static final int PROCESSES_PER_MUNICIPALITY = 30;

    /** 事務 and the department that runs each; the first is 住民基本台帳, the source of the others. */
    private static final String[][] PROCESSES = {
            {"住民基本台帳に関する事務", "市民部市民課", "既存住基システム"},
            {"個人住民税に関する事務", "財務部市民税課", "税務システム"},
            {"固定資産税に関する事務", "財務部資産税課", "税務システム"},
            {"軽自動車税に関する事務", "財務部市民税課", "税務システム"},
            {"国民健康保険に関する事務", "健康部保険年金課", "国民健康保険システム"},
            {"国民年金に関する事務", "健康部保険年金課", "国民年金システム"},
            {"後期高齢者医療に関する事務", "健康部保険年金課", "後期高齢者医療システム"},
            {"介護保険に関する事務", "福祉部介護保険課", "介護保険システム"},
            {"児童手当に関する事務", "こども部こども家庭課", "子育て支援システム"},
            {"児童扶養手当に関する事務", "こども部こども家庭課", "子育て支援システム"},
            {"子ども・子育て支援に関する事務", "こども部保育課", "子育て支援システム"},
            {"生活保護に関する事務", "福祉部生活福祉課", "生活保護システム"},
            {"障害者福祉に関する事務", "福祉部障害福祉課", "障害福祉システム"},
            {"予防接種に関する事務", "健康部健康づくり課", "健康管理システム"},
            {"健康増進に関する事務", "健康部健康づくり課", "健康管理システム"},
            {"就学援助に関する事務", "教育委員会事務局学務課", "学齢簿システム"},
            {"学齢簿に関する事務", "教育委員会事務局学務課", "学齢簿システム"},
            {"印鑑登録に関する事務", "市民部市民課", "既存住基システム"},
            {"戸籍の附票に関する事務", "市民部市民課", "戸籍附票システム"},
            {"個人番号カードに関する事務", "市民部マイナンバー推進課", "既存住基システム"},
            {"公営住宅に関する事務", "建設部住宅課", "住宅管理システム"},
            {"母子保健に関する事務", "健康部母子保健課", "健康管理システム"},
            {"特別児童扶養手当に関する事務", "こども部こども家庭課", "子育て支援システム"},
            {"精神保健福祉に関する事務", "福祉部障害福祉課", "障害福祉システム"},
            {"住居確保給付金に関する事務", "福祉部生活福祉課", "生活保護システム"},
            {"災害対策に関する事務", "危機管理課", "被災者支援システム"},
            {"選挙に関する事務", "選挙管理委員会事務局", "選挙システム"},
            {"収納管理に関する事務", "財務部納税課", "収納管理システム"},
            {"児童福祉に関する事務", "こども部子育て支援課", "子育て支援システム"},
            {"難病医療費助成に関する事務", "健康部健康づくり課", "健康管理システム"},
    };

    /** The spellings the forms use for the same four systems. */
    private static final String[][] SPELLINGS = {
            {"既存住民基本台帳システム", "既存住基システム", "住民記録システム"},
            {"住民基本台帳ネットワークシステム", "住基ネット", "市町村CS"},
            {"団体内統合宛名システム", "統合宛名システム", "団体内統合宛名システム(団体内統合利用番号連携サーバ)"},
            {"中間サーバー", "中間サーバ", "中間サーバー・プラットフォーム"},
    };

    private static final String[] NATIONAL_RECIPIENTS = {
            "地方公共団体情報システム機構", "日本年金機構", "国税庁", "厚生労働大臣", "全国健康保険協会", "J-LIS"};
    private static final String[] ROLE_RECIPIENTS = {
            "番号法第19条第8号別表第2に定める情報照会者", "他の市町村長", "都道府県知事", "番号法別表第二の情報照会者"};
    private static final String[] ITEMS = {"個人番号", "4情報", "住民票コード", "世帯情報", "所得情報", "資格情報"};

    private final String prefix;
    private final int municipalities;
    private final int processes;
    private final long seed;

    /**
     * @param prefix start of every municipality's name, so a generated graph never meets real names
     */
    public SyntheticNationalGraph(String prefix, int municipalities, int processes, long seed) {
        if (processes < 1 || processes > PROCESSES.length) {
            throw new IllegalArgumentException("processes must be 1.." + PROCESSES.length);
        }
        this.prefix = prefix;
        this.municipalities = municipalities;
        this.processes = processes;
        this.seed = seed;
    }

    public int municipalities() {
        return municipalities;
    }

    public int processes() {
        return processes;
    }

    public int documents() {
        return municipalities * processes;
    }

    public String municipality(int m) {
        return prefix + String.format("%04d", m + 1) + (m % 3 == 0 ? "町" : "市");
    }

    @Override
    public Iterator<Manifest> iterator() {
        return new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                return next < documents();
            }

            @Override
            public Manifest next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int index = next++;
                return manifest(index / processes, index % processes);
            }
        };
    }

    public Manifest manifest(int m, int p) {
        var random = new Random(seed * 1_000_003L + m * 97L + p);
        String municipality = municipality(m);
        String[] process = PROCESSES[p];
        String key = municipality + "/" + (p + 1) + "/" + process[0];
        String doc = "synthetic-" + m + "-" + p;

        List<SystemRecord> systems = new ArrayList<>();
        List<String> spelled = new ArrayList<>();
        for (String[] variants : SPELLINGS) {
            spelled.add(variants[random.nextInt(variants.length)]);
        }
        String business = process[2];
        systems.add(system("sys-1", p == 0 ? spelled.get(0) : business, List.of(spelled.get(2), "庁内連携システム"), doc, 10));
        systems.add(system("sys-2", spelled.get(1), List.of(spelled.get(0)), doc, 14));
        systems.add(system("sys-3", spelled.get(2), List.of(spelled.get(3)), doc, 18));
        systems.add(system("sys-4", spelled.get(3), List.of("情報提供ネットワークシステム"), doc, 22));
        systems.add(system("sys-5", "庁内連携システム", List.of(spelled.get(0), business), doc, 26));
        if (m % 3 == 0) {
            // A third of the municipalities have moved their 基幹業務 systems to the government cloud,
            // which their 保管場所 states (as real documents since 2024 do).
            for (int s = 0; s < 2; s++) {
                SystemRecord moved = systems.get(s);
                systems.set(s, new SystemRecord(moved.id(), moved.name(), moved.functions(), moved.connections(),
                        "ガバメントクラウド", moved.provenance(), provenance(doc, "III/7/保管場所", 300 + s), null));
            }
        }

        List<FileRecord> files = new ArrayList<>();
        List<String> fileNames = p == 0 ? List.of("住民基本台帳ファイル", "本人確認情報ファイル", "送付先情報ファイル")
                : List.of(process[0].replace("に関する事務", "") + "ファイル", process[0].replace("に関する事務", "") + "宛名ファイル");
        for (int f = 0; f < fileNames.size(); f++) {
            String system = p == 0 && f > 0 ? "sys-2" : "sys-1";
            files.add(new FileRecord("file-" + (f + 1), fileNames.get(f), List.of(system), "10万人以上30万人未満",
                    List.of(ITEMS[0], ITEMS[1], ITEMS[2 + random.nextInt(ITEMS.length - 2)]), "5年", null, null,
                    provenance(doc, "II/1", 40 + f)));
        }

        List<AcquisitionRecord> acquisitions = new ArrayList<>();
        for (FileRecord file : files) {
            acquisitions.add(new AcquisitionRecord(file.id(), "本人又は本人の代理人", List.of("紙"), provenance(doc, "II/3", 60)));
            acquisitions.add(new AcquisitionRecord(file.id(), "行政機関・独立行政法人等 (住基ネットを通じて機構から入手)",
                    List.of("住基ネット"), provenance(doc, "II/3", 61)));
            if (p > 0) {
                // 住民基本台帳 data reaches every other 事務 through the 庁内連携 from the 既存住基.
                acquisitions.add(new AcquisitionRecord(file.id(), "評価実施機関内の他部署 (" + PROCESSES[0][1] + ")",
                        List.of("庁内連携システム"), provenance(doc, "II/3", 62)));
                acquisitions.add(new AcquisitionRecord(file.id(), "その他 (既存住基システム)", List.of("庁内連携システム"),
                        provenance(doc, "II/3", 63)));
            } else if (file.id().equals("file-2")) {
                acquisitions.add(new AcquisitionRecord(file.id(), "その他 (既存住基システム)", List.of("その他"),
                        provenance(doc, "II/3", 63)));
            }
        }

        List<FlowRecord> flows = new ArrayList<>();
        int provisions = 8 + random.nextInt(12);
        for (int i = 0; i < provisions; i++) {
            FileRecord file = files.get(random.nextInt(files.size()));
            boolean role = random.nextInt(3) > 0;
            String recipient = role ? ROLE_RECIPIENTS[random.nextInt(ROLE_RECIPIENTS.length)]
                    : NATIONAL_RECIPIENTS[random.nextInt(NATIONAL_RECIPIENTS.length)];
            List<String> items = beppyoItems(random, role ? 3 + random.nextInt(25) : 1);
            flows.add(new FlowRecord("flow-p" + (i + 1), file.id(), "提供", i + 1, recipient,
                    List.of("番号法第19条第8号別表第2"), items, "別表第二に定める事務", List.of("特定個人情報ファイルの範囲と同様"),
                    List.of(random.nextInt(5) == 0 ? "専用線" : "情報提供ネットワークシステム"), "照会の都度", null,
                    provenance(doc, "II/5/提供先" + (i + 1), 100 + i)));
        }
        int transfers = 10 + random.nextInt(14);
        for (int i = 0; i < transfers; i++) {
            FileRecord file = files.get(random.nextInt(files.size()));
            String[] other = PROCESSES[random.nextInt(PROCESSES.length)];
            boolean eleven = random.nextBoolean();
            String citation = eleven
                    ? "番号法第19条第11号及び" + municipality + "番号利用条例第5条第1項"
                    : "番号法第9条第2項及び" + municipality + "番号利用条例第" + (3 + random.nextInt(4)) + "条第1項";
            flows.add(new FlowRecord("flow-t" + (i + 1), file.id(), "移転", i + 1, other[1], List.of(citation), List.of(),
                    other[0].replace("に関する事務", "") + "の事務", List.of(ITEMS[0], ITEMS[1]),
                    List.of(random.nextBoolean() ? "庁内連携システム" : "電子記録媒体"), "随時", null,
                    provenance(doc, "II/5/移転先" + (i + 1), 200 + i)));
        }
        List<EntrustmentRecord> entrustments = new ArrayList<>();
        int contractors = 1 + random.nextInt(3);
        for (int i = 0; i < contractors; i++) {
            entrustments.add(new EntrustmentRecord("entrust-" + (i + 1), files.get(0).id(), "システムの保守・運用",
                    "合成システム株式会社 第" + (1 + (m + i) % 40) + "支店", random.nextBoolean() ? "再委託する" : "再委託しない",
                    null, provenance(doc, "II/4/委託事項" + (i + 1), 80 + i)));
        }
        String published = String.format("20%02d-%02d-%02d", 20 + random.nextInt(5), 1 + random.nextInt(12),
                1 + random.nextInt(28));
        var info = new DocumentInfo(doc + ".txt", sha(m, p), "UTF-8", key, municipality, municipality + "長",
                municipality + " " + process[0] + " 全項目評価書", String.valueOf(p + 1), "全項目", "様式4", process[0],
                published, null, List.of(process[1]), provenance(doc, "表紙", 1));
        return new Manifest(Manifest.SCHEMA_VERSION, info, systems, files, acquisitions, List.of(), flows, entrustments,
                List.of(), List.of(), List.of(), List.of(), List.of(), new ParseReport(Map.of(), List.of()));
    }

    private String sha(int m, int p) {
        return String.format("%016x%016x%016x%016x", seed, m, p, (seed ^ (m * 31L + p)) * 0x9E3779B97F4A7C15L);
    }

    private static List<String> beppyoItems(Random random, int count) {
        var items = new TreeSet<Integer>();
        while (items.size() < count) {
            items.add(1 + random.nextInt(120));
        }
        return items.stream().map(String::valueOf).toList();
    }

    private static SystemRecord system(String id, String name, List<String> connections, String doc, int line) {
        return new SystemRecord(id, name, List.of(), connections, null, provenance(doc, "I/2", line));
    }

    private static Provenance provenance(String doc, String section, int line) {
        return new Provenance(doc, section, line, null);
    }
}
