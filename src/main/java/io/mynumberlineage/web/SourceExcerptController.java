package io.mynumberlineage.web;

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

    public SourceExcerptController(SourceDocuments documents) {
        this.documents = documents;
    }

    public record SourceExcerpt(String document, int line, List<SourceLine> lines) {
    }

    public record SourceLine(int number, String text) {
    }

    @QueryMapping
    public Object sourceExcerpt(@Argument String document, @Argument int line, @Argument Integer context) {
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
            lines = documents.lines(document).orElse(null);
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
