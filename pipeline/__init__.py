"""hanfacts: Korean-Chinese document pipeline.

Stages, in the order data flows:
    ingest (decode, html, normalize, clean) -> segment -> places -> facts -> write
`pipeline.document.process` runs them for one document as a pure function.

Python API (README.md, "From Python"): `extract_text`, `extract_files`, `load`, `frames`.
They are imported on first use, so `python -m pipeline` does not pay for pandas.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

_API = {"extract_text": "pipeline.api", "extract_files": "pipeline.api",
        "load": "pipeline.tables", "frames": "pipeline.tables", "Tables": "pipeline.tables",
        "DocResult": "pipeline.model", "PlaceMention": "pipeline.model", "Fact": "pipeline.model",
        "BadInput": "pipeline.model"}
__all__ = sorted(_API)

if TYPE_CHECKING:
    from pipeline.api import extract_files, extract_text
    from pipeline.tables import Tables, frames, load
    from pipeline.model import BadInput, DocResult, Fact, PlaceMention


def __getattr__(name: str):
    if name not in _API:
        raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
    import importlib
    return getattr(importlib.import_module(_API[name]), name)
