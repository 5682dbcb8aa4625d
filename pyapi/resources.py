"""Where the package's data lives: the rules (``kb/``), the grammars
(``grammar/``) and the packaged regulations (``regencies/``).

In a checkout, and in an editable install, they are the folders next to
``pyapi/``.  A wheel (``pip install .``) carries them as package data under
``pyapi/_data/`` (see ``[tool.setuptools]`` in pyproject.toml).  Every
module finds them through this one root.
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _root() -> Path:
    installed = _HERE / "_data"
    return installed if (installed / "kb").is_dir() else _HERE.parent


ROOT = _root()
KB = ROOT / "kb"
GRAMMAR = ROOT / "grammar"
REGULATIONS = ROOT / "regencies"

__all__ = ["GRAMMAR", "KB", "REGULATIONS", "ROOT"]
