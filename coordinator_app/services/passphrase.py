"""Rules for a new passphrase: a clear minimum length and a strength estimate by zxcvbn.

zxcvbn ships English dictionaries only; Dutch words that people often use in passwords
(resources/passphrase_words.txt) and the user's own inputs are added to its checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from coordinator_app.errors import message
from coordinator_app.paths import resource

MIN_LENGTH = 12
MIN_SCORE = 3


@cache
def dutch_words() -> tuple[str, ...]:
    text = resource("passphrase_words.txt").read_text(encoding="utf-8")
    return tuple(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    acceptable: bool
    crack_time: str


def strength(passphrase: str, user_inputs: list[str] | None = None) -> Strength:
    from zxcvbn import zxcvbn  # start-up time: --help does not load it

    if not passphrase:
        return Strength(0, False, "")
    inputs = [*dutch_words(), *(user_inputs or [])]
    result = zxcvbn(passphrase[:200], user_inputs=inputs)
    score = int(result["score"])
    crack = str(result["crack_times_display"]["offline_slow_hashing_1e4_per_second"])
    return Strength(score, score >= MIN_SCORE and len(passphrase) >= MIN_LENGTH, crack)


def check_new_passphrase(passphrase: str, user_inputs: list[str] | None = None) -> str | None:
    """None when acceptable, else a message (in the current language) saying what is wrong."""
    if not passphrase:
        return message("passphrase_empty")
    if len(passphrase) < MIN_LENGTH:
        return message("passphrase_too_short", minimum=MIN_LENGTH)
    if not strength(passphrase, user_inputs).acceptable:
        return message("passphrase_weak")
    return None
