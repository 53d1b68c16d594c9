#!/usr/bin/env python3
"""Cold-JVM rebuilds of two Sinmun jars side by side, interleaved (see README.md):

    python3 bench/rebuild_ab.py OLD.jar OLD_PROJECT NEW.jar NEW_PROJECT [REPS] [LANG]

Each project is a copy of a built benchmark project (e.g. target/bench/10000/sinmun kept with --keep), built once
by its own jar first (a jar's cache is not another's). Each repetition appends a sentence to the body of the same
article (the 5th file of content/articles/2018/06/, else the middle file; with LANG, e.g. ko, the 5th article
there in that language: a Korean article's words fill more search shards) in each project and runs
`java -jar JAR build` on it, then a no-op build of each; it prints each run (wall, CPU = user + sys, time inside
Sinmun, the build's stages) and the medians and minima.
"""
import glob
import re
import statistics
import subprocess
import sys
import time


def article(project, lang=None):
    files = sorted(glob.glob(project + "/content/articles/2018/06/*.md")) or sorted(
        glob.glob(project + "/content/articles/**/*.md", recursive=True))
    if lang:
        files = [f for f in files if re.search(rf"^lang: {lang}$", open(f, encoding="utf-8").read(), re.M)]
    return files[4] if len(files) > 4 else files[len(files) // 2]


def build(jar, project):
    p = subprocess.run(["/usr/bin/time", "-f", "TIME %e %U %S %M", "java", "-jar", jar, "build", "--project", project],
                       capture_output=True, text=True)
    out = p.stdout + p.stderr
    t = re.search(r"TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)", out)
    inside = re.search(r" in ([\d.]+) s \(", out) or re.search(r"\(([\d.]+) s;", out)
    stages = [line.strip() for line in out.splitlines() if "scan inputs" in line]
    return (float(t[1]), float(t[2]) + float(t[3]), float(inside[1]) if inside else float("nan"),
            int(t[4]) // 1024, stages[0] if stages else "")


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    pairs = [("old", sys.argv[1], sys.argv[2]), ("new", sys.argv[3], sys.argv[4])]
    reps = int(sys.argv[5]) if len(sys.argv) > 5 else 5
    lang = sys.argv[6] if len(sys.argv) > 6 else None
    sentence = "위원회는 화요일에 다시 만났다" if lang == "ko" else "A sentence added for rebuild"
    runs = {(name, kind): [] for name, _, _ in pairs for kind in ("edit", "noop")}
    for r in range(reps):
        load = open("/proc/loadavg").read().split()[0]
        for name, jar, project in pairs:
            with open(article(project, lang), "a", encoding="utf-8") as f:
                f.write(f"\n{sentence} {r} at {time.time_ns()}.\n")
            wall, cpu, inside, rss, stages = build(jar, project)
            runs[(name, "edit")].append((wall, cpu, inside))
            print(f"{r} load {load} {name} edit: wall {wall:.2f} s, CPU {cpu:.2f} s, inside {inside:.2f} s, "
                  f"RSS {rss} MB | {stages}", flush=True)
        for name, jar, project in pairs:
            wall, cpu, inside, _, _ = build(jar, project)
            runs[(name, "noop")].append((wall, cpu, inside))
            print(f"{r} load {load} {name} no-op: wall {wall:.2f} s, CPU {cpu:.2f} s, inside {inside:.2f} s",
                  flush=True)
    for (name, kind), xs in runs.items():
        line = " · ".join(f"{label} median {statistics.median(x[k] for x in xs):.2f} min {min(x[k] for x in xs):.2f}"
                          for k, label in enumerate(("wall", "CPU", "inside")))
        print(f"{name} {kind}: {line}")


if __name__ == "__main__":
    main()
