"""Build Relations Explorer with PyInstaller: the one command a packager runs.

    python packaging/build.py                 # one-folder + one-file builds in dist/
    python packaging/build.py --mode onedir   # one-folder only (what CI tests)
    python packaging/build.py --check-reproducible   # build twice, compare byte for byte

Builds are reproducible: SOURCE_DATE_EPOCH comes from the last commit (or the environment) and
PYTHONHASHSEED is fixed, so two builds of one commit on one machine are byte-identical. Every
build writes dist/SHA256SUMS over all files it produced; the check compares two of them.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import bundle_plan as plan

SPEC = plan.PACKAGING / "relations-explorer.spec"
MANIFEST = "SHA256SUMS"
LOCK = plan.PACKAGING / "constraints-frozen.txt"


def read_lock(path: Path = LOCK) -> dict[str, str]:
    """{normalised name: version} from a constraints file of `name==version` lines."""
    pins = {}
    for line in path.read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[normalise(name)] = version.strip()
    return pins


def normalise(name: str) -> str:
    return name.strip().lower().replace("_", "-").replace(".", "-")


def lock_differences(lock: Path = LOCK) -> list[str]:
    """Each pinned package whose installed version is not the pinned one (or is missing)."""
    from importlib import metadata

    differences = []
    for name, pinned in read_lock(lock).items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = "not installed"
        if installed != pinned:
            differences.append(f"{name}: {installed} installed, {pinned} pinned")
    return differences


def source_date_epoch() -> str:
    """The environment's value, else the last commit's time, so a commit always builds alike."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    try:
        stamp = subprocess.run(
            ["git", "-C", str(plan.REPO), "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        stamp = ""
    return stamp or "1420070400"  # 2015-01-01, the end of the period the data covers


def build_environment() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        SOURCE_DATE_EPOCH=source_date_epoch(),
        PYTHONHASHSEED="0",
        TZ="UTC",
        LC_ALL="C.UTF-8",
    )
    # The probe hook must not fire while PyInstaller imports modules to analyse them.
    env.pop("RELATIONS_EXPLORER_PAINT_PROBE", None)
    return env


def products(dist: Path, mode: str) -> list[Path]:
    version = plan.read_version()
    found = []
    if mode in ("onedir", "both"):
        found.append(dist / plan.EXE_NAME)
    if mode in ("onefile", "both"):
        suffix = ".exe" if sys.platform == "win32" else ""
        found.append(dist / f"{plan.onefile_name(version)}{suffix}")
    return found


def normalise_times(paths: list[Path], epoch: int) -> None:
    """Give every produced file the commit time, so archives made from the build match too."""
    for top in paths:
        for path in [top, *sorted(top.rglob("*"))] if top.is_dir() else [top]:
            os.utime(path, (epoch, epoch), follow_symlinks=False)


def write_manifest(dist: Path, paths: list[Path]) -> Path:
    lines = []
    for top in paths:
        files = sorted(p for p in top.rglob("*") if p.is_file()) if top.is_dir() else [top]
        for file in files:
            digest = hashlib.sha256(file.read_bytes()).hexdigest()
            lines.append(f"{digest}  {file.relative_to(dist).as_posix()}")
    manifest = dist / MANIFEST
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest


def tree_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(mode: str, dist: Path, work: Path, quiet: bool = False,
          unpinned: bool = False) -> list[Path]:  # fmt: skip
    differences = lock_differences()
    if differences and not unpinned:
        raise SystemExit(
            f"the installed packages differ from {LOCK.name}:\n  "
            + "\n  ".join(differences)
            + f"\ninstall the pinned ones (pip install -c packaging/{LOCK.name} -e '.[package]')"
            " or build anyway with --unpinned"
        )
    for difference in differences:
        print(f"warning: unpinned build: {difference}", file=sys.stderr)
    if not plan.resource_files():
        raise SystemExit("no resources found: run from a full checkout")
    if not (plan.REPO / "data" / "relations.db").exists():
        raise SystemExit(
            "data/relations.db is missing: build the store first (python -m explorer.build)"
        )
    for product in products(dist, mode):
        if product.is_dir():
            shutil.rmtree(product)
        elif product.exists():
            product.unlink()
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--log-level",
        "WARN" if quiet else "INFO",
        str(SPEC),
        "--",
        "--mode",
        mode,
    ]
    env = build_environment()
    started = time.monotonic()
    subprocess.run(command, check=True, env=env, cwd=plan.REPO)
    built = products(dist, mode)
    normalise_times(built, int(env["SOURCE_DATE_EPOCH"]))
    write_manifest(dist, built)
    print(
        f"built in {time.monotonic() - started:.0f} s (SOURCE_DATE_EPOCH={env['SOURCE_DATE_EPOCH']}):"
    )
    for product in built:
        print(f"  {product}  {tree_size(product) / 2**20:.1f} MiB")
    return built


def compare_manifests(first: Path, second: Path) -> list[str]:
    """Files whose bytes differ (or exist in only one build); empty when reproducible."""

    def read(path: Path) -> dict[str, str]:
        pairs = (line.split("  ", 1) for line in path.read_text("utf-8").splitlines() if line)
        return {name: digest for digest, name in pairs}

    a, b = read(first), read(second)
    return sorted(name for name in a.keys() | b.keys() if a.get(name) != b.get(name))


def check_reproducible(mode: str, root: Path, unpinned: bool = False) -> int:
    """Two clean builds of this tree in different folders; reports every differing file."""
    manifests = []
    for label in ("first", "second"):
        dist, work = root / label / "dist", root / label / "work"
        shutil.rmtree(root / label, ignore_errors=True)
        build(mode, dist, work, quiet=True, unpinned=unpinned)
        manifests.append(dist / MANIFEST)
    differing = compare_manifests(*manifests)
    count = len(manifests[0].read_text("utf-8").splitlines())
    if differing:
        print(f"NOT reproducible: {len(differing)} of {count} files differ:")
        print("\n".join(f"  {name}" for name in differing[:50]))
        return 1
    print(f"reproducible: {count} files byte-identical across two clean builds")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build Relations Explorer with PyInstaller.")
    parser.add_argument("--mode", choices=("onedir", "onefile", "both"), default="both")
    parser.add_argument("--dist", type=Path, default=plan.REPO / "dist")
    parser.add_argument("--work", type=Path, default=plan.REPO / "build" / "pyinstaller")
    parser.add_argument(
        "--check-reproducible",
        action="store_true",
        help="build twice under build/reproducibility and compare",
    )
    parser.add_argument("--unpinned", action="store_true",
                        help=f"build even if installed packages differ from {LOCK.name}")  # fmt: skip
    args = parser.parse_args(argv)
    if args.check_reproducible:
        return check_reproducible(args.mode, plan.REPO / "build" / "reproducibility", args.unpinned)
    build(args.mode, args.dist.resolve(), args.work.resolve(), unpinned=args.unpinned)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
