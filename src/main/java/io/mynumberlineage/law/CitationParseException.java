package io.mynumberlineage.law;

import java.util.List;

/** Thrown by {@link CitationParser#parseStrict} when part of a citation cannot be understood. */
public class CitationParseException extends RuntimeException {

    private final String fragment;
    private final transient CitationParse parse;

    public CitationParseException(CitationParse parse) {
        super("根拠条文を解釈できない部分があります: 「" + parse.unparsedFragments().get(0) + "」"
                + (parse.unparsedFragments().size() > 1 ? " ほか" + (parse.unparsedFragments().size() - 1) + "件" : ""));
        this.fragment = parse.unparsedFragments().get(0);
        this.parse = parse;
    }

    /** The first offending fragment, verbatim. */
    public String fragment() {
        return fragment;
    }

    /** All offending fragments. */
    public List<String> fragments() {
        return parse.unparsedFragments();
    }

    /** The partial parse, with whatever was understood. */
    public CitationParse parse() {
        return parse;
    }
}
