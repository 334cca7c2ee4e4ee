package io.mynumberlineage.pia.annex;

import java.util.List;

/**
 * One field's value as re-joined from its source lines.
 *
 * @param line 0-based index of the field's first source line
 * @param lines every source line index the value was read from
 */
record FieldText(String text, int line, List<Integer> lines) {

    FieldText {
        lines = List.copyOf(lines);
    }

    boolean isBlank() {
        return text == null || text.isBlank();
    }
}
