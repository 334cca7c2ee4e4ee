/** GraphQL guards: request size and shape, per-client limits, deadlines and typed errors. */
package io.mynumberlineage.web.graphql;
