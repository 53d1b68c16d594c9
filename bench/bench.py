"""Benchmark Sinmun against Hugo on synthetic archives; see bench/README.md. Run through bench/run.sh."""

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

import synth

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(REPO, "target", "bench")
JAR = os.path.join(REPO, "target", "sinmun.jar")
THEME = os.path.join(REPO, "bench", "hugo")
TRASH = os.path.join(BENCH, "trash")
SCENARIOS = ["import", "full build", "no-op rebuild", "edit one body", "add one article", "change one registry entry"]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def copy_tree(src, dst):
    if os.path.isdir(src):
        shutil.copytree(src, dst, dirs_exist_ok=True)


def set_aside(path):
    """Moves path into target/bench/trash/, emptied when the whole run is over. Deleting a big output folder just
    before a build would measure the file system: ext4 then skips every recently freed inode when it creates a file
    (kernel time grows with the deletion; RESULTS.md "Wave 21")."""
    if os.path.lexists(path):
        os.makedirs(TRASH, exist_ok=True)
        os.rename(path, os.path.join(TRASH, f"{len(os.listdir(TRASH))}-{os.path.basename(path)}"))


def sinmun_project(root, registry):
    """The parts of a Sinmun project that do not depend on N: registry, config, templates and static files."""
    write(os.path.join(root, "content", "registry", "people.yml"), registry.people_yaml())
    write(os.path.join(root, "content", "registry", "topics.yml"), registry.topics_yaml())
    write(os.path.join(root, "site", "sinmun.yml"),
          "title: {en: Benchmark Archive, ko: 벤치마크 아카이브}\n"
          "description: {en: A synthetic archive, ko: 합성 아카이브}\n"
          "base_url: https://example.github.io/archive/\ntime_zone: Asia/Seoul\ndefault_lang: en\n")
    copy_tree(os.path.join(REPO, "site", "static"), os.path.join(root, "site", "static"))
    copy_tree(os.path.join(REPO, "templates"), os.path.join(root, "templates"))


def hugo_term(root, kind, term, title):
    write(os.path.join(root, "content", kind, term["id"], "_index.md"),
          f"---\ntitle: {synth.yaml_str(title)}\nko: {synth.yaml_str(term['ko'])}\n---\n")


def generate(n, seed, root, want_import=True, want_hugo=True):
    """Writes the three projects for N articles under root: import/, sinmun/ and hugo/ (Hugo gets a term page,
    with its English title and Korean name, for each person and topic the articles use, as Sinmun does)."""
    set_aside(root)
    registry = synth.Registry(seed)
    imp, sin, hug = (os.path.join(root, d) for d in ("import", "sinmun", "hugo"))
    sinmun_project(imp, registry)
    sinmun_project(sin, registry)
    os.makedirs(os.path.join(sin, "content", "inbox"))
    os.makedirs(os.path.join(hug, "themes"))
    os.symlink(THEME, os.path.join(hug, "themes", "bench"))
    shutil.copy(os.path.join(THEME, "hugo.toml"), os.path.join(hug, "hugo.toml"))
    used = {}
    for i in range(n):
        a = synth.Article(registry, seed, i)
        for kind, terms in (("people", a.people), ("topics", a.topics)):
            for term in terms:
                used[(kind, term["id"])] = term
        if want_import:
            write(os.path.join(imp, "content", "inbox", a.inbox_name), a.raw_dump())
        write(os.path.join(sin, "content", "articles", a.month_dir, a.slug + ".md"), a.sinmun_markdown())
        if want_hugo:
            write(os.path.join(hug, "content", "articles", a.month_dir, a.slug + ".md"), a.hugo_markdown())
    for (kind, _), term in sorted(used.items()):
        hugo_term(hug, kind, term, term["en"])
    return registry


def snapshot(directory):
    files = {}
    for base, _, names in os.walk(directory):
        for name in names:
            path = os.path.join(base, name)
            st = os.stat(path)
            files[path] = (st.st_mtime_ns, st.st_size, st.st_ino)
    return files


