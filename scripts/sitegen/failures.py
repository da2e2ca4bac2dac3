"""Failures outside the editors' files: a lock held, a full disk, a server that refused.

Each is one Vietnamese line for the webmaster that names the cause and what
was kept; `cli` prints it without a traceback.
"""


class RunFailed(Exception):
    """The run stopped; str() is the whole message."""
