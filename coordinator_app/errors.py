"""Known errors (shown to the user in plain language, Dutch by default) versus bugs.

A `KnownError` is something the user can act on: a wrong passphrase, a vault in use, a damaged
file, a full disk, invalid input. Anything else is a bug and is logged without personal data.
Messages live in the gettext catalogues resources/locale/{nl,en}/LC_MESSAGES/messages*.po (msgid = the code;
coordinator_app/catalogues.py reads their compiled .mo); each error has a CLI exit code.
"""

from __future__ import annotations

import errno
from functools import cache
from typing import Any, ClassVar

from coordinator_app import catalogues

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_USAGE = 2
EXIT_WRONG_SECRET = 3
EXIT_IN_USE = 4

_language = "nl"


def set_language(lang: str) -> None:
    global _language
    _language = "en" if lang == "en" else "nl"


def current_language() -> str:
    return _language


@cache
def _messages() -> dict[str, dict[str, str]]:
    """code -> {"nl": text, "en": text} from the catalogue messages.po plus every messages_<area>.po (one per
    area of the app). A missing or stale .mo, or a code in one language only or in two catalogues, raises."""
    return catalogues.merged("messages*")


def message(code: str, lang: str | None = None, **params: Any) -> str:
    params = {**getattr(code, "params", {}), **params}  # a MessageCode brings its own placeholders
    entry = _messages().get(code)
    if entry is None:
        return code
    text = entry[lang or _language]
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


class MessageCode(str):
    """A message code (compares equal to the plain code) that carries the values of its placeholders,
    so a field error such as text_too_long is shown with its {maximum} filled in."""

    params: dict[str, Any]

    def __new__(cls, code: str, **params: Any) -> MessageCode:
        obj = super().__new__(cls, code)
        obj.params = params
        return obj


class KnownError(Exception):
    """An error with a user-facing message. Params must never hold personal data."""

    code: str = "error"  # a subclass's default; an instance may carry its own
    exit_code: ClassVar[int] = EXIT_USAGE

    def __init__(self, code: str | None = None, **params: Any) -> None:
        if code is not None:
            self.code = code
        self.params = params
        super().__init__(self.code)

    def message(self, lang: str | None = None) -> str:
        return message(self.code, lang, **self.params)

    def __str__(self) -> str:
        return self.message()


class WrongSecret(KnownError):
    code = "wrong_passphrase"
    exit_code = EXIT_WRONG_SECRET


class KeyDerivationFailed(KnownError):
    """The key derivation's child process could not start or did not answer (keys.derive_in_child)."""

    code = "key_derivation_failed"
    exit_code = EXIT_CHECK_FAILED


class RecoveryCodeInvalid(KnownError):
    code = "recovery_code_typo"
    exit_code = EXIT_WRONG_SECRET


class VaultDamaged(KnownError):
    code = "vault_damaged"
    exit_code = EXIT_CHECK_FAILED


class RollbackDetected(VaultDamaged):
    """Database and key file do not tell the same story (an old copy put back, a lost WAL, a crafted or
    old key file). The owner may still open the vault with the recovery code and an explicit confirmation."""

    code = "vault_rollback"


class KeyFileOlder(RollbackDetected):
    code = "keyfile_older"


class KeyFileReplaced(RollbackDetected):
    code = "keyfile_replaced"


class KeyFileOtherVault(VaultDamaged):
    code = "keyfile_other_vault"


class VaultInUse(KnownError):
    code = "vault_in_use"
    exit_code = EXIT_IN_USE


class VaultNotFound(KnownError):
    code = "vault_not_found"


class VaultExists(KnownError):
    code = "vault_exists"


class VaultLocked(KnownError):
    code = "vault_locked"


class NotSQLCipher(KnownError):
    code = "not_sqlcipher"
    exit_code = EXIT_CHECK_FAILED


class DiskError(KnownError):
    code = "disk_error"


class NotFound(KnownError):
    code = "not_found"


class ValidationError(KnownError):
    """Invalid input. `errors` maps field name to a list of message codes with params."""

    code = "validation_failed"

    def __init__(self, errors: dict[str, str] | None = None, code: str | None = None, **params: Any) -> None:
        super().__init__(code, **params)
        self.errors: dict[str, str] = errors or {}

    def message(self, lang: str | None = None) -> str:
        base = super().message(lang)
        if not self.errors:
            return base
        details = "; ".join(message(c, lang) for c in self.errors.values())
        return f"{base} {details}"

    def field_messages(self, lang: str | None = None) -> dict[str, str]:
        return {field: message(c, lang) for field, c in self.errors.items()}


class ReadError(KnownError):
    code = "read_error"


def read_error(exc: OSError) -> ReadError:
    """A ReadError naming in plain words why reading a file failed (no path, no raw OS text)."""
    reasons = {errno.EACCES: "no_access", errno.EPERM: "no_access", errno.ENOENT: "folder_missing",
               errno.ENODEV: "folder_missing", errno.EIO: "device_error", errno.EISDIR: "is_a_folder"}
    return ReadError(reason=message(reasons.get(exc.errno or 0, "read_failed")))


def disk_error(exc: OSError) -> DiskError:
    """A DiskError that says in plain words why writing failed (full, read-only, folder gone, device
    error) without any path or raw OS text (which may name a person's file)."""
    reasons = {
        errno.ENOSPC: "disk_full", errno.EDQUOT: "disk_full", errno.EROFS: "read_only", errno.EACCES: "read_only",
        errno.EPERM: "read_only", errno.ENOENT: "folder_missing", errno.ENODEV: "folder_missing",
        errno.EIO: "device_error", errno.EISDIR: "is_a_folder",
    }
    return DiskError(reason=message(reasons.get(exc.errno or 0, "write_failed")))
