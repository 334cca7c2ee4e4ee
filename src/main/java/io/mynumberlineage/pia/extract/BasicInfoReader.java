package io.mynumberlineage.pia.extract;

import io.mynumberlineage.manifest.CitationRecord;
import io.mynumberlineage.manifest.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section I (基本情報, or 関連情報 in the 基礎 form): 事務の名称, the systems with their functions and
 * connections, file names, the 利用 and 情報連携 bases, department and 所属長.
 */
final class BasicInfoReader implements PartReader {

    private static final Pattern NUMBERED_FUNCTION = Pattern.compile("(?:^|\\s)(?:\\d{1,2}\\s*[.．]?\\s+|[\\u2460-\\u2473]|・)");
    private static final String USE = "個人番号の利用";
    private static final String LINK = "情報提供ネットワークシステムによる情報連携";

    private final FormState state;
    String processName;
    String departmentHead;
    private Integer pendingSystemOrdinal;
    /** 法令上の根拠 cells, split into citations once the issuer and date are known. */
    private final List<Basis> bases = new ArrayList<>();

    private record Basis(String text, String kind, Provenance provenance) {
    }

    BasicInfoReader(FormState state) {
        this.state = state;
    }

    @Override
    public void read(FormBlock b) {
        String subKey = state.position.subKey();
        if (b.kind == FormBlock.Kind.NUMBERED) {
            if (subKey.equals("特定個人情報ファイル名")) {
                List<String> names = FileDrafts.names(b.text());
                for (String n : names) {
                    state.files.byName(n, state.provenance(b, n));
                }
                if (names.isEmpty()) {
                    state.structural(b);
                } else {
                    state.place(b);
                }
                return;
            }
            state.emptyOrUnparsed(b);
            return;
        }
        if (b.kind == FormBlock.Kind.ANCHOR && b.label.startsWith("システム")) {
            pendingSystemOrdinal = Integer.valueOf(b.label.substring("システム".length()));
            if (b.text().isEmpty()) {
                state.structural(b);
            } else {
                state.unparsed(b, "システム見出しに続く記載");
            }
            return;
        }
        String key = b.key;
        if (key.equals("事務の名称")) {
            processName = b.flat();
            state.placeDocument(b);
        } else if (key.equals("システムの名称")) {
            systemName(b);
        } else if (key.equals("システムの機能") && !state.systems.isEmpty()) {
            lastSystem().functions.addAll(functions(b.text()));
            state.place(b);
        } else if (key.equals("他のシステムとの接続") && !state.systems.isEmpty()) {
            lastSystem().connections.addAll(FieldValues.ticked(b.text().replace('\n', ' ')));
            state.place(b);
        } else if (key.equals("法令上の根拠") && (subKey.equals(USE) || subKey.equals(LINK))) {
            bases.add(new Basis(b.text(), subKey.equals(USE) ? LegalBasisCitations.USE : LegalBasisCitations.LINK,
                    state.provenance(b, b.flat())));
            state.place(b);
        } else if (key.equals("実施の有無") && subKey.equals(LINK)) {
            state.place(b);
        } else if (key.equals("所属長") || key.equals("所属長の役職名")) {
            String title = DepartmentHeads.title(b.text());
            if (title != null) {
                departmentHead = title;
                state.placeDocument(b);
            } else {
                state.warn(b.path, "所属長の役職名を読み取れません (氏名は取り込みません)");
                state.structural(b);
            }
        } else if (key.equals("部署") || key.equals("事務担当部署")) {
            state.departments.add(b.flat().replaceFirst("\\s*\\(\\s*\\)$", ""));
            state.placeDocument(b);
        } else {
            state.noSuchField(b);
        }
    }

    private void systemName(FormBlock b) {
        int ordinal = pendingSystemOrdinal != null ? pendingSystemOrdinal : state.systems.size() + 1;
        pendingSystemOrdinal = null;
        List<String> listed = NameLists.split(b.text());
        if (listed.size() > 1) {
            // 基礎項目評価書: one cell lists every system of the 事務.
            for (String n : listed) {
                state.systems.add(new SystemDraft(state.systems.size() + 1, n, state.provenance(b, n)));
            }
            state.place(b);
            return;
        }
        String name = b.flat();
        int note = name.indexOf(" ※");
        if (note > 0) {
            // A remark printed after the name belongs to no field of the system record.
            String remark = name.substring(note + 1);
            state.ledger.setAside(remark, "システム名の注記", state.provenance(b, remark));
            name = name.substring(0, note).trim();
        }
        state.systems.add(new SystemDraft(ordinal, name, state.provenance(b, name)));
        state.place(b);
    }

