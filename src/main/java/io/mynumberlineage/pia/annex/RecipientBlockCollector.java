package io.mynumberlineage.pia.annex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Groups labelled recipient fields that PDF extraction has scattered over a page.
 *
 * <p>On a scrambled page the fields of one recipient still come out together, only in a
 * different order (⑤⑥②③④⑦, then 「提供先4 …」, then ①). So a recipient is recognised not by
 * where its heading sits but by the form's rule that each field appears once per recipient: a
 * group is closed as soon as a field repeats, a second heading arrives or the kind (提供/移転)
 * named by a label changes. The heading found inside a group names the whole group.
 */
final class RecipientBlockCollector {

    /** Groups found, and the non-blank lines of the region that belong to none of them. */
    record Collected(List<RecipientBlock> blocks, List<Integer> strayLines) {
    }

    private static final int MAX_CHOICE_SCAN = 14;

    private final List<String> lines;
    private final PageFurniture furniture;

    RecipientBlockCollector(List<String> lines, PageFurniture furniture) {
        this.lines = lines;
        this.furniture = furniture;
    }

    Collected collect(int from, int to) {
        boolean trailingHeadings = headingsTrailTheirFields(from, to);
        List<RecipientBlock> blocks = new ArrayList<>();
        List<Integer> stray = new ArrayList<>();
        RecipientBlock current = new RecipientBlock();
        for (int i = from; i < to; i++) {
            String s = lines.get(i);
            if (s.isBlank() || furniture.isPageFurniture(s) || PageFurniture.isChoiceNoise(s)) {
                continue;
            }
            Optional<RecipientHeading> heading = RecipientHeading.atStart(s);
            if (heading.isPresent()) {
                RecipientHeading h = heading.get();
                if (current.heading() != null || (current.kind() != null && current.kind() != h.kind())) {
                    current = close(blocks, current);
                }
                current.heading(h, i);
                if (h.name() == null) {
                    i = readNameBelow(current, i, to);
                }
                if (trailingHeadings && current.has(FlowFieldLabel.CITATION)) {
                    current = close(blocks, current);
                }
                continue;
            }
            if (RecipientHeading.isRange(s)) {
                continue; // 「提供先2～5」: the form's page-group caption
            }
            Optional<FlowFieldLabel.Match> label = FlowFieldLabel.match(s);
            if (label.isPresent()) {
                FlowFieldLabel.Match m = label.get();
                if (m.kind() != null && current.kind() != null && m.kind() != current.kind()) {
                    current = close(blocks, current);
                } else if (current.has(m.field())) {
                    if (trailingHeadings && current.heading() == null) {
                        // the earlier one strayed in from another page: the later one is this page's
                        stray.addAll(current.remove(m.field()).lines());
                    } else {
                        current = close(blocks, current);
                    }
                }
                current.kindHint(m.kind());
                i = readValue(current, m, i, to);
                if (trailingHeadings && m.field() == FlowFieldLabel.CITATION && current.heading() != null) {
                    current = close(blocks, current);
                }
                continue;
            }
            stray.add(i);
        }
        close(blocks, current);
        return new Collected(blocks, stray);
    }

    /**
     * Whether this region puts each recipient's heading after its fields (a page read bottom-up:
     * ⑤⑥②③④⑦, 「提供先4」, ①) rather than before them. Told by what precedes the first
     * heading: several fields other than ① mean the fields come first.
     */
    private boolean headingsTrailTheirFields(int from, int to) {
        java.util.Set<FlowFieldLabel> before = java.util.EnumSet.noneOf(FlowFieldLabel.class);
        for (int i = from; i < to; i++) {
            String s = lines.get(i);
            if (RecipientHeading.atStart(s).isPresent()) {
                break;
            }
            FlowFieldLabel.match(s).ifPresent(m -> before.add(m.field()));
        }
        before.remove(FlowFieldLabel.CITATION);
        return before.size() >= 2;
    }

    private static RecipientBlock close(List<RecipientBlock> blocks, RecipientBlock block) {
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return new RecipientBlock();
    }

    /** A heading without a name may have the name on the very next line (別紙 tables). */
    private int readNameBelow(RecipientBlock block, int i, int to) {
        int k = i + 1;
        if (k < to && isPlainText(lines.get(k)) && !RecipientHeading.isReference(lines.get(k))) {
            block.name(PdfLineJoiner.collapseSpaces(lines.get(k)), k);
            block.lines().add(k);
            return k;
        }
        return i;
    }

    private boolean isPlainText(String s) {
        return !s.isBlank() && FlowFieldLabel.match(s).isEmpty() && RecipientHeading.atStart(s).isEmpty()
                && !RecipientHeading.isRange(s) && !furniture.isPageFurniture(s) && !PageFurniture.isChoiceNoise(s);
    }

    /** Reads the value after a label; returns the index of the last line consumed. */
    private int readValue(RecipientBlock block, FlowFieldLabel.Match m, int i, int to) {
        List<String> parts = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        used.add(i);
        String rest = m.rest();
        int j = i + 1;
        if (m.wrapped()) {
            int k = nextNonBlank(j, to, 2);
            if (k >= 0) {
                String tail = FlowFieldLabel.stripWrappedTail(lines.get(k));
                if (tail != null) {
                    used.add(k);
                    rest = rest.isEmpty() ? tail : rest + tail;
                    j = k + 1;
                }
            }
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        int last = j - 1;
        if (m.field() == FlowFieldLabel.RECORD_COUNT || m.field() == FlowFieldLabel.METHOD) {
            // a choice cell: options and the bracketed selection may be split into paragraphs
            boolean afterBlank = false;
            for (int k = j; k < to && k - i <= MAX_CHOICE_SCAN; k++) {
                String s = lines.get(k);
                if (s.isBlank()) {
                    afterBlank = true;
                    continue;
                }
                if (isBoundary(s)) {
                    break;
                }
                String t = s.strip();
                boolean choiceLike = t.startsWith("[") || t.startsWith("]") || t.startsWith("<")
                        || PageFurniture.isChoiceNoise(s);
                if (afterBlank && !choiceLike) {
                    break;
                }
                parts.add(s);
                used.add(k);
                last = k;
                afterBlank = false;
            }
        } else {
            int k = j;
            if (parts.isEmpty()) {
                int next = nextNonBlank(j, to, 3);
                k = next < 0 ? to : next;
            }
            for (; k < to; k++) {
                String s = lines.get(k);
                if (s.isBlank() || isBoundary(s) || PageFurniture.isChoiceNoise(s)) {
                    break;
                }
                parts.add(s);
                used.add(k);
                last = k;
            }
        }
        block.put(m.field(), new FieldText(PdfLineJoiner.join(parts), i, used));
        return last;
    }

    private boolean isBoundary(String s) {
        return FlowFieldLabel.match(s).isPresent() || RecipientHeading.atStart(s).isPresent()
                || RecipientHeading.isRange(s) || furniture.isPageFurniture(s);
    }

    private int nextNonBlank(int from, int to, int maxBlank) {
        int blanks = 0;
        for (int k = from; k < to; k++) {
            if (!lines.get(k).isBlank()) {
                return k;
            }
            if (++blanks > maxBlank) {
                return -1;
            }
        }
        return -1;
    }
}
