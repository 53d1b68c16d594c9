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
    return f"{method['type']['name']}.{method['name']}"


def main():
    p = argparse.ArgumentParser(prog="bench/profile.sh", description=__doc__)
    p.add_argument("n", nargs="?", type=int, default=10000)
    p.add_argument("--seed", type=int, default=6)
    p.add_argument("--java-opts", default="")
    p.add_argument("--top", type=int, default=30)
    args = p.parse_args()
    root = os.path.join(bench.BENCH, f"profile-{args.n}")
    generate_sinmun(args.n, args.seed, root)
    jfr = os.path.join(root, "build.jfr")
    cmd = ["java"] + args.java_opts.split() + [
        f"-XX:StartFlightRecording=filename={jfr},settings=profile,dumponexit=true", "-jar", bench.JAR,
        "build", "--project", root]
    bench.measure(f"sinmun full build N={args.n} (JFR on)", cmd, root, os.path.join(root, "target", "site"),
                  os.path.join(root, "build.log"))
    print(open(os.path.join(root, "build.log")).read().strip().splitlines()[-2:][0][:200])
    print(open(os.path.join(root, "build.log")).read().strip().splitlines()[-1])
    events = json.loads(subprocess.run(["jfr", "print", "--json", "--events", "jdk.ExecutionSample", jfr],
                                       capture_output=True, text=True, check=True).stdout)["recording"]["events"]
    self_time, total, threads = collections.Counter(), collections.Counter(), collections.Counter()
    for e in events:
        frames = [frame_name(f) for f in e["values"]["stackTrace"]["frames"]]
        if not frames:
            continue
        threads[e["values"]["sampledThread"]["javaName"] or "?"] += 1
        self_time[frames[0]] += 1
        for name in set(frames):
            total[name] += 1
    n = len(events)
    print(f"\n{n} execution samples; by thread: " + ", ".join(f"{t} {c * 100 / n:.0f}%" for t, c in threads.most_common(6)))
    print(f"\nHottest methods, self time (top {args.top}):")
    for name, c in self_time.most_common(args.top):
        print(f"  {c * 100 / n:5.1f}%  {name}")
    print(f"\nHottest methods, total time (dev.sinmun, Pebble, flexmark, Jackson; top {args.top}):")
    shown = [(k, c) for k, c in total.most_common() if k.startswith(("dev.sinmun", "io.pebbletemplates.pebble.template",
                                                                      "com.vladsch.flexmark.parser.Parser",
                                                                      "com.vladsch.flexmark.html.HtmlRenderer",
                                                                      "com.fasterxml.jackson.databind.ObjectMapper",
                                                                      "java.nio.file.Files"))]
    for name, c in shown[:args.top]:
        print(f"  {c * 100 / n:5.1f}%  {name}")


if __name__ == "__main__":
    main()
