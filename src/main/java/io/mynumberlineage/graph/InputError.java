package io.mynumberlineage.graph;

/**
 * A refused request, returned as data rather than as a GraphQL error so clients can show it.
 *
 * @param message for people, in Japanese
 * @param argument the argument at fault, or null
 */
public record InputError(String code, String message, String argument) {
}
