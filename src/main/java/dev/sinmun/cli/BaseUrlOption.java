package dev.sinmun.cli;

import dev.sinmun.markdown.SiteConfigReader;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --base-url}, and the site configuration it overrides. */
final class BaseUrlOption {

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The address the site is served from, e.g. https://user.github.io/archive/. "
                    + "Default (or empty): base_url in site/sinmun.yml.")
    String baseUrl;

    /** Rejects a base URL that is not an absolute http(s) URL; an empty one means the configured one. */
    void validate(CommandLine commandLine) {
        if (baseUrl != null && baseUrl.isBlank()) {
            baseUrl = null;
        }
        if (baseUrl != null && !baseUrl.matches("(?i)https?://[^/\\s]+(/\\S*)?")) {
            throw new ParameterException(commandLine,
                    "--base-url " + baseUrl + ": not an absolute http(s) URL — write it like https://user.github.io/archive/");
        }
    }

    /** {@code site/sinmun.yml}, with the base URL given on the command line if any. */
    SiteConfig siteConfig(ProjectLayout layout) {
        SiteConfig config = new SiteConfigReader().read(layout.siteConfig(), layout.relative(layout.siteConfig()));
        return baseUrl != null ? config.withBaseUrl(baseUrl) : config;
    }
}
