"""The themed style sheet is fully filled in, in every theme, and points at files that exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from explorer.ui import theme


@pytest.mark.parametrize("name", sorted(theme.THEMES))
def test_every_placeholder_is_filled_and_every_url_exists(name):
    sheet = theme.stylesheet(theme.THEMES[name])
    assert sheet, "the style sheet ships with the app"
    assert re.findall(r"\$\w+", sheet) == []
    urls = re.findall(r'url\("?([^")]+)"?\)', sheet)
    assert urls, "check boxes draw their tick from an icon"
    assert all(Path(url).is_file() for url in urls), urls
