/** The demo data shipped in the jar: manifests of the seeds reduced to facts, loaded on first start. */
package io.mynumberlineage.demo;
