"""Recovery codes: 133 random bits written as nine groups of four characters, each ending in a check character.

Alphabet: 31 symbols, Crockford's base32 without I, L, O, U and Z. Each group holds three data
characters and one check character: a weighted sum (weights 1, 2, 3) modulo 31 — a prime as large
as the alphabet — that includes the group's position. So every single wrong character, every pair
of swapped neighbours and every pair of swapped groups is caught before any key is derived.
Typed back, lower case, spaces, missing hyphens and the look-alikes O/I/L are accepted.
"""

from __future__ import annotations

import secrets

from coordinator_app.errors import RecoveryCodeInvalid

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXY"
GROUPS = 9
DATA_PER_GROUP = 3
GROUP_LEN = DATA_PER_GROUP + 1
CODE_CHARS = GROUPS * GROUP_LEN
_LOOKALIKES = {"O": "0", "I": "1", "L": "1", "U": "V", "Z": "2"}


def _check_char(group_index: int, data: str) -> str:
    total = group_index * 7 + 3
    for weight, ch in enumerate(data, start=1):
        total += weight * (ALPHABET.index(ch) + 1)
    return ALPHABET[total % 31]


def generate() -> str:
    groups = []
    for g in range(GROUPS):
        data = "".join(secrets.choice(ALPHABET) for _ in range(DATA_PER_GROUP))
        groups.append(data + _check_char(g, data))
    return "-".join(groups)


def normalise(text: str) -> str:
    """Return the canonical form `XXXX-XXXX-…` or raise RecoveryCodeInvalid naming the faulty group."""
    chars = []
    for ch in text.upper():
        if ch in " -\t\r\n_.":
            continue
        ch = _LOOKALIKES.get(ch, ch)
        chars.append(ch)
    if len(chars) != CODE_CHARS:
        raise RecoveryCodeInvalid("recovery_code_length", expected=CODE_CHARS, actual=len(chars))
    groups = ["".join(chars[i : i + GROUP_LEN]) for i in range(0, CODE_CHARS, GROUP_LEN)]
    for index, group in enumerate(groups):
        if any(ch not in ALPHABET for ch in group) or _check_char(index, group[:DATA_PER_GROUP]) != group[-1]:
            raise RecoveryCodeInvalid(group=index + 1)
    return "-".join(groups)


def secret_bytes(canonical: str) -> bytes:
    """The input keying material of a canonical code (its data characters only)."""
    data = "".join(group[:DATA_PER_GROUP] for group in canonical.split("-"))
    return data.encode("ascii")
