#!/usr/bin/env python3
"""Self-check of the csfuji curated files; the checks live in tools/check_csfor.py."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_csfor  # noqa: E402

if __name__ == "__main__":
    errors = check_csfor.check("csfuji")
    for e in errors:
        print("error:", e)
    print(f"{len(errors)} error(s) in csfuji")
    raise SystemExit(1 if errors else 0)