def server_pid(project):
    """The pid of the build server of `project` (cli.BuildServer), or None."""
    p = subprocess.run(["pgrep", "-f", "build-server --project " + os.path.abspath(project) + " "],
                       capture_output=True, text=True)
    return int(p.stdout.split()[0]) if p.stdout.split() else None


def server_usage(pid):
    """CPU seconds (user + system) and peak RSS (MB) of a process so far; zeros when it is gone."""
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        hwm = next(int(l.split()[1]) for l in open(f"/proc/{pid}/status") if l.startswith("VmHWM"))
        return cpu, hwm / 1024
    except (OSError, StopIteration, IndexError):
        return 0.0, 0.0


def measure(label, cmd, cwd, out_dir, log, env=None, server_of=None):
    """Runs cmd once under /usr/bin/time -v; returns wall, CPU, peak RSS and what it did to out_dir. With
    `server_of` (a project), the CPU its build server spent meanwhile is added, and its peak RSS counted."""
    before = snapshot(out_dir) if out_dir else {}
    timing = log + ".time"
    server = server_pid(server_of) if server_of else None
    server_before = server_usage(server) if server else (0.0, 0.0)
    started = time.monotonic()
    with open(log, "w") as out:
        rc = subprocess.run(["/usr/bin/time", "-v", "-o", timing] + cmd, cwd=cwd, stdout=out,
                            stderr=subprocess.STDOUT, env=env).returncode
    wall = time.monotonic() - started
    server_after = server_usage(server) if server else (0.0, 0.0)
    t = open(timing).read()

    def field(name):
        return float(re.search(re.escape(name) + r": ([0-9.]+)", t).group(1))

    after = snapshot(out_dir) if out_dir else {}
    written = sum(1 for p, s in after.items() if before.get(p) != s)
    result = {"label": label, "rc": rc, "wall": wall,
              "cpu": field("User time (seconds)") + field("System time (seconds)") + server_after[0] - server_before[0],
              "rss_mb": max(field("Maximum resident set size (kbytes)") / 1024, server_after[1]),
              "pages": sum(1 for p in after if p.endswith(".html")), "files": len(after), "written": written,
              "deleted": sum(1 for p in before if p not in after),
              "bytes": sum(s[1] for s in after.values()), "log": os.path.relpath(log, REPO)}
    print(f"  {label:<44} rc={rc} wall {wall:7.2f} s  cpu {result['cpu']:7.2f} s  rss {result['rss_mb']:6.0f} MB  "
          f"pages {result['pages']:>6}  written {written:>6}  {result['bytes'] / 1e6:8.1f} MB", flush=True)
    return result


def warm_up(java, registry, seed, root):
    """The first `build` of a jar writes its class-data archive beside it (cli.ClassDataArchive, a second or two);
    done here on a one-article project, so the measured builds are what a user's later builds are."""
    tiny = os.path.join(root, "warm-up")
    sinmun_project(tiny, registry)
    a = synth.Article(registry, seed, 0)
    write(os.path.join(tiny, "content", "articles", a.month_dir, a.slug + ".md"), a.sinmun_markdown())
    subprocess.run(java + ["build", "--project", tiny], capture_output=True)
    shutil.rmtree(tiny, ignore_errors=True)


