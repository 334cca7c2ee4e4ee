package io.mynumberlineage.pia.read;

import java.util.List;

/** Text decoded from bytes, the charset that was used and what went wrong on the way. */
public record DecodedText(String text, String encoding, int replacedSequences, List<String> warnings) {
}
