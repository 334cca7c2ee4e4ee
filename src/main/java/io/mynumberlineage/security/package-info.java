/** Who may do what: login, roles, CSRF and login throttling. */
package io.mynumberlineage.security;
