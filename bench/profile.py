"""Where a Sinmun build spends its time: one full build of a synthetic archive under Java Flight Recorder.

Usage: bench/profile.sh [N] [--java-opts "..."]   (default N = 10000)
Prints the build's own stage timings, then the hottest methods by self time and by total time (JFR execution
samples, every frame counted once per sample), and writes the recording to target/bench/profile-N/build.jfr.
"""

import argparse
import collections
import json
import os
import shutil
import subprocess

import bench
import synth


def generate_sinmun(n, seed, root):
    shutil.rmtree(root, ignore_errors=True)
    registry = synth.Registry(seed)
    bench.sinmun_project(root, registry)
    for i in range(n):
        a = synth.Article(registry, seed, i)
        bench.write(os.path.join(root, "content", "articles", a.month_dir, a.slug + ".md"), a.sinmun_markdown())


def frame_name(frame):
    method = frame["method"]
    return f"{method['type']['name']}.{method['name']}".replace("/", ".")


def main():
    p = argparse.ArgumentParser(prog="bench/profile.sh", description=__doc__)
    p.add_argument("n", nargs="?", type=int, default=10000)
    p.add_argument("--seed", type=int, default=6)
    p.add_argument("--java-opts", default="")
    p.add_argument("--top", type=int, default=30)
    p.add_argument("--reuse", action="store_true", help="only analyse the recording of the last run for this N")
    args = p.parse_args()
    root = os.path.join(bench.BENCH, f"profile-{args.n}")
    jfr = os.path.join(root, "build.jfr")
    if not args.reuse:
        record(args, root, jfr)
    analyse(jfr, args.top)


def record(args, root, jfr):
    generate_sinmun(args.n, args.seed, root)
    cmd = ["java"] + args.java_opts.split() + [
        "-XX:FlightRecorderOptions=stackdepth=2048",
        f"-XX:StartFlightRecording=filename={jfr},settings=profile,dumponexit=true", "-jar", bench.JAR,
        "build", "--project", root]
    bench.measure(f"sinmun full build N={args.n} (JFR on)", cmd, root, os.path.join(root, "target", "site"),
                  os.path.join(root, "build.log"))
    print(open(os.path.join(root, "build.log")).read().strip().splitlines()[-2:][0][:200])
    print(open(os.path.join(root, "build.log")).read().strip().splitlines()[-1])


# Where a sample is, by the first of these frames found from the bottom of its stack (outermost first).
PHASES = [("registry load", "dev.sinmun.tags.Registry.load"),
          ("import: pending inbox scan", "dev.sinmun.markdown.ArticleImporter.pendingInboxFiles"),
          ("import: archive index scan", "dev.sinmun.markdown.ArticleImporter.importFiles"),
          ("read articles", "dev.sinmun.markdown.ArticleReader.readAll"),
          ("read articles", "dev.sinmun.markdown.ArticleReader.parse"),
          ("registry gaps", "dev.sinmun.tags.RegistryGaps.find"),
          ("render: article bodies (flexmark + jsoup)", "dev.sinmun.render.BodyRenderer.toHtml"),
          ("render: Pebble templates", "dev.sinmun.render.PageRenderer.render"),
          ("render: write files", "dev.sinmun.site.OutputDir.write"),
          ("render: tag index", "dev.sinmun.tags.TagIndex.of"),
          ("render: check articles", "dev.sinmun.site.ArticleChecks.publishable"),
          ("render: sitemap", "dev.sinmun.site.SitemapWriter.write"),
          ("render: other", "dev.sinmun.site.SiteRenderer.render"),
          ("JVM start-up, CLI", "dev.sinmun.cli.Main.main")]


def analyse(jfr, top):
    events = json.loads(subprocess.run(["jfr", "print", "--json", "--stack-depth", "2048", "--events", "jdk.ExecutionSample", jfr],
                                       capture_output=True, text=True, check=True).stdout)["recording"]["events"]
    self_time, total, threads, phases = (collections.Counter() for _ in range(4))
    for e in events:
        frames = [frame_name(f) for f in e["values"]["stackTrace"]["frames"]]
        if not frames:
            continue
        threads[e["values"]["sampledThread"]["javaName"] or "?"] += 1
        phase = next((name for name, frame in PHASES if frame in frames), "other (GC threads are not sampled)")
        if phase == "render: Pebble templates" and "dev.sinmun.site.SiteRenderer.renderTags" in frames:
            phase = "render: Pebble templates (tag pages)"
        elif phase == "render: Pebble templates" and "dev.sinmun.site.SiteRenderer.renderArticles" in frames:
            phase = "render: Pebble templates (article pages)"
        elif phase == "render: Pebble templates":
            phase = "render: Pebble templates (home, feed, 404)"
        phases[phase] += 1
        self_time[frames[0]] += 1
        for name in set(frames):
            total[name] += 1
    n = len(events)
    print(f"\n{n} execution samples; by thread: " + ", ".join(f"{t} {c * 100 / n:.0f}%" for t, c in threads.most_common(6)))
    print("\nWhere the samples are (Java threads only):")
    for name, c in phases.most_common():
        print(f"  {c * 100 / n:5.1f}%  {name}")
    print(f"\nHottest methods, self time (top {top}):")
    for name, c in self_time.most_common(top):
        print(f"  {c * 100 / n:5.1f}%  {name}")
    print(f"\nHottest methods, total time (dev.sinmun, Pebble, flexmark, Jackson; top {top}):")
    shown = [(k, c) for k, c in total.most_common() if k.startswith((
        "dev.sinmun", "io.pebbletemplates.pebble.template", "io.pebbletemplates.pebble.PebbleEngine",
        "io.pebbletemplates.pebble.loader", "com.vladsch.flexmark.parser.Parser.parse",
        "com.vladsch.flexmark.html.HtmlRenderer.render", "org.jsoup", "com.fasterxml.jackson.databind.ObjectMapper",
        "java.nio.file.Files", "org.unbescape"))]
    for name, c in shown[:top]:
        print(f"  {c * 100 / n:5.1f}%  {name}")


if __name__ == "__main__":
    main()
