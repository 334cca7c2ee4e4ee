/** One class per audit rule; each reads the graph through parameterised Cypher and returns its hits. */
package io.mynumberlineage.audit.rules;
