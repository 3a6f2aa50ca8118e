"""Third-party modules imported the cheap way, where a plain import costs start-up time
for nothing (issue 10: start-up of a one-document run)."""
from __future__ import annotations

import sys
from types import ModuleType


def jieba() -> ModuleType:
    """`import jieba` without pkg_resources. jieba imports pkg_resources only to open its
    own data files and falls back to plain `open` when it is missing; importing it costs
    about 0.1 s of CPU (setuptools scans every installed distribution), three times jieba's
    own import. The files it opens are the same either way."""
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    hidden = "pkg_resources" not in sys.modules
    if hidden:
        sys.modules["pkg_resources"] = None      # type: ignore[assignment]  # import fails
    try:
        import jieba as module
    finally:
        if hidden and sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    return module