def run_n(n, args):
    root = os.path.join(BENCH, str(n))
    t0 = time.monotonic()
    registry = generate(n, args.seed, root, args.import_, args.hugo)
    print(f"N={n}: generated in {time.monotonic() - t0:.1f} s under {os.path.relpath(root, REPO)}", flush=True)
    imp, sin, hug = (os.path.join(root, d) for d in ("import", "sinmun", "hugo"))
    logs = os.path.join(root, "logs")
    os.makedirs(logs)
    java = ["java"] + args.java_opts.split() + ["-jar", args.jar]
    site, public = os.path.join(sin, "target", "site"), os.path.join(hug, "public")
    hugo = ["hugo", "--quiet", "--source", hug, "--cacheDir", os.path.join(hug, "cache")]
    results = {"sinmun": {s: [] for s in SCENARIOS}, "hugo": {s: [] for s in SCENARIOS[1:]}}
    env = dict(os.environ, SINMUN_BUILD_SERVER="on" if args.build_server else "off")

    def save():
        write(os.path.join(BENCH, f"partial-{n}.json"), json.dumps({n: results}, indent=1))

    def both(scenario, rep, mutate_sinmun=None, mutate_hugo=None):
        tag = f"{SCENARIOS.index(scenario)}-{rep}"
        if mutate_sinmun:
            mutate_sinmun()
        results["sinmun"][scenario].append(measure(f"sinmun {scenario} #{rep}", java + ["build", "--project", sin],
                                                   sin, site, os.path.join(logs, f"sinmun-{tag}.log"),
                                                   env=env, server_of=sin if args.build_server else None))
        save()
        if args.hugo:
            if mutate_hugo:
                mutate_hugo()
            results["hugo"][scenario].append(measure(f"hugo   {scenario} #{rep}", hugo, hug, public,
                                                     os.path.join(logs, f"hugo-{tag}.log")))
            save()

    warm_up(java, registry, args.seed, root)
    if args.import_:
        results["sinmun"]["import"].append(measure("sinmun import", java + ["import", "--project", imp], imp,
                                                   os.path.join(imp, "content", "articles"),
                                                   os.path.join(logs, "sinmun-import.log")))
    middle = synth.Article(registry, args.seed, n // 2)
    for rep in range(1, args.reps + 1):
        both("full build", rep, lambda: set_aside(site), lambda: set_aside(public))
        if args.full_only:
            continue
        both("no-op rebuild", rep)
        edited = synth.Article(registry, args.seed, n // 2, edit=rep)
        both("edit one body", rep,
             lambda: write(os.path.join(sin, "content", "articles", middle.month_dir, middle.slug + ".md"),
                           edited.sinmun_markdown()),
             lambda: write(os.path.join(hug, "content", "articles", middle.month_dir, middle.slug + ".md"),
                           edited.hugo_markdown()))
        added = synth.Article(registry, args.seed, n + rep - 1)
        both("add one article", rep,
             lambda: write(os.path.join(sin, "content", "articles", added.month_dir, added.slug + ".md"),
                           added.sinmun_markdown()),
             lambda: write(os.path.join(hug, "content", "articles", added.month_dir, added.slug + ".md"),
                           added.hugo_markdown()))
        top = registry.people[0]
        new_ko = top["ko"] + "씨" * rep
        both("change one registry entry", rep,
             lambda: write(os.path.join(sin, "content", "registry", "people.yml"), registry.people_yaml(new_ko)),
             lambda: hugo_term(hug, "people", dict(top, ko=new_ko), top["en"]))
    if args.build_server and server_pid(sin):
        os.remove(os.path.join(sin, "target", "sinmun-cache", "server", "socket"))
    if not args.keep:
        for d in (imp, sin, hug):
            set_aside(d)
    return results


def median(runs, key):
    return statistics.median(r[key] for r in runs) if runs else None


def table(n, results, reps):
    lines = [f"### N = {n:,} ({reps} run{'s' if reps > 1 else ''} each, median)", "",
             "| scenario | tool | wall s | CPU s | peak RSS MB | HTML pages | files written | output MB | KB/article "
             "| Sinmun/Hugo wall | Sinmun/Hugo CPU |", "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|"]
    for scenario in SCENARIOS:
        for tool in ("sinmun", "hugo"):
            runs = results[tool].get(scenario, [])
            if not runs:
                continue
            failed = [r for r in runs if r["rc"] != 0]
            ratio = cpu_ratio = ""
            hugo_runs = results["hugo"].get(scenario, [])
            if tool == "sinmun" and hugo_runs:
                ratio = f"{median(runs, 'wall') / median(hugo_runs, 'wall'):.2f}"
                cpu_ratio = f"{median(runs, 'cpu') / median(hugo_runs, 'cpu'):.2f}"
            name = scenario + (f" (exit {failed[0]['rc']}, see {failed[0]['log']})" if failed else "")
            lines.append(f"| {name} | {'Sinmun' if tool == 'sinmun' else 'Hugo'} | {median(runs, 'wall'):.2f} "
                         f"| {median(runs, 'cpu'):.2f} | {median(runs, 'rss_mb'):.0f} | {median(runs, 'pages'):.0f} "
                         f"| {median(runs, 'written'):.0f} | {median(runs, 'bytes') / 1e6:.1f} "
                         f"| {median(runs, 'bytes') / 1024 / n:.1f} | {ratio} | {cpu_ratio} |")
    return "\n".join(lines) + "\n"


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    mem = next(l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal"))
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    hugo = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.strip() if shutil.which("hugo") else "absent"
    return (f"- {os.cpu_count()} CPUs ({cpu}), {int(mem) / 1024 / 1024:.1f} GiB RAM, {platform.platform()}\n"
            f"- {java[0] if java else '?'} ({java[1] if len(java) > 1 else ''})\n- {hugo}\n"
            f"- load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")


def main():
    p = argparse.ArgumentParser(prog="bench/run.sh", description=__doc__)
    p.add_argument("sizes", nargs="*", type=int, metavar="N", help="archive sizes, e.g. 1000 10000")
    p.add_argument("--reps", type=int, default=1, help="runs of each build scenario (median reported); default 1")
    p.add_argument("--seed", type=int, default=6, help="generator seed; default 6")
    p.add_argument("--java-opts", default="", help='JVM options for Sinmun, e.g. --java-opts=-Xmx1g')
    p.add_argument("--no-hugo", dest="hugo", action="store_false", help="measure Sinmun only")
    p.add_argument("--no-import", dest="import_", action="store_false", help="skip the import scenario")
    p.add_argument("--full-only", action="store_true", help="measure the full build only (no rebuild scenarios)")
    p.add_argument("--jar", default=JAR, help="the Sinmun jar to measure; default target/sinmun.jar")
    p.add_argument("--keep", action="store_true", help="keep the generated projects under target/bench/N/")
    p.add_argument("--build-server", action="store_true",
                   help="builds through Sinmun's build server (the first starts it), as from a terminal; its CPU and "
                        "peak RSS are counted")
    p.add_argument("--report", metavar="JSON", help="only print the tables of an earlier run's results-*.json")
    args = p.parse_args()
    if args.report:
        for n, results in json.load(open(args.report)).items():
            reps = max(len(r) for r in results["sinmun"].values())
            print(table(int(n), results, reps))
        return
    if not args.sizes:
        p.error("give at least one archive size N, e.g. bench/run.sh 1000 10000")
    if args.hugo and not shutil.which("hugo"):
        sys.exit("hugo not found: apt-get install -y hugo, or pass --no-hugo")
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    report = [f"## Run {stamp}", "", machine(), "Command: `bench/run.sh " + " ".join(sys.argv[1:]) + "`", ""]
    everything = {}
    for n in args.sizes:
        everything[n] = run_n(n, args)
        report.append(table(n, everything[n], args.reps))
        write(os.path.join(BENCH, f"results-{stamp}.md"), "\n".join(report))
        write(os.path.join(BENCH, f"results-{stamp}.json"), json.dumps(everything, indent=1))
    print("\n".join(report))
    if os.path.isdir(TRASH):
        print("Deleting the set-aside projects and output folders (target/bench/trash/)…", flush=True)
        shutil.rmtree(TRASH, ignore_errors=True)
    print(f"Written to {os.path.relpath(os.path.join(BENCH, f'results-{stamp}.md'), REPO)}")


if __name__ == "__main__":
    main()
