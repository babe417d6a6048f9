"""One exception family.  Every message names the input and says what to do.

>>> raise UnreadableFile("plan.docx", "it is a ZIP archive (a DOCX?), not text")
Traceback (most recent call last):
...
graph.errors.UnreadableFile: plan.docx: it is a ZIP archive (a DOCX?), not text
"""
from __future__ import annotations


class DutygraphError(Exception):
    """Base of every error dutygraph raises on purpose.  The CLI prints it in one line."""

    exit_code = 1


class InputError(DutygraphError):
    """Bad input from the user: a file, a parameter, a query.  Exit code 2."""

    exit_code = 2


class UnreadableFile(InputError):
    """A file that cannot be read or decoded as plan text."""

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class ParseError(InputError):
    """Text that was read but could not be parsed into a plan."""

    def __init__(self, source: object, reason: str) -> None:
        self.source = str(source)
        self.reason = reason
        super().__init__(f"{self.source}: {reason}")


class UnknownTerm(DutygraphError):
    """A term that is not in the closed vocabulary (ontology, query names, sectors)."""


class QueryError(InputError):
    """A query that is refused (a write on the read-only path) or malformed."""


class StoreError(DutygraphError):
    """The graph store failed: cannot open, connection lost, transaction rolled back."""
