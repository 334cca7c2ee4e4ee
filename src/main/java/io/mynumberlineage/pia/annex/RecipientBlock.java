package io.mynumberlineage.pia.annex;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The labelled fields gathered for one recipient, as the collector or a 変更箇所 cell found them.
 * Mutable while being filled; read by {@link RecipientAssembler}.
 */
final class RecipientBlock {

    private RecipientHeading heading;
    private int headingLine = -1;
    private String name;
    private int nameLine = -1;
    private FlowKind kindHint;
    private final Map<FlowFieldLabel, FieldText> fields = new EnumMap<>(FlowFieldLabel.class);
    private final List<Integer> lines = new ArrayList<>();

    RecipientHeading heading() {
        return heading;
    }

    int headingLine() {
        return headingLine;
    }

    void heading(RecipientHeading heading, int line) {
        this.heading = heading;
        this.headingLine = line;
        if (heading.name() != null && name == null) {
            name(heading.name(), line);
        }
        lines.add(line);
    }

    String name() {
        return name;
    }

    int nameLine() {
        return nameLine;
    }

    void name(String name, int line) {
        this.name = name;
        this.nameLine = line;
    }

    FlowKind kind() {
        if (heading != null) {
            return heading.kind();
        }
        return kindHint;
    }

    void kindHint(FlowKind kind) {
        if (kind != null && kindHint == null) {
            kindHint = kind;
        }
    }

    boolean has(FlowFieldLabel field) {
        return fields.containsKey(field);
    }

    void put(FlowFieldLabel field, FieldText text) {
        fields.put(field, text);
        lines.addAll(text.lines());
    }

    FieldText remove(FlowFieldLabel field) {
        FieldText removed = fields.remove(field);
        lines.removeAll(removed.lines());
        return removed;
    }

    FieldText get(FlowFieldLabel field) {
        return fields.get(field);
    }

    Map<FlowFieldLabel, FieldText> fields() {
        return fields;
    }

    boolean isEmpty() {
        return heading == null && fields.isEmpty() && name == null;
    }

    int firstLine() {
        return lines.stream().mapToInt(Integer::intValue).min().orElse(headingLine);
    }

    List<Integer> lines() {
        return lines;
    }
}
