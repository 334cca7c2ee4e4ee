/**
 * Audit findings: rules over the stored graph (unprotected links, missing bases, cloud-hosted systems
 * without stated measures), their runs and the {@code findings} answers.
 */
package io.mynumberlineage.audit;
