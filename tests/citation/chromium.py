"""Opening a page in real headless Chromium and counting the network requests it makes.

Chromium's net log (--log-net-log) records every URL request; a request the page makes carries
the page's origin (file://) in its network isolation key, while Chromium's own background
requests (update checks and the like) carry none. Those background requests are pointed at a
dead proxy on loopback and every host name is unresolvable, so nothing leaves the machine
either way.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    "--disable-features=MediaRouter,OptimizationHints,Translate",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
    "--hide-scrollbars",
]  # fmt: skip


def available() -> bool:
    return Path(CHROMIUM).exists()


def _load_net_log(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    try:
        return json.loads(text)
    except json.JSONDecodeError:  # Chromium killed before it closed the log: close it here
        return json.loads(text.rstrip().rstrip(",") + "]}")


def page_requests(net_log: Path) -> list[str]:
    """URLs requested on behalf of a file:// page (not Chromium's own background requests)."""
    log = _load_net_log(net_log)
    kinds = {v: k for k, v in log["constants"]["logEventTypes"].items()}
    urls = []
    for event in log["events"]:
        params = event.get("params") or {}
        if kinds.get(event["type"]) != "URL_REQUEST_START_JOB" or "url" not in params:
            continue
        if "file://" in params.get("network_isolation_key", "") or params.get(
            "initiator", "not an origin"
        ) not in ("not an origin",):
            urls.append(params["url"])
    return urls


def open_page(page: Path, screenshot: Path, size=(1280, 1600), timeout=90) -> list[str]:
    """Load `page`, save a screenshot, and return the network requests the page made."""
    with tempfile.TemporaryDirectory() as profile:
        net_log = Path(profile) / "net-log.json"
        command = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}/data",
                   f"--log-net-log={net_log}", f"--screenshot={screenshot}",
                   f"--window-size={size[0]},{size[1]}", page.resolve().as_uri()]  # fmt: skip
        subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        return page_requests(net_log)
