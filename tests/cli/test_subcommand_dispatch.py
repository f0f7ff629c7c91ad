"""A subcommand whose dependencies are missing (a damaged install: they are all runtime
dependencies now) says what to install, in one line, instead of a traceback."""

from __future__ import annotations

from explorer import cli


def test_a_missing_extra_is_named_with_the_install_command(monkeypatch, capsys):
    real_import = cli.importlib.import_module

    def without_openpyxl(name):
        if name.startswith("explorer.cli.import_command"):
            raise ModuleNotFoundError("No module named 'openpyxl'", name="openpyxl")
        return real_import(name)

    monkeypatch.setattr(cli.importlib, "import_module", without_openpyxl)
    assert cli.run("import", ["x.csv", "--out", "y.db"]) == 2
    err = capsys.readouterr().err
    assert "openpyxl" in err and "pip install" in err
    assert "Traceback" not in err
