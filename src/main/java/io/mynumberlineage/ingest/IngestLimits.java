package io.mynumberlineage.ingest;

import io.mynumberlineage.pia.read.TextLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on what enters the store, the same for the CLI, uploads and the demo data (uploads are also
 * bounded in bytes by {@code spring.servlet.multipart.*}).
 *
 * @param maxFiles files in one upload
 * @param maxDecodedChars characters of one decoded 評価書 (see {@link TextLimits})
 * @param maxLineChars longest line of a 評価書 (see {@link TextLimits})
 * @param maxJsonDepth deepest nesting of a manifest JSON (a manifest needs about 6)
 * @param maxJsonStringChars longest JSON string of a manifest
 */
@ConfigurationProperties("lineage.imports")
public record IngestLimits(
        @DefaultValue("" + IngestLimits.MAX_FILES) int maxFiles,
        @DefaultValue("" + TextLimits.MAX_CHARS) int maxDecodedChars,
        @DefaultValue("" + TextLimits.MAX_LINE_CHARS) int maxLineChars,
        @DefaultValue("" + IngestLimits.MAX_JSON_DEPTH) int maxJsonDepth,
        @DefaultValue("" + IngestLimits.MAX_JSON_STRING_CHARS) int maxJsonStringChars) {

    public static final int MAX_FILES = 20;
    public static final int MAX_JSON_DEPTH = 32;
    public static final int MAX_JSON_STRING_CHARS = 1_000_000;

    /** The defaults, for commands that run without the application's settings ({@code check}, {@code --dry-run}). */
    public static final IngestLimits DEFAULT = new IngestLimits(MAX_FILES, TextLimits.MAX_CHARS,
            TextLimits.MAX_LINE_CHARS, MAX_JSON_DEPTH, MAX_JSON_STRING_CHARS);

    TextLimits text() {
        return new TextLimits(maxDecodedChars, maxLineChars);
    }
}
