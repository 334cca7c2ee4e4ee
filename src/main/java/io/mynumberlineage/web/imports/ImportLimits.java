package io.mynumberlineage.web.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of an upload beyond the byte limits of the multipart settings
 * ({@code spring.servlet.multipart.max-file-size}, {@code max-request-size}).
 *
 * @param maxFiles files in one upload
 * @param maxDecodedChars characters of one decoded 評価書 text. No supported encoding yields more
 *     characters than bytes, so this mainly bounds what the byte limit lets through
 * @param maxLineChars longest line of a 評価書 (the seeds' longest is about 3,600 characters);
 *     one endless line is what text-expanding tricks and broken conversions produce
 * @param maxJsonDepth deepest nesting of a manifest JSON (a manifest needs about 6)
 * @param maxJsonStringChars longest JSON string of a manifest
 */
@ConfigurationProperties("lineage.imports")
public record ImportLimits(
        @DefaultValue("20") int maxFiles,
        @DefaultValue("20000000") int maxDecodedChars,
        @DefaultValue("20000") int maxLineChars,
        @DefaultValue("32") int maxJsonDepth,
        @DefaultValue("1000000") int maxJsonStringChars) {
}
