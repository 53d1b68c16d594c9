package dev.sinmun.render;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import dev.sinmun.model.SiteConfig;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders one template into one page. Every template gets {@code site} (the {@link SiteConfig}),
 * {@code pagePath} (site-relative, e.g. {@code people/}) and {@code pageLang} ({@code en} or {@code ko}),
 * plus the variables of its page.
 */
public final class PageRenderer {

    private final PebbleEngine engine;
    private final SiteConfig config;
    /** Each rendering thread's page buffer, reused from page to page. */
    private final ThreadLocal<Utf8Buffer> buffers = ThreadLocal.withInitial(() -> new Utf8Buffer(64 * 1024));

    public PageRenderer(PebbleEngine engine, SiteConfig config) {
        this.engine = engine;
        this.config = config;
    }

    /**
     * @param template  template name without suffix, e.g. {@code pages/article}
     * @param sitePath  the page's path relative to the site root ({@code ""} for home, {@code 404.html})
     * @param pageLang  the language of the page's content
     */
    public RenderedPage render(String template, String sitePath, String pageLang, Map<String, Object> variables) {
        Map<String, Object> context = new HashMap<>(variables);
        context.put("site", config);
        context.put("pagePath", sitePath);
        context.put("pageLang", pageLang);
        Utf8Buffer out = buffers.get();
        out.reset();
        try {
            engine.getTemplate(template).evaluate(out, context);
        } catch (PebbleException e) {
            PebbleException root = innermost(e);
            String file = (root.getFileName() != null ? root.getFileName() : template) + Templates.SUFFIX;
            int line = root.getLineNumber() == null ? 0 : root.getLineNumber();
            throw new SinmunException(Problem.of(Path.of(file), line,
                    "template failed while rendering " + RenderedPage.fileFor(sitePath) + ": " + root.getPebbleMessage(),
                    "fix the template (or the variable it names) and build again"), e);
        } catch (IOException e) {
            throw new SinmunException(Problem.of(Path.of(template + Templates.SUFFIX), "cannot render: " + e.getMessage(),
                    null), e);
        }
        return new RenderedPage(RenderedPage.fileFor(sitePath), out.toByteArray());
    }

    /** Lets the article cards rendered so far go (see {@link CardFunction}): call it between the stages of a build. */
    public void forgetCards() {
        if (engine.getExtensionRegistry().getFunction("card") instanceof CardFunction cards) {
            cards.forget();
        }
    }

    /** Pebble wraps an include's error in its caller's; the innermost one names the real file and line. */
    private static PebbleException innermost(PebbleException e) {
        PebbleException found = e;
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof PebbleException p) {
                found = p;
            }
        }
        return found;
    }
}
