package io.mynumberlineage.web.graphql;

import java.util.Collection;
import java.util.Map;

/**
 * A fast upper estimate of an answer's JSON size, walked before it is written: keys and strings at
 * three bytes a character (UTF-8 of Japanese), punctuation included. Stops once past the bound.
 */
final class ResponseSize {

    private ResponseSize() {
    }

    static long estimate(Object value, long bound) {
        return add(value, 0, bound);
    }

    private static long add(Object value, long size, long bound) {
        if (size > bound) {
            return size;
        }
        if (value instanceof Map<?, ?> map) {
            size += 2;
            for (var entry : map.entrySet()) {
                size = add(entry.getValue(), size + 3L * String.valueOf(entry.getKey()).length() + 4, bound);
                if (size > bound) {
                    return size;
                }
            }
            return size;
        }
        if (value instanceof Collection<?> list) {
            size += 2;
            for (Object item : list) {
                size = add(item, size + 1, bound);
                if (size > bound) {
                    return size;
                }
            }
            return size;
        }
        if (value instanceof CharSequence text) {
            return size + 3L * text.length() + 2;
        }
        return size + (value == null ? 4 : String.valueOf(value).length());
    }
}
