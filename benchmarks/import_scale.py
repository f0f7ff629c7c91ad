"""Import speed and memory at scale: synthetic GDELT 2.0 exports of N rows through
`relations-explorer import`, each in a fresh process so its peak memory is its own.

    python3 benchmarks/import_scale.py [--rows 100000 1000000] [--keep]

Prints, per size: rows, file size, wall time, CPU time (user + system) of the import process,
rows per second, peak resident memory (MB), the machine's load average before and after (on a
shared machine the wall time grows with the load, the CPU time does not), and the budget with
a verdict on CPU time, wall time and memory.
The budget (issue 13): 100,000 rows <= 30 s, 1,000,000 <= 5 min, peak <= 600 MB.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from explorer.ingest.events import GDELT2_COLUMNS  # noqa: E402

ACTORS = [("PER", "PERU", "PER", ""), ("JPN", "JAPAN", "JPN", ""), ("CHN", "CHINA", "CHN", ""),
          ("KOR", "SOUTH KOREA", "KOR", ""), ("USA", "UNITED STATES", "USA", ""),
          ("PERGOV", "PERU", "PER", "GOV"), ("JPNGOV", "JAPAN", "JPN", "GOV"),
          ("PERBUS", "PERU", "PER", "BUS"), ("CHNBUS", "CHINA", "CHN", "BUS"),
          ("PERMIL", "PERU", "PER", "MIL")]  # fmt: skip
CODES = ["010", "020", "036", "042", "043", "051", "061", "0711", "081", "090", "100", "112",
         "120", "130", "141", "150", "160", "173", "180", "190", "200"]  # fmt: skip


def write_gdelt(path: Path, rows: int, seed: int = 13) -> None:
    rng = random.Random(seed)
    index = {name: i for i, name in enumerate(GDELT2_COLUMNS)}
    with path.open("w", encoding="utf-8") as handle:
        for n in range(rows):
            row = [""] * len(GDELT2_COLUMNS)
            day = (
                20100101
                + rng.randrange(0, 5) * 10000
                + rng.randrange(0, 12) * 100
                + rng.randrange(0, 28)
            )
            a1, a2 = rng.sample(ACTORS, 2)
            code = rng.choice(CODES)
            values = {
                "GLOBALEVENTID": str(400000000 + n), "SQLDATE": str(day),
                "MonthYear": str(day // 100), "Year": str(day // 10000),
                "FractionDate": f"{day // 10000}.{rng.randrange(0, 9999):04d}",
                "Actor1Code": a1[0], "Actor1Name": a1[1], "Actor1CountryCode": a1[2],
                "Actor1Type1Code": a1[3], "Actor2Code": a2[0], "Actor2Name": a2[1],
                "Actor2CountryCode": a2[2], "Actor2Type1Code": a2[3], "IsRootEvent": "1",
                "EventCode": code, "EventBaseCode": code[:3], "EventRootCode": code[:2],
                "QuadClass": "1", "GoldsteinScale": f"{rng.uniform(-10, 10):.1f}",
                "NumMentions": "4", "NumSources": "1", "NumArticles": "4",
                "AvgTone": f"{rng.uniform(-8, 8):.2f}", "ActionGeo_Type": "4",
                "ActionGeo_FullName": "Lima, Lima, Peru", "ActionGeo_CountryCode": "PE",
                "DATEADDED": f"{day}000000",
                "SOURCEURL": f"https://news.example.com/{day}/{n}.html",
            }  # fmt: skip
            for name, value in values.items():
                row[index[name]] = value
            handle.write("\t".join(row) + "\n")


PEAK_BUDGET_MB = 600


def time_budget(rows: int) -> float:
    """Seconds allowed for `rows` (issue 13): 30 s per 100,000 up to 5 min per 1,000,000."""
    return 30.0 if rows <= 100_000 else 300.0


def measure(rows: int, folder: Path) -> None:
    source = folder / f"gdelt-{rows}.export.CSV"
    write_gdelt(source, rows)
    out = folder / f"gdelt-{rows}.db"
    out.unlink(missing_ok=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    load_before = os.getloadavg()[0]
    started = time.monotonic()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    before, cpu_before = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    done = subprocess.run(
        [sys.executable, "-m", "explorer", "import", str(source), "--out", str(out), "--quiet"],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    elapsed = time.monotonic() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime - cpu_before
    if done.returncode:
        print(done.stderr[-2000:])
        raise SystemExit(f"import of {rows:,} rows failed")
    mb = max(peak, before) / 1024
    budget = time_budget(rows)

    def verdict(ok: bool) -> str:
        return "within" if ok else "OVER"

    print(f"{rows:>9,} rows  file {source.stat().st_size / 1e6:7.1f} MB  "
          f"cpu {cpu:7.1f} s  wall {elapsed:7.1f} s  {rows / elapsed:9,.0f} rows/s  "
          f"peak {mb:6.0f} MB  store {out.stat().st_size / 1e6:7.1f} MB  "
          f"load {load_before:.1f}->{os.getloadavg()[0]:.1f}  "
          f"budget {budget:.0f} s, {PEAK_BUDGET_MB} MB: cpu {verdict(cpu <= budget)}, "
          f"wall {verdict(elapsed <= budget)}, memory {verdict(mb <= PEAK_BUDGET_MB)}",
          flush=True)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000])
    parser.add_argument("--keep", action="store_true", help="keep the files in ./bench-import")
    args = parser.parse_args()
    if args.keep:
        folder = Path("bench-import")
        folder.mkdir(exist_ok=True)
        for rows in args.rows:
            measure(rows, folder)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for rows in args.rows:
            measure(rows, Path(tmp))


if __name__ == "__main__":
    main()
