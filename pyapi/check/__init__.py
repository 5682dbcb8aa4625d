"""The draft checker: structure, references, drafting rules and definitions
of one regulation text, each finding naming its rule and legal basis.

``check(text) -> Report`` (``.findings``, ``.document``, ``.to_dict(lang)``);
``RULES`` (the catalogue, rules.py); wording per language in lang.py.
"""

from .core import Draft, check
from .model import Finding, Related, Report
from .rules import RULES, Rule

__all__ = ["check", "Draft", "Finding", "Related", "Report", "RULES", "Rule"]
