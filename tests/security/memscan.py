"""Scan this process's own memory (/proc/self/mem over /proc/self/maps) for copies of a secret.

The scanner must not itself hold the secret it looks for, or it would find its own copy. So it keeps
only a 4-byte prefix (not the secret) and the SHA-256 of the whole secret: every place the prefix
occurs is a candidate, and a candidate counts only when the SHA-256 of the bytes there matches.
Linux only.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

CHUNK = 1 << 22


@dataclass(frozen=True)
class Needle:
    name: str
    prefix: bytes
    length: int
    digest: bytes

    @classmethod
    def of(cls, name: str, secret: bytes | bytearray) -> Needle:
        return cls(name, bytes(secret[:4]), len(secret), hashlib.sha256(secret).digest())


def _regions() -> list[tuple[int, int]]:
    regions = []
    with open("/proc/self/maps", encoding="ascii") as fh:
        for line in fh:
            parts = line.split()
            start, end = (int(x, 16) for x in parts[0].split("-"))
            name = parts[5] if len(parts) > 5 else ""
            if parts[1][0] != "r" or name in ("[vvar]", "[vsyscall]", "[vvar_vclock]"):
                continue
            regions.append((start, end))
    return regions


def count(needles: list[Needle]) -> dict[str, int]:
    """Occurrences of each needle's whole secret in this process's readable memory."""
    hits = {n.name: 0 for n in needles}
    patterns = {n.name: re.compile(re.escape(n.prefix)) for n in needles}
    overlap = max([n.length for n in needles] + [1])
    with open("/proc/self/mem", "rb", buffering=0) as mem:
        for start, end in _regions():
            pos = start
            while pos < end:
                size = min(CHUNK + overlap, end - pos)
                try:
                    mem.seek(pos)
                    chunk = mem.read(size)
                except OSError:
                    break
                limit = min(CHUNK, len(chunk))  # count a match only where it starts in this step
                for n in needles:
                    for m in patterns[n.name].finditer(chunk, 0, limit + 4):
                        at = m.start()
                        if at < limit and hashlib.sha256(chunk[at: at + n.length]).digest() == n.digest:
                            hits[n.name] += 1
                del chunk
                pos += CHUNK
    return hits
