package dev.sinmun.markdown;

/**
 * How an import runs.
 *
 * @param force  overwrite Markdown files edited by hand since import
 * @param dryRun read, tag and match everything, but write nothing
 */
public record ImportOptions(boolean force, boolean dryRun) {
}
