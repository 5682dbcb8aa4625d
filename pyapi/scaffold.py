"""A new regulation package from a text, and every load check on one package.

``perbup new ID --text FILE`` and ``perbup validate ID`` (pyapi/cli.py).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from . import regulations
from .structure import StructureError, parse

NORMS_HEADER = '''/*  Part of perbup-kb

    Norms of {jenis} {region} Nomor {nomor} Tahun {tahun} tentang
    {title}.

    One fact per claim: norm(Id, Claim, "Cite", "Quote"), where Cite names
    the provision (e.g. "Pasal 6 ayat (2) huruf b") and Quote is copied
    from it verbatim; the claim schema is in kb/norms.pl.  Note here what
    was encoded, what was not and why, and the text's oddities (kept as
    they are in the quotes).
*/
'''

EXTRACTED_HEADER = '''
/*  TO BE REVIEWED.  The {count} norms below were read from the text by the
    extractor (`perbup extract`, pyapi/extract; docs/extraction.md): check
    each against its provision, correct or remove it, and encode what the
    extractor left unread ({unread} provisions, listed here) and what it
    does not read at all (the Lampiran's unit scopes, placements and
    routing steps, most of all).  Then: perbup validate {id}.
{unread_list}*/

'''

GOLDEN_SKELETON = '''# Golden questions of this regulation (format: regencies/README.md).
# Each case is a question whose answer was read in the text; add one per
# question id the regulation answers, and run ./dev.sh test tests/test_golden.py.
#
# [[case]]
# name = "JF Ahli Muda di Dinas: siapa Pejabat Penilai Kinerja"
# question = "assessor"
# params = {{ subject = "jf-ahli-muda", unit = "dinas" }}
# status = "answered"
# answers = ["level-atau-atas:administrator"]
# citations = ["Pasal 6 ayat (2) huruf b"]
'''


def _toml_string(value: str) -> str:
    """A TOML basic string."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def new_package(regulation_id: str, text_file: Path, root: Path | None = None,
                extract: bool = True) -> Path:
    """Create ``<root>/<id>/`` with the text, a manifest read from it, a
    norms file (the norms the extractor reads in the text, marked for
    review; with ``extract=False``, none) and a golden skeleton.  Raises
    PackageError or StructureError."""
    root = Path(root or regulations.root())
    folder = root / regulation_id
    if folder.exists():
        raise regulations.PackageError(f"{folder}: already exists")
    text = Path(text_file).read_text(encoding="utf-8")
    doc = parse(text, regulation_id)
    meta = doc.metadata
    missing = [k for k in ("jenis", "daerah", "nomor", "tahun", "tentang") if not meta.get(k)]
    if missing:
        raise regulations.PackageError(
            f"{text_file}: the heading does not say {', '.join(missing)}; write the manifest by hand")
    kind = "Kabupaten" if meta["jenis"] == "Peraturan Bupati" else "Kota"
    region = f"{kind} {meta['daerah']}"
    region_en = f"{meta['daerah']} {'Regency' if kind == 'Kabupaten' else 'City'}"
    manifest = {"id": regulation_id, "jenis": meta["jenis"], "region": region,
                "region_en": region_en, "nomor": meta["nomor"], "tahun": meta["tahun"],
                "title": meta["tentang"]}
    folder.mkdir(parents=True)
    try:
        shutil.copyfile(text_file, folder / "text.txt")          # byte for byte
        (folder / regulations.MANIFEST).write_text(
            "# The manifest of one regulation package (see regencies/README.md).\n"
            + "".join(f"{k} = {_toml_string(v)}\n" for k, v in manifest.items()), encoding="utf-8")
        (folder / "norms.pl").write_text(NORMS_HEADER.format(
            jenis=meta["jenis"], region=region, nomor=meta["nomor"], tahun=meta["tahun"],
            title=meta["tentang"]) + (_extracted(doc, regulation_id) if extract else ""),
            encoding="utf-8")
        (folder / "golden.toml").write_text(GOLDEN_SKELETON.format(), encoding="utf-8")
        regulations.read_manifest(folder)                       # what was written reads back
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder


def _extracted(doc, regulation_id: str) -> str:
    """The norms the extractor reads in ``doc``, as norm facts after a
    comment that marks them for review and lists what was left unread."""
    from .extract import extract

    ext = extract(doc)
    unread = "".join(f"        {u['cite']}\n" for u in ext.unread)
    head = EXTRACTED_HEADER.format(count=len(ext.norms), unread=len(ext.unread),
                                   id=regulation_id, unread_list=unread)
    facts = ext.prolog().split("\n", 2)[2]          # without its own one-line header
    return head + facts


def validate(regulation_id: str, root: Path | None = None) -> tuple[list[str], dict]:
    """Every load check on one package: manifest, structure, norms (citations,
    quotes, claims).  Returns (problems as "file:line: message", facts).

    It starts a knowledge base of that package alone, so it must run in a
    process that has loaded no other (SWI-Prolog holds one database per
    process): ``perbup validate`` does."""
    from .engine import EngineError, LoadError
    from .kb import KnowledgeBase

    root = Path(root or regulations.root())
    try:
        reg = regulations.get(regulation_id, root)
    except (KeyError, regulations.PackageError) as exc:
        return [str(exc).strip("'\"")], {}
    try:
        doc = parse(reg.text_path.read_text(encoding="utf-8"), reg.id)
    except StructureError as exc:
        return [f"{reg.text_path}:{exc.line or 0}: {exc}"], {}
    facts = {"pasal": sum(1 for n in doc.nodes() if n.kind == "pasal"),
             "gaps": [f"{g.kind} {g.label} (after {g.after})" for g in doc.gaps],
             "duplicates": [d.cite for d in doc.duplicates]}
    try:
        # saved=False: every check runs; no saved form of an earlier start stands in
        kb = KnowledgeBase(regencies=(reg.id,), root=root, saved=False).start()
    except LoadError as exc:                     # NormError too: every problem with file:line
        return [f"{p['file']}:{p['line']}: {p['kind']}: {p['message']}" for p in exc.problems], facts
    except EngineError as exc:
        return [str(exc)], facts
    facts["norms"] = kb.norm_count
    kb.stop()
    return [], facts


__all__ = ["new_package", "validate"]
