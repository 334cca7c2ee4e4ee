package io.mynumberlineage.demo;

import io.mynumberlineage.manifest.AcquisitionRecord;
import io.mynumberlineage.manifest.BasisHint;
import io.mynumberlineage.manifest.ChangeRecord;
import io.mynumberlineage.manifest.CitationRecord;
import io.mynumberlineage.manifest.DocumentInfo;
import io.mynumberlineage.manifest.EntrustmentRecord;
import io.mynumberlineage.manifest.FileRecord;
import io.mynumberlineage.manifest.FlowRecord;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.manifest.ParseReport;
import io.mynumberlineage.manifest.Provenance;
import io.mynumberlineage.manifest.RiskMeasureRecord;
import io.mynumberlineage.manifest.SystemRecord;
import io.mynumberlineage.manifest.TextRecord;
import io.mynumberlineage.manifest.UnparsedRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns the manifest of a published 評価書 into demo data that may ship in the jar: its facts (names,
 * counts, citations, keys, section paths, line numbers, dates, ratings) stay, the document's own
 * sentences do not. Every provenance quote is dropped, and each free-text field (risk measures,
 * purposes, functions, contacts, change rows, unplaced lines …) keeps its value only when it is a short
 * cell value such as 「随時」 or 「再委託しない」; a longer one becomes {@link #OMITTED}, which says that the
 * document states something there without repeating it. The source document itself, where present,
 * gives the full text (see {@link DemoDataLoader}).
 */
public final class DemoManifests {

    /** Stands for a free text the document states but the demo data does not carry. */
    public static final String OMITTED = "（デモデータでは本文を省略。評価書の該当行を参照）";

    /** Longest free-text value kept: a cell value, not a sentence. */
    static final int SHORT_VALUE = 20;

    /** Longest name or label kept whole, the length of a provenance quote. */
    static final int LONGEST_NAME = Provenance.MAX_QUOTE;

    private static final String BANGO_FULL = "行政手続における特定の個人を識別するための番号の利用等に関する";
    /** 「（以下「番号法」という。）」, 「（平成25年5月31日法律第27号）」, 「（指定及び通知）」: asides no citation key depends on. */
    private static final Pattern ASIDE = Pattern.compile(
            "[(（](?:以下[^()（）]{0,40}という。?|(?:昭和|平成|令和)[^()（）]{0,40}|[^()（）0-9０-９第条項号表]{1,40})[)）]");
    /**
     * Long titles of laws in their usual short forms; the citation parser reads both alike. In this
     * order: the 省令's title names the 番号法, which is shortened first.
     */
    private static final List<Map.Entry<Pattern, String>> SHORT_TITLES = List.of(
            Map.entry(Pattern.compile(BANGO_FULL + "法律"), "番号法"),
            Map.entry(Pattern.compile(BANGO_FULL + "条例"), "番号条例"),
            Map.entry(Pattern.compile("番号法の規定による個人番号通知書[^第()（）]{0,80}?に関する省令"), "通知カード・個人番号カード省令"));

    public static Manifest derive(Manifest m) {
        return new DemoManifests(true).rewrite(m);
    }

    /**
     * Only the names and labels shortened as in {@link #derive}, the text kept: what {@link #derive}
     * must draw the same graph as, which a test checks.
     */
    public static Manifest namesShortened(Manifest m) {
        return new DemoManifests(false).rewrite(m);
    }

    private final boolean dropText;

    private DemoManifests(boolean dropText) {
        this.dropText = dropText;
    }

    private Manifest rewrite(Manifest m) {
        return new Manifest(m.schemaVersion(), document(m.document()),
                map(m.systems(), s -> new SystemRecord(s.id(), name(s.name()), map(s.functions(), this::prose),
                        map(s.connections(), DemoManifests::name), name(s.hosting()), unquoted(s.provenance()),
                        unquoted(s.hostingProvenance()), s.hostingRuleId())),
                map(m.files(), f -> new FileRecord(f.id(), name(f.name()), map(f.systems(), DemoManifests::name),
                        name(f.recordCountRange()), map(f.items(), DemoManifests::name), prose(f.retention()),
                        f.statedProvisionCount(), f.statedTransferCount(), unquoted(f.provenance()),
                        map(f.systemsProvenance(), this::unquoted))),
                map(m.acquisitions(), a -> new AcquisitionRecord(a.fileId(), name(a.source()),
                        map(a.methods(), DemoManifests::name), unquoted(a.provenance()))),
                map(m.useBases(), c -> new CitationRecord(c.fileId(),
                        // A keyed basis keeps its key; its text, often a long list of 別表 items, is only a label then.
                        c.key() != null ? name(citation(c.text())) : citation(c.text()), unquoted(c.provenance()),
                        c.key(), c.basis())),
                map(m.flows(), f -> new FlowRecord(f.id(), f.fileId(), f.kind(), f.ordinal(), name(f.recipient()),
                        map(f.citations(), this::citation), f.beppyoItems(), prose(f.purpose()),
                        map(f.items(), DemoManifests::name), map(f.methods(), DemoManifests::name), prose(f.frequency()),
                        name(f.recordCount()), unquoted(f.provenance()),
                        // a hint is a fact (table and item as written, e.g. 別表1-27), not a sentence
                        map(f.basisHints(), h -> new BasisHint(h.field(), name(h.text()), h.key(), unquoted(h.provenance()))))),
                map(m.entrustments(), e -> new EntrustmentRecord(e.id(), e.fileId(), prose(e.work()), name(e.contractor()),
                        name(e.subcontracting()), prose(e.subcontractApproval()), unquoted(e.provenance()))),
                map(m.riskMeasures(), r -> new RiskMeasureRecord(path(r.section()), name(r.label()), prose(r.text()),
                        name(r.rating()), unquoted(r.provenance()))),
                map(m.thirdPartyReviews(), this::text),
                map(m.disclosureContacts(), this::text),
                map(m.changes(), c -> new ChangeRecord(c.date(), prose(c.item()), prose(c.before()), prose(c.after()),
                        name(c.timing()), unquoted(c.provenance()))),
                map(m.unparsed(), u -> new UnparsedRecord(prose(u.text()), name(u.reason()), unquoted(u.provenance()))),
                report(m.report()));
    }

    private DocumentInfo document(DocumentInfo d) {
        if (d == null) {
            return null;
        }
        return new DocumentInfo(d.fileName(), d.sha256(), d.sourceEncoding(), d.assessmentKey(), name(d.municipality()),
                name(d.organization()), name(d.title()), d.assessmentNumber(), d.kind(), name(d.formVersion()),
                name(d.processName()), d.publishedOn(), d.approvedOn(), map(d.departments(), DemoManifests::name),
                unquoted(d.provenance()), d.draft(), name(d.departmentHead()));
    }

    private TextRecord text(TextRecord t) {
        return new TextRecord(path(t.label()), prose(t.text()), unquoted(t.provenance()));
    }

    private static ParseReport report(ParseReport r) {
        return r == null ? null : new ParseReport(r.sections(), map(r.warnings(), DemoManifests::name));
    }

    private Provenance unquoted(Provenance p) {
        return p == null ? null : new Provenance(p.document(), path(p.sectionPath()), p.line(), dropText ? null : p.quote());
    }

    /** Blank and short values stay (they are cell values, and blank ones say "not stated"); longer ones do not. */
    private String prose(String text) {
        if (!dropText || text == null || text.isBlank() || length(text.strip()) <= SHORT_VALUE) {
            return text;
        }
        return OMITTED;
    }

    /**
     * Names, labels and other single values: at most {@value #LONGEST_NAME} characters. Longer ones are
     * a sentence the extractor took for a label, or a statute's description of a recipient.
     */
    static String name(String text) {
        if (text == null || length(text) <= LONGEST_NAME) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, LONGEST_NAME - 1)) + "…";
    }

    /** A section path keeps its structure; each step is a {@link #name}. */
    static String path(String path) {
        if (path == null || length(path) <= LONGEST_NAME) {
            return path;
        }
        return String.join("/", Arrays.stream(path.split("/", -1)).map(DemoManifests::name).toList());
    }

    /**
     * A citation stays whole, so that it resolves to the same legal-basis keys, without the asides a
     * document adds to it (「（以下「番号法」という。）」) and with the 番号法's long title in its short form.
     */
    private String citation(String text) {
        if (!dropText || text == null) {
            return text;
        }
        String abridged = ASIDE.matcher(text).replaceAll("");
        for (var title : SHORT_TITLES) {
            abridged = title.getKey().matcher(abridged).replaceAll(title.getValue());
        }
        return abridged.isBlank() ? text : abridged;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static <T> List<T> map(List<T> list, Function<T, T> f) {
        return list == null ? null : list.stream().map(x -> x == null ? null : f.apply(x)).toList();
    }
}
