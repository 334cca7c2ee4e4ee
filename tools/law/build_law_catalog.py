#!/usr/bin/env python3
"""Builds src/main/resources/law/beppyo-catalog.json and renumbering-2024-concordance.json.

Inputs (read in place, never copied):
  LAW_DIR/bango_beppyo_2015_full.json   statute text of 別表第一/第二 as of late 2015 (see its meta)
  SEEDS_DIR/*.txt                        PIA documents, only to list which items they cite and to
                                         read the change records (変更箇所) that restate one
                                         提供先 first under 別表第二 and then under the 2024 主務省令

Rules: nothing is invented. Titles come only from the statute data; an item cited by a document
but absent from the data is written with known=false and no title. A concordance pair
(別表第二 item N == 主務省令第2条の表 item M) is kept only when the change record's before and
after 用途 both begin with the same words AND the before 用途 begins like the statute's 事務 of
item N, so the pair is evidenced by the document and checked against the statute.

Usage: python3 tools/law/build_law_catalog.py [LAW_DIR] [SEEDS_DIR]
"""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
LAW_DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "law")
SEEDS_DIR = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "..", "shared", "seeds")
OUT = os.path.join(ROOT, "src", "main", "resources", "law")

KANJI = {c: i for i, c in enumerate("〇一二三四五六七八九")}
UNITS = {"十": 10, "百": 100, "千": 1000}


def kanji_to_int(s):
    if all(c in KANJI for c in s):
        return int("".join(str(KANJI[c]) for c in s))
    total, pending = 0, None
    for c in s:
        if c in UNITS:
            total += (pending or 1) * UNITS[c]
            pending = None
        else:
            pending = KANJI[c]
    return total + (pending or 0)


def norm_text(s):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"[〇一二三四五六七八九十百千]+(?=[年条項号])", lambda m: str(kanji_to_int(m.group(0))), s)
    s = re.sub(r"\([^()]*\)", "", s)
    return re.sub(r"\s+", "", s)


def item_sort(no):
    return [int(p) for p in no.split("の")]


def short_org(s):
    # keep the head of a long 提供者 definition: drop parentheticals (they define terms)
    out, depth = [], 0
    for ch in s:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


# Statute wording is kept to short quotes: the catalog names each 事務 and 情報 in at most this many
# characters and points to the full text through "source".
QUOTE_LIMIT = 40
ARTICLE_CLAUSE = re.compile(r"^(.+?)第[〇一二三四五六七八九十百千]+条.*?の規定により.*?こととされた(.+)$")


def clipped(s, limit=QUOTE_LIMIT):
    return s if s is None or len(s) <= limit else s[:limit - 1] + "…"


def short_work(s):
    """A 事務 as '<what>（<law>）', the law dropped if that is too long, then clipped."""
    if s is None or len(s) <= QUOTE_LIMIT:
        return s
    m = ARTICLE_CLAUSE.match(s)
    if m:
        law, work = m.group(1), m.group(2)
    elif "による" in s:
        law, work = s.rsplit("による", 1)
    else:
        return clipped(s)
    with_law = f"{work}（{law}）"
    return with_law if len(with_law) <= QUOTE_LIMIT else clipped(work)


