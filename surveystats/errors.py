"""Exceptions raised by surveystats.

Every error the package raises on purpose derives from :class:`SurveyStatsError`, so
callers (and the batch runner) can catch the package's errors without catching bugs.
Messages name the file or argument, the rule that was broken, what was found and,
where there is one, the fix.
"""

from __future__ import annotations

from os import PathLike

__all__ = [
    "DocumentError",
    "ExtractionError",
    "MembershipError",
    "OutputError",
    "SurveyStatsError",
    "UnknownMemberError",
    "ValidationError",
]


class SurveyStatsError(Exception):
    """Base class of every error raised on purpose by surveystats."""


class DocumentError(SurveyStatsError):
    """A document cannot be read or decoded (empty, binary, undecodable, missing).

    Parameters
    ----------
    message
        What is wrong, in words.
    source
        The file (or document name) concerned; it is put in front of the message.
    """

    def __init__(self, message: str, *, source: str | PathLike[str] | None = None) -> None:
        self.source = None if source is None else str(source)
        self.reason = message
        super().__init__(message if source is None else f"{source}: {message}")


class ExtractionError(SurveyStatsError):
    """Extraction was given something it cannot work on (e.g. neither text nor Document)."""


class ValidationError(SurveyStatsError, ValueError):
    """An argument breaks a documented rule (a count above its total, an unknown method...)."""


class MembershipError(SurveyStatsError, ValueError):
    """A membership question cannot be answered (a date before 24 October 1945, ...)."""


class UnknownMemberError(MembershipError, LookupError):
    """A state name matches no member; ``suggestions`` lists the closest names."""

    def __init__(self, message: str, *, suggestions: list[str] | None = None) -> None:
        self.suggestions = list(suggestions or [])
        super().__init__(message)


class OutputError(SurveyStatsError):
    """Output cannot be written where asked (over an input file, outside the output folder)."""
