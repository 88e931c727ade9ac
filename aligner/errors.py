"""Errors a user can cause and fix. The CLI prints them as one line and exits non-zero."""


class AlignerError(Exception):
    """A problem with the user's input or settings, told in one line (never a traceback)."""


class InputError(AlignerError):
    """An input file that cannot be read as a document."""
