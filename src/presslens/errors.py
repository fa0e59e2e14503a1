"""The one exception type presslens raises for input it cannot analyse.

The CLI and any caller can catch it to print a clear message instead of a traceback.
"""


class InputError(ValueError):
    """The input is empty, binary, undecodable, too large, or has no article text."""
