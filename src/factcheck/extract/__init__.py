"""Stage 3: the extractors. Importing this package registers every extractor module."""

from __future__ import annotations

import importlib
import pkgutil

from factcheck.extract.base import ArticleContext, Extractor
from factcheck.extract.registry import all_extractors, get, register, run_extractors

__all__ = ["ArticleContext", "Extractor", "all_extractors", "get", "register", "run_extractors"]

_NOT_EXTRACTORS = {"base", "registry", "participants", "subjects"}

for _info in pkgutil.iter_modules(__path__):
    if _info.name not in _NOT_EXTRACTORS and not _info.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_info.name}")
