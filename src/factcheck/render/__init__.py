"""Stage 8: reporters, one module each, looked up by format name (``--format``)."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass

from factcheck.models import Report

__all__ = ["RenderOptions", "Renderer", "formats", "get_renderer", "register_renderer", "render"]


@dataclass(frozen=True)
class RenderOptions:
    """What a reporter may need besides the report."""

    color: bool = False
    show_unique: bool = False
    draft_ids: tuple[str, ...] = ()  # `factcheck check`: the drafts whose lines the gate points at


Renderer = Callable[[Report, RenderOptions], str]
_RENDERERS: dict[str, Renderer] = {}


def register_renderer(name: str) -> Callable[[Renderer], Renderer]:
    def deco(fn: Renderer) -> Renderer:
        if name in _RENDERERS:
            raise ValueError(f"renderer {name!r} is registered twice")
        _RENDERERS[name] = fn
        return fn

    return deco


def _load_all() -> None:
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")


def formats() -> list[str]:
    _load_all()
    return sorted(_RENDERERS)


def get_renderer(name: str) -> Renderer:
    _load_all()
    try:
        return _RENDERERS[name]
    except KeyError:
        raise ValueError(f"unknown format {name!r}; choose one of {', '.join(sorted(_RENDERERS))}") from None


def render(report: Report, fmt: str, options: RenderOptions | None = None) -> str:
    return get_renderer(fmt)(report, options or RenderOptions())
