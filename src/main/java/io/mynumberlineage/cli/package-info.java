/** The command line (picocli): serve, import, check, export, checksum and the benchmarks; thin over the features. */
package io.mynumberlineage.cli;
