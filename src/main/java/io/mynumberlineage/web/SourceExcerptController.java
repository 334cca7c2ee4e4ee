package io.mynumberlineage.web;

import io.mynumberlineage.ingest.SourceDocuments;
import io.mynumberlineage.graph.InputError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code sourceExcerpt(document, line, context)}: the lines of an imported 評価書 around one line. */
@Controller
public class SourceExcerptController {

    static final int MAX_CONTEXT = 30;

    private final SourceDocuments documents;
    private final SourceVersions versions;

    public SourceExcerptController(SourceDocuments documents, SourceVersions versions) {
        this.documents = documents;
        this.versions = versions;
    }

    public record SourceExcerpt(String document, int line, List<SourceLine> lines) {
    }

    public record SourceLine(int number, String text) {
    }

    @QueryMapping
    public Object sourceExcerpt(@Argument String document, @Argument int line, @Argument Integer context,
            @Argument String version) {
        int around = context == null ? 5 : context;
        if (around < 0 || around > MAX_CONTEXT) {
            return new InputError("INVALID_ARGUMENT", "context は 0 から " + MAX_CONTEXT + " の範囲で指定してください。", "context");
        }
        if (line < 1) {
            return new InputError("INVALID_ARGUMENT", "行番号は 1 以上で指定してください。", "line");
        }
        if (!SourceDocuments.isPlainName(document)) {
            return new InputError("INVALID_ARGUMENT", "文書はファイル名だけで指定してください（フォルダーは指定できません）。", "document");
        }
        List<String> lines;
        try {
            var stored = versions.of(document);
            var chosen = stored.stream().filter(v -> version == null || v.id().equals(version)).toList();
            if (version != null && chosen.isEmpty()) {
                return new InputError("NOT_FOUND", "この文書の版 " + version + " は登録されていません。", "version");
            }
            if (chosen.stream().map(SourceVersions.Version::sha256).distinct().count() > 1) {
                return new InputError("AMBIGUOUS", "ファイル名 " + document + " の評価書が " + chosen.size()
                        + " 件あります。version で版を指定してください。", "version");
            }
            lines = chosen.isEmpty() || chosen.get(0).sha256() == null ? null
                    : documents.linesByHash(chosen.get(0).sha256()).orElse(null);
            if (lines == null) {
                lines = documents.lines(document).orElse(null);
            }
        } catch (IOException e) {
            return new InputError("UNREADABLE", "原文を読めませんでした: " + document, "document");
        }
        if (lines == null) {
            return new InputError("NOT_FOUND", "原文 " + document + " は保管されていません。", "document");
        }
        if (line > lines.size()) {
            return new InputError("INVALID_ARGUMENT", "原文 " + document + " は " + lines.size() + " 行しかありません。", "line");
        }
        int first = Math.max(1, line - around);
        int last = Math.min(lines.size(), line + around);
        List<SourceLine> excerpt = new ArrayList<>(last - first + 1);
        for (int n = first; n <= last; n++) {
            excerpt.add(new SourceLine(n, lines.get(n - 1)));
        }
        return new SourceExcerpt(document, line, excerpt);
    }
}
