/** The HTTP side shared by features: source excerpts, web configuration. */
package io.mynumberlineage.web;
