"""A project with tasks done, partly done, open, cancelled and undated, for the pages that show task states.

Written in the web editor's form (sitegen.fmt.files.decap_text), as `make check` wants it.
Results are dated up to RECORDED (26/11/2026, the suite's build day): sources load for that day.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sitegen.fmt.files import decap_text
from conftest import write_record

RECORDED = dt.date(2026, 11, 26)
REPORT = "15/BC-SCT"
REPORT_URL = "https://example.gov.vn/bao-cao-bang-ron.pdf"
FOLLOWED = "tuan-le-theo-doi"  # records results
UNFOLLOWED = "thang-da-qua"  # ended in October 2026, records none

CAMPAIGNS = {
    FOLLOWED: {
        "title": "Tuần lễ theo dõi kết quả",
        "summary": "Chiến dịch thử, có nhiệm vụ đã xong, chưa xong và đã hủy.",
        "start": dt.date(2026, 11, 1),
        "end": dt.date(2026, 12, 31),
        "tasks": [
            {"action": "Đăng tin trên trang thông tin điện tử.",
             "assignees": ["cac-phong-thuoc-so", "cac-don-vi-truc-thuoc-so"], "partners": ["cong-doan-nganh-cong-thuong"],
             "due": dt.date(2026, 11, 20), "done": dt.date(2026, 11, 18), "report": REPORT},
            {"action": "Treo băng rôn tại trụ sở.", "assignees": ["cac-phong-thuoc-so", "cac-don-vi-truc-thuoc-so"],
             "due": dt.date(2026, 11, 25),
             "done_by": [{"unit": "cac-phong-thuoc-so", "date": dt.date(2026, 11, 24), "report": REPORT_URL}]},
            {"action": "Nộp báo cáo tổng kết.", "assignees": ["cac-phong-thuoc-so"], "due": dt.date(2026, 12, 10)},
            {"action": "Tổ chức tọa đàm.", "assignees": ["cac-don-vi-truc-thuoc-so"], "due": dt.date(2026, 12, 5),
             "cancelled": "Sở Thông tin và Truyền thông dừng tọa đàm."},
            {"action": "Phát tờ rơi.", "assignees": ["cac-don-vi-truc-thuoc-so"]},
        ],
    },
    UNFOLLOWED: {
        "title": "Tháng đã qua",
        "summary": "Chiến dịch thử đã kết thúc, không ghi kết quả nào.",
        "start": dt.date(2026, 10, 1),
        "end": dt.date(2026, 10, 31),
        "tasks": [
            {"action": "Gửi báo cáo tháng 10.", "assignees": ["cac-phong-thuoc-so"], "due": dt.date(2026, 10, 20)},
        ],
    },
}


def _as_written(value):
    """Dates as the files write them (2026-11-18)."""
    if isinstance(value, dict):
        return {key: _as_written(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_written(item) for item in value]
    return value.isoformat() if isinstance(value, dt.date) else value


def add_tasks(root: Path) -> Path:
    """Add the two campaigns and their report to the project copied at `root`."""
    for slug, campaign in CAMPAIGNS.items():
        (root / "campaigns" / f"{slug}.yml").write_text(decap_text(_as_written(campaign), "campaign"), encoding="utf-8")
    write_record(root, "documents", {"number": REPORT, "kind": "Báo cáo", "date": "2026-11-19",
                                     "issuer": "so-cong-thuong", "subject": "kết quả đăng tin Tuần lễ theo dõi"})
    return root
