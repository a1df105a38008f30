"""User-facing errors: each carries a one-line message; the CLI maps them to exit status 2."""


class CrosslexError(Exception):
    """A problem the user can fix (bad input, missing corpus or index)."""


class CorpusError(CrosslexError):
    pass


class IndexMissingError(CrosslexError):
    pass


class IndexCorruptError(CrosslexError):
    pass


class QueryError(CrosslexError):
    pass


class CitationError(CrosslexError):
    """A reference that cannot be parsed or resolved; `suggestions` lists nearby valid provisions."""

    def __init__(self, message: str, suggestions: list[str] | None = None):
        super().__init__(message)
        self.suggestions = suggestions or []