    private SystemDraft lastSystem() {
        return state.systems.get(state.systems.size() - 1);
    }

    /** A system's functions: one per numbered or bulleted item, else the whole text. */
    static List<String> functions(String text) {
        List<String> out = new ArrayList<>();
        String flat = text.replace('\n', ' ');
        Matcher m = NUMBERED_FUNCTION.matcher(flat);
        List<Integer> starts = new ArrayList<>();
        int firstMarker = -1;
        while (m.find()) {
            firstMarker = firstMarker < 0 ? m.start() : firstMarker;
            starts.add(m.end());
        }
        if (starts.size() < 2) {
            out.add(FieldValues.clip(flat.trim(), 200));
            return out;
        }
        if (firstMarker > 0) {
            // Text before the first item marker (a lead-in sentence) is a function of its own.
            String head = flat.substring(0, firstMarker).trim();
            if (!head.isEmpty()) {
                out.add(FieldValues.clip(head, 200));
            }
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : flat.length();
            String seg = flat.substring(starts.get(i), end).replaceFirst("\\s*(?:\\d{1,2}\\s*[.．]?|[\\u2460-\\u2473]|・)?\\s*$", "").trim();
            if (!seg.isEmpty()) {
                out.add(FieldValues.clip(seg, 200));
            }
        }
        return out;
    }

    /** Fills what the line-by-line reading left empty, or read with the wrong shape, from the label reading. */
    void complete(FormFacts facts) {
        if (processName != null) {
            // 「1 住民基本台帳事務」: the item number of a list is not part of the name.
            processName = processName.replaceFirst("^(?:\\(\\s*\\d{1,2}\\s*\\)|\\d{1,2}\\s*[.．)]?)\\s+(?=\\S)", "");
        }
        if (facts.processName() != null && !validProcessName(processName)) {
            processName = facts.processName();
        } else if (processName != null && !validProcessName(processName)) {
            state.warn("I/1", "事務の名称として読めない値を捨てました: " + FieldValues.clip(processName, 20));
            processName = null;
        }
        if (state.systems.isEmpty()) {
            for (FormFacts.Named n : facts.systems()) {
                state.systems.add(new SystemDraft(state.systems.size() + 1, n.value(), n.provenance()));
            }
        }
        if (bases.isEmpty()) {
            if (facts.useBasis() != null) {
                bases.add(new Basis(facts.useBasis().value(), LegalBasisCitations.USE, facts.useBasis().provenance()));
            }
            if (facts.linkBasis() != null) {
                bases.add(new Basis(facts.linkBasis().value(), LegalBasisCitations.LINK, facts.linkBasis().provenance()));
            }
        }
        if (state.departments.isEmpty() && facts.department() != null) {
            state.departments.add(facts.department());
        }
        if (departmentHead == null) {
            departmentHead = facts.departmentHead();
        }
    }

    private static boolean validProcessName(String name) {
        if (name == null) {
            return false;
        }
        String s = name.strip();
        return !s.isEmpty() && s.codePointCount(0, s.length()) <= 60 && !s.contains("。")
                && s.matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}A-Za-z].*")
                && !s.matches("^[(（「【\\[].{0,3}$") && !FormVocabulary.isPlainLabel(s);
    }

    /** The 利用 and 情報連携 bases split into citations, keyed for the issuer and the document's date. */
    List<CitationRecord> legalBases(String municipality, String publishedOn) {
        List<CitationRecord> out = new ArrayList<>();
        Consumer<String> w = m -> state.warn("I/法令上の根拠", m);
        for (Basis basis : bases) {
            out.addAll(LegalBasisCitations.split(basis.text(), basis.kind(), municipality, publishedOn, basis.provenance(), w));
        }
        return out;
    }
}
