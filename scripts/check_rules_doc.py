"""Write docs/check-rules.md, the rule catalogue of `perbup check`, from the code."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pyapi.check.rules import rule_list_markdown     # noqa: E402

if __name__ == "__main__":
    out = ROOT / "docs" / "check-rules.md"
    out.write_text(rule_list_markdown(), encoding="utf-8")
    print(f"wrote {out}")
