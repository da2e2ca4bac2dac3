"""Releases: packing a built site, checking it before it leaves, publishing and rolling back."""

from .archive import SUMS, make_dist, write_checksums
from .deploy import publish, rollback

__all__ = ["SUMS", "make_dist", "publish", "rollback", "write_checksums"]
