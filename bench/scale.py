"""How the knowledge base scales with the number of regulations.

    .venv/bin/python bench/scale.py [--sizes 5,50,200,500] [--out bench/scale.md]

For each N it builds N regulation packages in a temporary folder by copying
the five packaged ones round-robin under new ids (``<id>-<k>``), each copy
with a region of its own: the place name (e.g. "Tabalong") is replaced by a
made-up one, in the same case, throughout the text, the norms' quotes and
the manifest, so every copy is a different text that passes every load
check.  (It does not yet rename units or vary the choices among the real
alternatives: every copy of Tabalong rules as Tabalong does.)  Then, in a fresh process each time, starts a knowledge base on
that folder twice (cold: empty start cache; warm: the cache the cold start
filled) and measures start seconds, resident memory, and the engine time of
an ask and an explained ask (median of 200, on one of the copies of
Tabalong) against the same figures at N = 5.  It writes a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pyapi import regulations  # noqa: E402

CHILD = r"""
import json, statistics, sys, time
t0 = time.perf_counter()
from pyapi.kb import KnowledgeBase
kb = KnowledgeBase().start()
start = time.perf_counter() - t0
target = sys.argv[1]
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
args = {"question": "reporting-line", "regency": target, "lang": "id",
        "params": {"subject": "jf-ahli-muda", "capacity": "individu", "unit": "dinas"}}
out = {"start_s": start, "load_seconds": kb.load_seconds, "norms": kb.norm_count, "rss_mb": rss()}
for op in ("ask", "explain"):
    kb.engine.call_raw(op, args)
    times = []
    for _ in range(200):
        t = time.perf_counter()
        kb.engine.call_raw(op, args)
        times.append(time.perf_counter() - t)
    out[op + "_ms"] = statistics.median(times) * 1e3
t = time.perf_counter(); kb.call("vocabulary"); out["vocabulary_ms"] = (time.perf_counter() - t) * 1e3
kb.stop()
print(json.dumps(out))
"""


SYLLABLES = ("ka", "ra", "ma", "ja", "sa", "ta", "wa", "lo", "gi", "ri", "bu", "la", "si",
             "nga", "de", "mo")


def place_name(k: int) -> str:
    """A made-up place name, different for every k (three or more syllables)."""
    parts = []
    k += len(SYLLABLES) ** 2
    while k:
        k, r = divmod(k, len(SYLLABLES))
        parts.append(SYLLABLES[r])
    return "".join(parts).capitalize()


def rename(text: str, old: str, new: str) -> str:
    return text.replace(old, new).replace(old.upper(), new.upper())


def build(folder: Path, n: int) -> str:
    """N packages in ``folder``; returns the id of a Tabalong copy."""
    sources = regulations.discover(regulations.PACKAGED)
    target = None
    for i in range(n):
        src = sources[i % len(sources)]
        new_id = src.id if i < len(sources) else f"{src.id}-{i // len(sources)}"
        dest = folder / new_id
        shutil.copytree(src.folder, dest, ignore=shutil.ignore_patterns("golden.toml"))
        manifest = dest / regulations.MANIFEST
        text = manifest.read_text(encoding="utf-8").replace(f'id = "{src.id}"', f'id = "{new_id}"')
        if new_id != src.id:
            place = src.region.split(" ", 1)[1]          # "Kabupaten Tabalong" -> "Tabalong"
            new = place_name(i)
            for name in ("text.txt", "norms.pl"):
                path = dest / name
                path.write_text(rename(path.read_text(encoding="utf-8"), place, new),
                                encoding="utf-8")
            text = rename(text, place, new)
        manifest.write_text(text, encoding="utf-8")
        if src.id == "tabalong":
            target = new_id
    assert target is not None
    return target


ROUNDS = 3          # warm starts of each size, interleaved with the reference's


def measure(folder: Path, target: str, cache: Path) -> dict:
    env = dict(os.environ, PERBUP_REGULATIONS=str(folder), PERBUP_START_CACHE=str(cache))
    done = subprocess.run([sys.executable, "-c", CHILD, target], env=env, capture_output=True,
                          text=True, timeout=1800, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"N run failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="5,50,200,500")
    parser.add_argument("--out", default=str(ROOT / "bench" / "scale.md"))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="perbup-scale-") as tmp:
        # The reference (the first size) stays built: it is measured again
        # beside every other size, so each ratio compares two runs made at
        # the same moment on this shared, noisy machine.
        ref_folder, ref_cache = Path(tmp) / "ref" / "regs", Path(tmp) / "ref" / "cache"
        ref_folder.mkdir(parents=True)
        ref_target = build(ref_folder, sizes[0])
        for n in sizes:
            if n == sizes[0]:
                folder, cache, target = ref_folder, ref_cache, ref_target
            else:
                folder, cache = Path(tmp) / str(n) / "regs", Path(tmp) / str(n) / "cache"
                folder.mkdir(parents=True)
                target = build(folder, n)
            cold = measure(folder, target, cache)
            warms, refs = [], []
            for _ in range(ROUNDS):
                warms.append(measure(folder, target, cache))
                refs.append(measure(ref_folder, ref_target, ref_cache))
            warm = {k: statistics.median(w[k] for w in warms) for k in warms[0]}
            ref = {k: statistics.median(r[k] for r in refs) for k in refs[0]}
            rows.append({"n": n, "cold": cold, "warm": warm, "ref": ref})
            print(f"N={n}: cold start {cold['start_s']:.1f} s, warm {warm['start_s']:.1f} s, "
                  f"RSS {warm['rss_mb']:.0f} MB, ask {warm['ask_ms']:.2f} ms "
                  f"(reference {ref['ask_ms']:.2f}), explain {warm['explain_ms']:.2f} ms "
                  f"(reference {ref['explain_ms']:.2f}), vocabulary {warm['vocabulary_ms']:.0f} ms",
                  file=sys.stderr, flush=True)
    lines = [
        "## Scale: start, memory and latency against the number of regulations", "",
        f"`.venv/bin/python bench/scale.py --sizes {args.sizes}` "
        f"({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} CPUs, "
        f"{(time.perf_counter() - began) / 60:.1f} min). N packages are copies of the five, "
        "each with a made-up place name of its own (see the script); each start is a fresh "
        "process: *cold* with an empty start cache, *warm* with the cache the cold start "
        f"filled (median of {ROUNDS} warm starts). Engine times are the median of 200 runs of "
        "reporting-line on a Tabalong copy; each ratio divides them by the same figures at "
        f"N = {sizes[0]}, measured in warm starts interleaved with those of N.", "",
        "How to read it: the goals (issue 10) are, at N = 500, a warm start ≤ 10 s, resident "
        "memory ≤ 1 GB, and ask and explain within 1.2 × the five-regulation figure.", "",
        "| N | norms | cold start s | warm start s | RSS MB | ask ms (ratio) | explain ms (ratio) "
        "| vocabulary ms |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        w, b = r["warm"], r["ref"]
        lines.append(f"| {r['n']} | {w['norms']:,.0f} | {r['cold']['start_s']:.1f} | {w['start_s']:.1f} "
                     f"| {w['rss_mb']:.0f} | {w['ask_ms']:.2f} ({w['ask_ms'] / b['ask_ms']:.2f}) "
                     f"| {w['explain_ms']:.2f} ({w['explain_ms'] / b['explain_ms']:.2f}) "
                     f"| {w['vocabulary_ms']:.0f} |")
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
