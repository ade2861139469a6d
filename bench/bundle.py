"""Budgets of the Linux bundle: size on disk, archive size, start-up to a usable window.

    packaging/build.sh            # or DEALBRIEF_PYTHON=... packaging/build.sh
    python bench/bundle.py [DIST] # DIST defaults to dist/ (holds dealbrief/ and the .tar.gz)

Start-up runs the bundled binary offscreen on a demo book with DEALBRIEF_EXIT_AFTER_SHOWN=1: the
app quits once the main window is shown and the event loop ran once, printing its age in ms. The
median of 5 runs is reported, with the wall time and the CPU time of the whole process (including
shut-down) beside it. Not a test: the numbers depend on the machine; exit code 1 when a budget is
broken.

On a shared or busy machine the start-up figure says more about the neighbours than about the
app, so the bench also prints the load average and a reference: this Python importing sqlmodel
in a fresh process, which ../shared/facts.md puts at ~0.3 s on an idle machine. Start-up is
mostly imports too, so when the reference is several times slower than that, so is the app.
"""

from __future__ import annotations

import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_DISK_MB = 250
BUDGET_ARCHIVE_MB = 100
BUDGET_START_MS = 1000
RUNS = 5


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


REFERENCE_IDLE_MS = 300  # `import sqlmodel` on an idle machine (facts.md)


def children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def start_once(exe: Path, book: Path, env: dict[str, str]) -> tuple[float, float, float]:
    """(ms until the window was shown, as the app saw it; ms of the whole process, wall; its CPU ms)."""
    began, cpu = time.perf_counter(), children_cpu_s()
    done = subprocess.run([str(exe), "--book", str(book)], env=env, capture_output=True, text=True,
                          timeout=60, check=True)
    wall = (time.perf_counter() - began) * 1000
    found = re.search(r"window shown after (\d+) ms", done.stdout)
    if not found:
        raise SystemExit(f"the app did not report its start-up: {done.stdout}{done.stderr}")
    return float(found.group(1)), wall, (children_cpu_s() - cpu) * 1000


def reference_ms() -> float:
    """A fixed import-heavy workload, to tell a slow or busy machine from a slow app."""
    began = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import sqlmodel"], check=True, capture_output=True)
    return (time.perf_counter() - began) * 1000


def main() -> int:
    dist = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist").resolve()
    exe = dist / "dealbrief" / "dealbrief"
    archives = sorted(dist.glob("dealbrief-*-linux-*.tar.gz"))
    if not exe.exists() or not archives:
        print(f"no bundle in {dist}: run packaging/build.sh first", file=sys.stderr)
        return 2

    disk_mb = folder_size(dist / "dealbrief") / 2**20
    archive_mb = archives[-1].stat().st_size / 2**20

    with tempfile.TemporaryDirectory(prefix="dealbrief-bench-") as tmp:
        home = Path(tmp)
        env = {"PATH": "/usr/bin:/bin", "HOME": tmp, "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
               "DEALBRIEF_CONFIG_DIR": str(home / "config")}
        book = home / "demo.dealbrief"
        subprocess.run([str(exe), "--book", str(book), "demo"], env=env, check=True, capture_output=True)
        env["DEALBRIEF_EXIT_AFTER_SHOWN"] = "1"
        start_once(exe, book, env)  # warm the page cache like a second launch on a laptop
        references = [reference_ms()]
        runs = []
        for _ in range(RUNS):  # interleaved, so both see the same neighbours
            runs.append(start_once(exe, book, env))
            references.append(reference_ms())
    shown = statistics.median(r[0] for r in runs)
    wall = statistics.median(r[1] for r in runs)
    cpu = statistics.median(r[2] for r in runs)

    rows = [
        ("bundle on disk", f"{disk_mb:.0f} MB", f"{BUDGET_DISK_MB} MB", disk_mb <= BUDGET_DISK_MB),
        ("archive (.tar.gz)", f"{archive_mb:.0f} MB", f"{BUDGET_ARCHIVE_MB} MB", archive_mb <= BUDGET_ARCHIVE_MB),
        (f"start to window (median of {RUNS})", f"{shown:.0f} ms", f"{BUDGET_START_MS} ms",
         shown <= BUDGET_START_MS),
    ]
    for name, value, budget, ok in rows:
        print(f"{name:<32} {value:>8}   budget {budget:>8}   {'ok' if ok else 'OVER'}")
    print(f"{'whole process, wall (median)':<32} {wall:>5.0f} ms   runs (shown/wall): "
          + ", ".join(f"{r[0]:.0f}/{r[1]:.0f}" for r in runs))
    print(f"{'whole process, CPU (median)':<32} {cpu:>5.0f} ms")
    reference = statistics.median(references)
    slower = reference / REFERENCE_IDLE_MS
    print(f"{'machine: import sqlmodel':<32} {reference:>5.0f} ms   (~{REFERENCE_IDLE_MS} ms when idle: "
          f"{slower:.1f}x slower now; load average "
          + " ".join(f"{x:.1f}" for x in os.getloadavg()) + ")")
    if slower > 1.5:
        print(f"{'start to window, scaled':<32} {shown / slower:>5.0f} ms   (an estimate: the median "
              f"divided by {slower:.1f}; measure again on an idle machine)")
    return 0 if all(r[3] for r in rows) else 1


if __name__ == "__main__":
    os.environ.setdefault("LANG", "C.UTF-8")
    raise SystemExit(main())
