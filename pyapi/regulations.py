"""Regulation packages: one folder per regulation, found at start.

A package is a folder holding ``regulation.toml`` (its manifest: ``id``,
``jenis``, ``region``, ``region_en``, ``nomor``, ``tahun``, ``title``) and
``text.txt`` (the regulation text, unchanged), and optionally
``norms.pl`` (its norms), ``vocabulary.pl`` (its own aliases and
spellings) and ``golden.toml`` (its golden questions).  Nothing outside
the folder names the regulation: adding one is adding a folder.

The folder of packages is ``$PERBUP_REGULATIONS`` when set, else the
packaged ``regencies/``.  Every sub-folder with a manifest is a package;
the id in the manifest must be a kebab-case atom, unique in the folder.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import resources

PACKAGED = resources.REGULATIONS
MANIFEST = "regulation.toml"
JENIS = ("Peraturan Bupati", "Peraturan Wali Kota")
_ID = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
_FIELDS = ("id", "jenis", "region", "region_en", "nomor", "tahun", "title")


class PackageError(ValueError):
    """A regulation folder that cannot be loaded: says which file and why."""


@dataclass(frozen=True)
class Regulation:
    id: str
    folder: Path
    jenis: str
    region: str
    region_en: str
    nomor: str
    tahun: str
    title: str

    @property
    def text_path(self) -> Path:
        return self.folder / "text.txt"

    @property
    def norms_path(self) -> Path:
        return self.folder / "norms.pl"

    @property
    def vocabulary_path(self) -> Path:
        return self.folder / "vocabulary.pl"

    @property
    def golden_path(self) -> Path:
        return self.folder / "golden.toml"

    def files(self) -> tuple[Path, ...]:
        """The files a start loads from (some packages lack a vocabulary)."""
        return (self.folder / MANIFEST, self.text_path, self.norms_path, self.vocabulary_path)


def root() -> Path:
    """The folder of regulation packages in use."""
    return Path(os.environ.get("PERBUP_REGULATIONS") or PACKAGED)


def read_manifest(folder: Path) -> Regulation:
    path = folder / MANIFEST
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise PackageError(f"{path}: {exc}") from None
    missing = [f for f in _FIELDS if not isinstance(data.get(f), str) or not data[f].strip()]
    if missing:
        raise PackageError(f"{path}: missing or empty: {', '.join(missing)}")
    if not _ID.match(data["id"]):
        raise PackageError(f"{path}: id {data['id']!r} is not kebab-case (a-z, 0-9, '-')")
    if data["jenis"] not in JENIS:
        raise PackageError(f"{path}: jenis {data['jenis']!r} is not one of {', '.join(JENIS)}")
    if not (folder / "text.txt").is_file():
        raise PackageError(f"{folder / 'text.txt'}: missing (the regulation text)")
    return Regulation(folder=folder, **{f: data[f].strip() for f in _FIELDS})


def _discover(folder: Path) -> tuple[Regulation, ...]:
    if not folder.is_dir():
        raise PackageError(f"{folder}: not a folder of regulation packages")
    manifests = sorted(p / MANIFEST for p in folder.iterdir() if (p / MANIFEST).is_file())
    # read again whenever a package is added or a manifest changes
    return _read_all(folder, tuple((m, m.stat().st_mtime_ns) for m in manifests))


@lru_cache(maxsize=8)
def _read_all(folder: Path, manifests: tuple[tuple[Path, int], ...]) -> tuple[Regulation, ...]:
    found: dict[str, Regulation] = {}
    for sub in (m.parent for m, _ in manifests):
        reg = read_manifest(sub)
        if reg.id in found:
            raise PackageError(f"{sub / MANIFEST}: id {reg.id!r} is also the id of "
                               f"{found[reg.id].folder / MANIFEST}")
        found[reg.id] = reg
    return tuple(sorted(found.values(), key=lambda r: r.id))


def discover(folder: Path | None = None) -> tuple[Regulation, ...]:
    """Every package under ``folder`` (default: ``root()``), ordered by id."""
    return _discover(Path(folder or root()).resolve())


def ids(folder: Path | None = None) -> tuple[str, ...]:
    return tuple(r.id for r in discover(folder))


def get(regulation_id: str, folder: Path | None = None) -> Regulation:
    for reg in discover(folder):
        if reg.id == regulation_id:
            return reg
    known = ", ".join(ids(folder))
    raise KeyError(f"unknown regulation {regulation_id!r}; known: {known}")


__all__ = ["PACKAGED", "PackageError", "Regulation", "discover", "get", "ids", "read_manifest",
           "root"]
