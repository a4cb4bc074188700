"""The ``factcheck`` command: a thin typer layer over :mod:`factcheck.pipeline`.

Each sub-command lives in its own module here and registers itself on :data:`app`.
"""

from __future__ import annotations

import importlib
import pkgutil

from factcheck.cli.app import app, main

__all__ = ["app", "main"]

for _info in pkgutil.iter_modules(__path__):
    if _info.name.endswith("_cmd"):
        importlib.import_module(f"{__name__}.{_info.name}")
