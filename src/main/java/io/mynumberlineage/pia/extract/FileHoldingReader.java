package io.mynumberlineage.pia.extract;

import io.mynumberlineage.manifest.FileRecord;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.manifest.Provenance;
import io.mynumberlineage.manifest.SystemRecord;
import io.mynumberlineage.pia.read.PiaDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which systems hold a file, as its ⑤保管場所 cell states them: the cell is often a list of blocks
 * headed 「＜Xにおける措置＞」, one per system keeping the file's data. A heading that names one of
 * the document's systems makes that system a holder, with the heading's line as provenance.
 * Headings that name no system of the document (the municipality, 「上記以外のシステム」,
 * ガバメントクラウド as a platform) add nothing.
 */
public final class FileHoldingReader {

    private static final Pattern STORAGE_LABEL = Pattern.compile("^\\s*[①⑤]?\\s*保管場所");
    private static final Pattern NEXT_LABEL = Pattern.compile("^\\s*[②⑥]?\\s*保管期間|^\\s*[0-9０-９]+\\s*[.．、]");
    private static final Pattern BLOCK_HEADING = Pattern.compile("[<＜〈《【]\\s*(.{1,40}?)における措置\\s*[>＞〉》】]");
    /** A file's section is long in 全項目 forms; its 保管場所 comes well within this many lines. */
    private static final int SECTION_LINES = 1500;
    private static final int CELL_LINES = 80;

    private FileHoldingReader() {
    }

    /** The manifest with each file's holders added from its 保管場所 cell; files already naming systems are left. */
    public static Manifest apply(PiaDocument doc, Manifest manifest) {
        if (manifest == null || manifest.files() == null || manifest.systems() == null || manifest.systems().isEmpty()) {
            return manifest;
        }
        List<String> lines = doc.normalizedLines();
        List<FileRecord> files = manifest.files();
        List<FileRecord> read = new ArrayList<>();
        boolean changed = false;
        boolean byOrder = false;
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (STORAGE_LABEL.matcher(lines.get(i)).find()) {
                labels.add(i);
            }
        }
        for (int k = 0; k < files.size(); k++) {
            FileRecord file = files.get(k);
            if (file == null || file.provenance() == null || (file.systems() != null && !file.systems().isEmpty())) {
                read.add(file);
                continue;
            }
            int from = file.provenance().line();
            int to = Math.min(lines.size(), from + SECTION_LINES);
            for (int next = k + 1; next < files.size(); next++) {
                FileRecord other = files.get(next);
                if (other != null && other.provenance() != null && other.provenance().line() > from) {
                    to = Math.min(to, other.provenance().line() - 1);
                    break;
                }
            }
            List<String> names = new ArrayList<>();
            List<Provenance> where = new ArrayList<>();
            if (k == 0) {
                // The first file's name met outside its section (a summary list) means the files'
                // provenance does not bound their sections: each takes the k-th 保管場所 of the document,
                // when every file has one.
                byOrder = storageLabel(lines, from, to) < 0 && labels.size() >= files.size();
            }
            int label = byOrder ? labels.get(k) : storageLabel(lines, from, to);
            if (label >= 0) {
                holders(doc.name(), lines, label, manifest.systems(), names, where);
            }
            if (names.isEmpty()) {
                read.add(file);
            } else {
                changed = true;
                read.add(new FileRecord(file.id(), file.name(), List.copyOf(names), file.recordCountRange(), file.items(),
                        file.retention(), file.statedProvisionCount(), file.statedTransferCount(), file.provenance(),
                        List.copyOf(where)));
            }
        }
        if (!changed) {
            return manifest;
        }
        return new Manifest(manifest.schemaVersion(), manifest.document(), manifest.systems(), read,
                manifest.acquisitions(), manifest.useBases(), manifest.flows(), manifest.entrustments(),
                manifest.riskMeasures(), manifest.thirdPartyReviews(), manifest.disclosureContacts(), manifest.changes(),
                manifest.unparsed(), manifest.report());
    }

    /** The index of the first 保管場所 label in [from, to), or -1. */
    private static int storageLabel(List<String> lines, int from, int to) {
        for (int i = Math.max(0, from - 1); i < to; i++) {
            if (STORAGE_LABEL.matcher(lines.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    /** The systems named by the block headings of the 保管場所 cell starting at {@code label}. */
    private static void holders(String document, List<String> lines, int label, List<SystemRecord> systems,
            List<String> names, List<Provenance> where) {
        for (int j = label; j < Math.min(lines.size(), label + CELL_LINES); j++) {
            String line = lines.get(j);
            if (j > label && (NEXT_LABEL.matcher(line).find() || STORAGE_LABEL.matcher(line).find())) {
                break;
            }
            Matcher heading = BLOCK_HEADING.matcher(line);
            while (heading.find()) {
                for (SystemRecord system : systems) {
                    if (system != null && system.name() != null && SystemNames.names(heading.group(1), system)
                            && !names.contains(system.name())) {
                        names.add(system.name());
                        where.add(new Provenance(document, "II/保管場所", j + 1, heading.group().strip()));
                    }
                }
            }
        }
    }
}
