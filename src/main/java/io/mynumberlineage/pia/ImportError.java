package io.mynumberlineage.pia;

/**
 * Why a document could not be imported at all. Messages are Japanese, for the people importing.
 *
 * @param code EMPTY, TOO_LARGE, BINARY, UNDECODABLE, IO, NOT_A_PIA, MY_NUMBER or INTERNAL
 */
public record ImportError(String document, String code, String message) {
}
