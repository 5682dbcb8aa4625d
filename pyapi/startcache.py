"""What start-up derives from files that rarely change, kept between starts.

Parsing the five texts and checking 915 norm citations is about half of a
start.  Both are pure functions of their input files and of the code that
reads them, so their results are kept on disk under a key that hashes
both: the input bytes, and every source file of ``pyapi/`` and
``grammar/`` (a changed parser or grammar never reuses an old result).

The cache lives in ``$PERBUP_START_CACHE`` (default
``$XDG_CACHE_HOME/perbup-kb`` or ``~/.cache/perbup-kb``);
``PERBUP_START_CACHE=off`` turns it off.  A cache that cannot be read or
written is ignored: start-up then computes everything, as the first start
does.  The files are pickles, so the folder must be the user's own.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")

_ROOT = Path(__file__).resolve().parent.parent
KEEP = 4            # results kept per name


def cache_dir() -> Path | None:
    setting = os.environ.get("PERBUP_START_CACHE")
    if setting == "off":
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "perbup-kb"


@lru_cache(maxsize=1)
def code_fingerprint() -> bytes:
    """A hash of the code that turns input files into cached results."""
    digest = hashlib.sha256(sys.version.encode())
    files = sorted((_ROOT / "pyapi").rglob("*.py")) + sorted((_ROOT / "grammar").glob("*.lark"))
    for path in files:
        digest.update(str(path.relative_to(_ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.digest()


def memo(name: str, inputs: bytes, build: Callable[[], T]) -> T:
    """``build()``, or the result a previous start kept for the same
    ``name``, ``inputs`` and code."""
    folder = cache_dir()
    if folder is None:
        return build()
    key = hashlib.sha256(code_fingerprint() + name.encode() + b"\0" + inputs).hexdigest()[:32]
    path = folder / f"{name}.{key}.pickle"
    try:
        return pickle.loads(path.read_bytes())
    except Exception:                     # missing, unreadable or from another version
        pass
    value = build()
    _keep(folder, name, path, value)
    return value


def _keep(folder: Path, name: str, path: Path, value) -> None:
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # A few results per name (several checkouts or versions may share the
        # folder); the oldest go.
        kept = sorted(folder.glob(f"{name}.*.pickle"), key=lambda p: p.stat().st_mtime)
        for old in kept[:max(0, len(kept) - KEEP + 1)]:
            old.unlink(missing_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, delete=False, suffix=".tmp") as out:
            tmp = out.name
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except (OSError, pickle.PicklingError, RecursionError):
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


__all__ = ["cache_dir", "code_fingerprint", "memo"]
