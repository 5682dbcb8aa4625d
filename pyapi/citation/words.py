"""Indonesian number words, to check "ayat 1 (satu)" against its digits."""

from __future__ import annotations

_UNITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def terbilang(n: int) -> str:
    """1 -> "satu", 11 -> "sebelas", 25 -> "dua puluh lima" (1 <= n < 1000)."""
    if not 0 < n < 1000:
        raise ValueError(f"terbilang supports 1..999, not {n}")
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append("seratus" if hundreds == 1 else f"{_UNITS[hundreds]} ratus")
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif 12 <= rest <= 19:
        words.append(f"{_UNITS[rest - 10]} belas")
    elif rest:
        tens, unit = divmod(rest, 10)
        if tens:
            words.append(f"{_UNITS[tens]} puluh")
        if unit:
            words.append(_UNITS[unit])
    return " ".join(words)
