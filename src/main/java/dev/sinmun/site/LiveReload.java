package dev.sinmun.site;

import java.util.List;

/**
 * The preview's live-reload script and its status document: the script polls the status every second, reloads the
 * page when the version changes, and shows the build's problems in a box on top of the page: a build that failed
 * (the previous site is shown) or one that left some files out (the rest of the site is up to date).
 */
final class LiveReload {

    private static final String FAILED = "Build failed (the previous site is shown):";
    private static final String PARTIAL = "Built, but with these problems (the rest of the site is up to date):";

    private LiveReload() {
    }

    /** {@code {"version":3,"failed":true,"errors":["templates/x.peb:2: …"]}}. */
    static String status(long version, boolean failed, List<String> errors) {
        return "{\"version\":" + version + ",\"failed\":" + failed + ",\"errors\":" + jsonArray(errors) + "}";
    }

    /** A {@code <script>} element for a page served at {@code version} with these problems of a failed build or not. */
    static String script(String statusUrl, long version, boolean failed, List<String> errors) {
        return "<script data-sinmun-live-reload>(function(){"
                + "var v=" + version + ",url=" + jsonString(statusUrl) + ";"
                + "function show(errs){var box=document.getElementById('sinmun-errors');"
                + "if(!errs.length){if(box)box.remove();return;}"
                + "if(!box){box=document.createElement('pre');box.id='sinmun-errors';"
                + "box.style.cssText='position:fixed;top:0;left:0;right:0;z-index:99999;margin:0;padding:1em;"
                + "max-height:50vh;overflow:auto;background:#fff0f0;color:#900;border-bottom:3px solid #c00;"
                + "font:13px/1.4 monospace;white-space:pre-wrap';document.body.appendChild(box);}"
                + "box.textContent=" + jsonString(failed ? FAILED : PARTIAL) + "+'\\n'+errs.join('\\n');}"
                + "show(" + jsonArray(errors) + ");"
                + "setInterval(function(){fetch(url,{cache:'no-store'}).then(function(r){return r.json();})"
                + ".then(function(s){if(s.version!==v)location.reload();}).catch(function(){});},1000);"
                + "})();</script>";
    }

    private static String jsonArray(List<String> items) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            json.append(i == 0 ? "" : ",").append(jsonString(items.get(i)));
        }
        return json.append(']').toString();
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
