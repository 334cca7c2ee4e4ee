package io.mynumberlineage.pia.read;

/** A document that cannot be read at all (as opposed to one read with warnings). */
public class PiaReadException extends Exception {

    /** Why the input was refused; lets callers map the failure to a typed error payload. */
    public enum Reason { EMPTY, TOO_LARGE, LINE_TOO_LONG, BINARY, UNDECODABLE, IO }

    private final Reason reason;

    public PiaReadException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
