"""The report view's spreadsheets: beside each report page, a CSV of the same rows.

Written for Excel as the department opens it: UTF-8 with a byte order mark
(without it Excel reads the file as the local code page and garbles every
Vietnamese letter), CRLF line ends, Vietnamese column headers, dates as
dd/mm/yyyy, one row per (unit, task). Addresses are absolute (SITE_URL), so
the file stands on its own when sent on.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from ..model.page_paths import campaign_page, document_page, spreadsheet, url
from ..model.reports import Report, ReportRow, campaign_reports, month_reports, report_rows
from ..model.site import Site

BOM = "\ufeff"
COLUMNS = ("Đơn vị", "Vai trò", "Nhiệm vụ", "Chiến dịch", "Thời hạn", "Tình trạng", "Ngày hoàn thành",
           "Báo cáo", "Địa chỉ báo cáo", "Ghi chú", "Địa chỉ chiến dịch")
# A cell Excel would read as a formula (CSV injection): it gets a leading apostrophe, which keeps it text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_date(day: dt.date | None) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _report(row: ReportRow, site_url: str) -> tuple[str, str]:
    """The report's name and address: a document of the registry (its page here), or a link."""
    result = row.result
    if result and result.report:
        return result.report.name, f"{site_url}{url(document_page(result.report.slug))}"
    if result and result.report_url:
        return "Liên kết báo cáo", result.report_url
    return "", ""


def _note(row: ReportRow) -> str:
    if row.task.cancelled:
        return f"Lý do hủy: {row.task.cancelled}"
    if row.result is None and row.done:
        return "Theo báo cáo của đơn vị thực hiện"
    return ""


def csv_row(row: ReportRow, site_url: str) -> list[str]:
    name, address = _report(row, site_url)
    values = [row.unit.name, row.role, row.task.action, row.campaign.title, csv_date(row.task.due), row.state.label,
              csv_date(row.done), name, address, _note(row), f"{site_url}{url(campaign_page(row.campaign.slug))}"]
    return [_cell(" ".join(value.split())) for value in values]  # one line per cell: Excel rows stay rows


def csv_bytes(report: Report, site_url: str) -> bytes:
    """The report's rows, units in Vietnamese order as on its page."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for _, rows in report.by_unit:
        writer.writerows(csv_row(row, site_url) for row in rows)
    return (BOM + text.getvalue()).encode("utf-8")


def report_files(site: Site, site_url: str) -> dict[str, bytes]:
    """bao-cao/….csv beside each report page."""
    rows = report_rows(site)
    return {spreadsheet(report.page): csv_bytes(report, site_url)
            for report in month_reports(rows) + campaign_reports(site, rows)}
