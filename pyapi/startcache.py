"""What start-up derives from files that rarely change, kept between starts.

Parsing the texts, loading their structure into Prolog, consulting the
norms and checking every norm citation are most of a start.  All are pure
functions of their input files and of the code that reads them, so their
results are kept on disk under a key that hashes both: the input bytes,
and every source file of ``pyapi/`` and ``grammar/`` (a changed parser or
grammar never reuses an old result; callers whose results depend on the
Prolog rules put those in the inputs).  ``memo`` keeps Python values as
pickles; ``stem`` and ``publish`` keep files a caller builds itself (a
regulation's saved form, a .qlf file: kb/regulations.pl).

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

from . import resources

T = TypeVar("T")

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
    code = Path(__file__).resolve().parent
    files = [(p, p.relative_to(code)) for p in sorted(code.rglob("*.py"))]
    files += [(p, p.relative_to(resources.ROOT)) for p in sorted(resources.GRAMMAR.glob("*.lark"))]
    for path, name in files:
        digest.update(str(name).encode())
        digest.update(path.read_bytes())
    return digest.digest()


def stem(name: str, inputs: bytes) -> Path | None:
    """Where files derived from ``inputs`` by the current code are kept:
    ``<cache>/<name>.<key>``, to which the caller adds a suffix (None when
    the cache is off)."""
    folder = cache_dir()
    if folder is None:
        return None
    return folder / f"{name}.{_key(name, inputs)}"


def publish(built: Path, target: Path) -> None:
    """Move a file just built (under a name of the caller's own) to
    ``target``, atomically, keeping at most ``KEEP`` files per name (several
    checkouts or versions may share the folder; the oldest go)."""
    name = target.name.split(".", 1)[0]
    suffix = target.suffix
    kept = sorted((p for p in target.parent.glob(f"{name}.*{suffix}")
                   if p.name.count(".") == 2),          # not another process's file in the making
                  key=lambda p: p.stat().st_mtime)
    for old in kept[:max(0, len(kept) - KEEP + 1)]:
        old.unlink(missing_ok=True)
    os.replace(built, target)


def _key(name: str, inputs: bytes) -> str:
    return hashlib.sha256(code_fingerprint() + name.encode() + b"\0" + inputs).hexdigest()[:32]


def memo(name: str, inputs: bytes, build: Callable[[], T]) -> T:
    """``build()``, or the result a previous start kept for the same
    ``name``, ``inputs`` and code."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}.{_key(name, inputs)}.pickle"
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
        with tempfile.NamedTemporaryFile(dir=folder, delete=False, suffix=".tmp") as out:
            tmp = out.name
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        publish(Path(tmp), path)
    except (OSError, pickle.PicklingError, RecursionError):
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


__all__ = ["cache_dir", "code_fingerprint", "memo", "publish", "stem"]
