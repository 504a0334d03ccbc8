"""One error family with fixed exit codes, plus the Issue record for non-fatal problems."""

from __future__ import annotations

from dataclasses import dataclass

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_BAD_INPUT = 3
EXIT_ALERT = 4


class ProdbridgeError(Exception):
    """Base error: carries the exit code and the file it is about.

    ``str(error)`` is the one line shown to the user: ``<file>: <problem>``.
    """

    exit_code = EXIT_BAD_INPUT

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{printable(self.path)}: {self.message}" if self.path else self.message


def printable(text: str) -> str:
    """``text`` with control and bidi-override characters escaped, so that a file name can
    neither break the one-line message nor reverse how it reads (``a\\nb``, ``\\u202e``)."""
    out = []
    for char in text:
        code = ord(char)
        if code < 0x20 or code == 0x7F or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
            out.append(char.encode("unicode_escape").decode("ascii"))
        else:
            out.append(char)
    return "".join(out)


class InputError(ProdbridgeError):
    """An input is unreadable, malformed, empty, encrypted or of the wrong kind (exit 3)."""


class UnsafeInputError(InputError):
    """An input tries something hostile: external entities, entity bombs, zip bombs (exit 3)."""


class UsageError(ProdbridgeError):
    """The command line or the config asks for something impossible (exit 2)."""

    exit_code = EXIT_USAGE


class ConfigError(UsageError):
    """prodbridge.toml is invalid; the message names the key and, when known, the line."""


class OutputError(ProdbridgeError):
    """An output cannot be written (locked by another program, would overwrite an input)."""

    exit_code = EXIT_SOME_FAILED


@dataclass(frozen=True, slots=True)
class Issue:
    """A non-fatal problem worth telling the user (never dropped silently).

    ``code`` is a stable machine name (``unknown-paragraph-type``), ``location`` a human
    pointer inside the file (``paragraph 212``, ``row 14``) or ``""`` when not applicable.
    """

    code: str
    file: str
    location: str
    text: str

    def __str__(self) -> str:
        where = f" ({self.location})" if self.location else ""
        return f"{printable(self.file)}{where}: {self.text}"
