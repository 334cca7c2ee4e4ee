package io.mynumberlineage.pia.extract;

import io.mynumberlineage.manifest.Provenance;
import io.mynumberlineage.pia.extract.FormVocabulary.Part;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The document's 特定個人情報ファイル, found by name wherever a part mentions one. */
final class FileDrafts implements Iterable<FileDraft> {

    private static final Pattern FILE_NAME_ITEM = Pattern.compile(
            "(?:^|\\s)\\(?\\d{1,2}\\s*[.．)]?\\s*([^\\s\\d][^\\n]*?)(?=\\s+\\(?\\d{1,2}\\s*[.．)]?\\s*[^\\s\\d]|\\n|$)");

    private final List<FileDraft> files = new ArrayList<>();
    private final FormPosition position;

    FileDrafts(FormPosition position) {
        this.position = position;
    }

    /** The named file, created when it is new; a file's own Section II becomes its provenance. */
    FileDraft byName(String name, Provenance p) {
        FileDraft f = find(name);
        if (f != null) {
            if (f.provenance == null || f.provenance.sectionPath().startsWith("I/")) {
                f.provenance = position.part == Part.FILES ? p : f.provenance;
            }
            return f;
        }
        return add(name, p);
    }

    FileDraft add(String name, Provenance p) {
        FileDraft f = new FileDraft(files.size() + 1, name, p);
        files.add(f);
        return f;
    }

    /** The file whose name matches, ignoring spacing and a leading item number; null when none does. */
    FileDraft find(String name) {
        String n = FormVocabulary.compact(name).replaceFirst("^\\(?\\d{1,2}\\s*[.．)]?", "");
        for (FileDraft f : files) {
            String fn = FormVocabulary.compact(f.name);
            if (fn.equals(n) || (n.length() >= 4 && (fn.contains(n) || n.contains(fn)))) {
                return f;
            }
        }
        return null;
    }

    /** The only file of the document, or null when there are none or several. */
    FileDraft only() {
        return files.size() == 1 ? files.get(0) : null;
    }

    @Override
    public Iterator<FileDraft> iterator() {
        return files.iterator();
    }

    /** The file names a 特定個人情報ファイル名 cell lists: numbered, or a plain name list. */
    static List<String> names(String value) {
        List<String> out = new ArrayList<>();
        String v = value.trim();
        if (v.isEmpty() || FormVocabulary.isDash(v)) {
            return out;
        }
        Matcher m = FILE_NAME_ITEM.matcher(v);
        while (m.find()) {
            String n = m.group(1).trim();
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        if (out.isEmpty()) {
            out.addAll(NameLists.split(v));
        }
        return out;
    }
}