def main():
    data = json.load(open(os.path.join(LAW_DIR, "bango_beppyo_2015_full.json"), encoding="utf-8"))
    meta = data["meta"]
    commit = meta["source_commit"].split()[0]
    statute_src = {
        "repo": meta["source_repo"],
        "path": meta["source_path"],
        "commit": commit,
        "asOf": "2015-12 (in-force text of late 2015)",
        "via": "shared/law/bango_beppyo_2015_full.json",
    }
    entries = []
    b1 = {x["no"]: x for x in data["beppyo1"]}
    b2 = {x["no"]: x for x in data["beppyo2"]}
    for no in sorted(b1, key=item_sort):
        x = b1[no]
        entries.append({
            "key": f"番号法/9/1/別表1/{no}", "table": "別表1", "item": no, "known": True,
            "title": short_work(x["jimu_short"]), "actor": x["kikan"], "providers": [],
            "source": statute_src,
        })
    for no in sorted(b2, key=item_sort):
        x = b2[no]
        entries.append({
            "key": f"番号法/19/8/別表2/{no}", "table": "別表2", "item": no, "known": True,
            "title": short_work(x["jimu_short"]), "actor": x["shokaisha"],
            "providers": [{"provider": short_org(p["teikyosha"]), "information": clipped(p["joho_short"])}
                          for p in x["providers"]],
            "source": statute_src,
        })

    cited = {"別表1": {}, "別表2": {}, "別表": {}, "主務省令2表": {}}
    concord = {}
    for path in sorted(glob.glob(os.path.join(SEEDS_DIR, "*.txt"))):
        name = os.path.basename(path)
        text = unicodedata.normalize("NFKC", open(path, encoding="utf-8").read())
        flat = re.sub(r"\s*\n\s*", "", text)
        for m in re.finditer(r"別表第?(一|二|1|2)(?![0-9])(?:\(第|の| )?((?:\d+(?:の\d+)?(?:項)?[、,])*\d+(?:の\d+)?)(?:の)?項", flat):
            table = "別表1" if m.group(1) in ("一", "1") else "別表2"
            for no in re.split(r"[、,]", m.group(2)):
                cited[table].setdefault(no.replace("項", ""), name)
        for m in re.finditer(r"別表第二[\s\S]{0,400}?の項", flat):
            for no in re.findall(r"(?<![\d第条])(\d+(?:の\d+)?)(?=[、,]|の項)", m.group(0)):
                cited["別表2"].setdefault(no, name)
        for m in re.finditer(r"主務省令第2条の表(?:(?!別表第二)[\s\S]){0,200}?\(((?:\d+(?:の\d+)?[、,])*\d+(?:の\d+)?)の項\)", flat):
            for no in re.split(r"[、,]", m.group(1)):
                cited["主務省令2表"].setdefault(no, name)
        for m in re.finditer(r"主務省令第2条の表\(第(\d+(?:の\d+)?)項\)", flat):
            cited["主務省令2表"].setdefault(m.group(1), name)
        for m in re.finditer(r"第9条第1項 ?別表第(\d+)の項", flat):
            cited["別表"].setdefault(m.group(1), name)
        # change records: a 移転先 restated from 別表第一 (before) to the 2024 別表 (after); the
        # statutes of the 事務 listed after the citation must be the same on both sides
        for m in re.finditer(r"別表第一の(\d+)項、番号法別表第1主務省令第[0-9の条第、号項]+?[条号]、(.{0,30})", flat):
            m2 = re.search(r"番号法第9条第1項 ?別表第(\d+)の項、(.{0,30})", flat[m.end():m.end() + 400])
            if not m2:
                continue
            old, new = m.group(1), m2.group(1)
            law_before = re.match(r"(.*?法)", m.group(2))
            law_after = re.match(r"(.*?法)", m2.group(2))
            statute = b1.get(old)
            if not (statute and law_before and law_after and law_before.group(1) == law_after.group(1)):
                continue
            if law_before.group(1)[:5] not in norm_text(statute["jimu_short"]):
                continue
            concord.setdefault(("別表", new), {
                "newTable": "別表", "newItem": new, "oldTable": "別表1", "oldItem": old,
                "evidence": "変更箇所で同一移転先の根拠が 別表第一の%s項 から 別表第%sの項 に改められ、"
                            "変更前後で列挙された事務の根拠法(%s)が一致し、別表第一 第%s項の事務にも現れる"
                            % (old, new, law_before.group(1), old),
                "source": {"document": name},
            })
        # change records: a 提供先 restated from 別表第二 (before) to the 2024 order (after). PDF extraction
        # does not keep a change row's before and after side by side, so an old item and a new item are
        # paired by what the document says each is for: the same 用途 (asides and the 2024 wording
        # 「番号法第19条第8号に基づく」 dropped), found once on each side; where the 2015 statute data
        # has the old item, its 事務 must open the same way too. Nothing is paired on its number.
        compact = re.sub(r"\s+", "", text)
        purpose = r"2?提供先における用途(.{1,160}?)(?=\d?(?:法令上の根拠|提供する情報)|事前|事後|提供先\d)"
        before_cells = re.findall(r"法令上の根拠番号法第19条第8号別表第二\(第(\d+(?:の\d+)?)項\)" + purpose, compact)
        after_cells = re.findall(r"法令上の根拠番号法第19条第8号に基づく主務省令第2条の表\(第(\d+(?:の\d+)?)項\)" + purpose, compact)

        def use_of(u):
            u = norm_text(u).replace("番号法第19条第8号に基づく", "")
            return u.split("であって")[0]

        def common(a, b):
            n = 0
            while n < min(len(a), len(b)) and a[n] == b[n]:
                n += 1
            return n

        olds, news = {}, {}
        for no, u in before_cells:
            olds.setdefault(no, use_of(u))
        for no, u in after_cells:
            news.setdefault(no, use_of(u))
        # mutual best match on the 用途's opening, at least 20 characters, with no tie on either side
        for old, u_old in olds.items():
            scores = sorted(((common(u_old, u_new), new) for new, u_new in news.items()), reverse=True)
            if not scores or scores[0][0] < 20 or (len(scores) > 1 and scores[1][0] == scores[0][0]):
                continue
            best, new = scores[0]
            rivals = [common(u, news[new]) for o, u in olds.items() if o != old]
            if rivals and max(rivals) >= best:
                continue
            statute = b2.get(old)
            if statute is not None and common(norm_text(statute["jimu_short"]).split("であって")[0], u_old) < 20:
                continue
            line = text.count("\n", 0, text.find("主務省令第2条の表(第%s項)" % new)) + 1
            concord.setdefault(("主務省令2表", new), {
                "newTable": "主務省令2表", "newItem": new, "oldTable": "別表2", "oldItem": old,
                "evidence": "変更箇所の変更前の 別表第二(第%s項) と、同じ文書の変更後・本文の 主務省令第2条の表(第%s項) が"
                            "同じ用途(書き出し%d字が一致し、ほかのどの項とも同じ長さでは一致しない)で書かれている"
                            % (old, new, best)
                            + ("(別表第二 第%s項の事務とも一致)" % old if statute is not None
                               else "(別表第二 第%s項は2015年の法令データにないため事務の照合なし)" % old),
                "source": {"document": name, "line": line},
            })

    known = {"別表1": set(b1), "別表2": set(b2)}
    not_found = []
    for table in ("別表1", "別表2"):
        for no, doc in sorted(cited[table].items(), key=lambda kv: item_sort(kv[0])):
            if no not in known[table]:
                art = "9/1" if table == "別表1" else "19/8"
                not_found.append({
                    "key": f"番号法/{art}/{table}/{no}", "table": table, "item": no, "known": False,
                    "title": None, "actor": None, "providers": [],
                    "source": {"citedBy": doc, "note": "2015年の法令データにない項(後の改正で追加)。名称の出典なし"},
                })
    for no, doc in sorted(cited["別表"].items(), key=lambda kv: item_sort(kv[0])):
        if ("別表", no) in concord:
            continue
        not_found.append({
            "key": f"番号法/9/1/別表/{no}", "table": "別表", "item": no, "known": False,
            "title": None, "actor": None, "providers": [],
            "source": {"citedBy": doc, "note": "2024年改正後の番号法別表の項。本文データ未取得、旧別表第一との対応も未確認"},
        })
    for no, doc in sorted(cited["主務省令2表"].items(), key=lambda kv: item_sort(kv[0])):
        if ("主務省令2表", no) in concord:
            continue
        not_found.append({
            "key": f"番号法/19/8/主務省令2表/{no}", "table": "主務省令2表", "item": no, "known": False,
            "title": None, "actor": None, "providers": [],
            "source": {"citedBy": doc, "note": "2024年の主務省令第2条の表の項。本文データ未取得、旧別表第二との対応も未確認"},
        })
    entries.extend(not_found)

    os.makedirs(OUT, exist_ok=True)
    catalog = {
        "meta": {
            "description": "番号法 別表第一/別表第二 の項と、評価書が引用する 2024年改正後の番号法別表・主務省令第2条の表 の項",
            "law": meta["law"],
            "statuteSource": statute_src,
            "licence": meta["licence"],
            "caveats": meta["caveats"] + [
                f"Here title and information are short forms of at most {QUOTE_LIMIT} characters (the 事務 first, "
                "its law in parentheses when it fits, else clipped with …); the full wording is at the source."],
            "generator": "tools/law/build_law_catalog.py",
        },
        "entries": entries,
    }
    with open(os.path.join(OUT, "beppyo-catalog.json"), "w", encoding="utf-8") as f:
        json.dump(catalog, f, ensure_ascii=False, indent=1)
        f.write("\n")
    conc = {
        "meta": {
            "description": "2024年改正後の項番号 → 改正前の項番号 (証拠のある組のみ)。"
                           "主務省令2表 = 番号法第19条第8号に基づく主務省令第2条の表 (旧 別表2 = 別表第二)、"
                           "別表 = 番号法第9条第1項の別表 (旧 別表1 = 別表第一)",
            "note": "2024年5月27日の改正で項番号が付け直されている(例: 地方税 別表第二27 ↔ 主務省令表48、"
                    "別表第一16 ↔ 別表24)。ここにない項は対応不明として別キーで扱う。",
            "generator": "tools/law/build_law_catalog.py",
        },
        "pairs": sorted(concord.values(), key=lambda p: (p["newTable"], item_sort(p["newItem"]))),
    }
    with open(os.path.join(OUT, "renumbering-2024-concordance.json"), "w", encoding="utf-8") as f:
        json.dump(conc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("entries", len(entries), "unknown", len(not_found), "concordance", len(concord))


if __name__ == "__main__":
    main()
