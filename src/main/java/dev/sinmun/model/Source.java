package dev.sinmun.model;

/**
 * Where an article came from: the outlet's name, the original page's URL (null when unknown)
 * and the raw file it was imported from, relative to {@code content/} (e.g. {@code inbox/x.txt}).
 */
public record Source(BilingualName name, String url, String file) {
}
