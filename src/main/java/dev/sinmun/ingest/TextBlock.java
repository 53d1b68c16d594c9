package dev.sinmun.ingest;

/** One non-empty line of a text dump, with its line number in the file (from 1). */
record TextBlock(int line, String text) {
}
