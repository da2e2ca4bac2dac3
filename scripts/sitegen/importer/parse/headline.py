"""A web page's headline, the nearest thing to a trích yếu on a copy that gives none (marked for the clerk)."""

from __future__ import annotations

import re

from ..normalise import PAGE_STAMP, Line
from . import header
from .facts import Found, Parsed
from .issued import KIND_HEADLINE
from .naming import ORGAN
from .numbers import CITED_NUMBER, kind_of, number_key
from .province import without_place_heading
from .reasons import FROM_HEADLINE

# A web page's headline: a short line of a few words that ends no sentence, before the body (not a site's "logo",
# "Cập nhật lúc: …", "Lượt xem: …", a breadcrumb, an item of a list, a photo's caption ("… Ảnh: nhandan.vn"), nor a
# sentence that cites). One that starts with a
# kind (lead.KIND_HEADLINE) names the kind too, and may end with a full stop.
_HEADLINE = re.compile(r"^(?!(?:Điều\s+\d+|Căn cứ|Thực hiện|Triển khai|Theo|Xét|Cập nhật|Lượt xem|Ngày\s+\d|Trang chủ|Chào mừng|Banner|"
                       r"Bạn có thể|Để sử dụng|Nếu bạn|Đăng nhập|Tìm kiếm|Click|Bấm vào|Tải về|Xem chi tiết|Cơ quan ban hành|"
                       r"Nơi ban hành|"
                       r"Số hiệu|Loại văn bản|Người ký|Ngày ban hành|Số công báo|Tình trạng|Lĩnh vực|Skip to|Logo|"
                       r"Ảnh minh h(?:ọa|oạ)|Điều chỉnh kích thước|Cỡ chữ|Nghe đọc|Báo nói)\b)"
                       r"(?!.*\bẢnh\s*:)"
                       r"(?!.*(?:\bHotline\s*:|\bE-?mail\s*:|\w@\w))"  # (a paper's contact line)
                       r"(?![(\[])"  # ("(Xem chi tiết Kế hoạch)": a link in brackets)
                       r"(?![-+•*–]\s|\d+[.)]\s|[a-zđ][.)]\s)(?=(?:\S+\s+){4,})[^\n]{10,250}(?<![.;:!?,])$", re.IGNORECASE)
HEADLINE_LINES = 5


def from_headline(lines: list[Line], parsed: Parsed) -> None:
    """A copy without a header that gives no trích yếu (a Sở's page of instructions, a Party board's monthly guidance,
    a news page whose sentence names a document but not its subject): its page's headline, among its first lines, is
    the nearest thing to one, marked for checking; a headline that starts with a kind names it."""
    if parsed.subject or (parsed.number and "number" not in parsed.inferred) or parsed.place:
        return
    # (A headline stands over its page's date: "Khoa học Công nghệ và Môi trường⏎⏎Xây dựng báo cáo …⏎⏎Đăng ngày: …", the
    # site's section above it.)
    top = lines[:HEADLINE_LINES]
    dated = [line for line, below in zip(top, lines[1:HEADLINE_LINES + 1]) if PAGE_STAMP.match(below.text)]
    for line in dated + [line for line in top if line not in dated]:
        parts = line.source_parts()
        # A headline the copy ran into its banner or its lead, no mark between ("EVN ra công điện …⏎Tập đoàn …"): each
        # source line that a capital follows is a candidate too.
        # (The longest first: a site's section, "Tin tức - Sự kiện", is shorter than the headline under it.)
        candidates = [line.text.strip()] + sorted((part for part, after in zip(parts, [*parts[1:], ""])
                                                   if len(parts) > 1 and (after[:1].isupper() or _PAPER_MARK.match(after) or not after)),
                                                  key=len, reverse=True)
        for text in candidates:
            text = _PAPER_MARK.sub("", _SITE_LABEL.sub("", _HEADLINE_TIME.sub("", _STORED_DATE.sub("", text))))
            # (A headline naming the document's own number is a listing's title, its lead gives the trích yếu; one that
            # names another is about carrying that out: "Điện Biên - tăng cường tiết kiệm điện theo Chỉ thị số 34/CT-TTg".)
            if PAGE_STAMP.match(text) or header.is_motto(text) or _names_own_number(text, parsed):
                continue
            kind_first = KIND_HEADLINE.match(text)
            if kind_first or _HEADLINE.match(text):
                if kind_first and parsed.kind is None:
                    parsed.kind = Found(kind_of(kind_first.group("kind")) or kind_first.group("kind"), line)
                    parsed.inferred["kind"] = FROM_HEADLINE
                # "Thông báo tạm hoãn …", "Hướng dẫn tuyên truyền …" whole; "Thông báo về việc nộp phiếu …" from "về việc".
                about = kind_first and re.match(r"(?:về việc|V/v)\s", kind_first.group("subject"), re.IGNORECASE)
                subject = without_place_heading(kind_first.group("subject") if about else text)
                parsed.subject = Found(_BODY_HEADING.sub("", subject).rstrip(" ."), line)
                parsed.inferred["subject"] = FROM_HEADLINE
                return


def _names_own_number(text: str, parsed: Parsed) -> bool:
    numbers = [found.group("number") for found in CITED_NUMBER.finditer(text)]
    return bool(numbers) and (parsed.number is None or any(number_key(number) == number_key(parsed.number.value)
                                                             for number in numbers))


# The body a paper heads its headline with, as it heads one with a place: "Sở Nông nghiệp và PTNT: Triển khai …".
_BODY_HEADING = re.compile(rf"^{ORGAN}\b[^:.;,“”\"]{{0,80}}:\s+(?=\S)")
# A site's label run into the headline, with its template's empty value: "Xuất bản thông tin null Thời gian hoạt động …".
_SITE_LABEL = re.compile(r"^Xuất bản thông tin\s+(?:null\s+)?")
# The date line a stored copy of the page glued before its headline: " date 2025-11-03 Lâm Đồng: Vận hành hồ chứa …".
_STORED_DATE = re.compile(r"^\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s+(?=\S)")
# A paper's or station's mark before its headline: "(TTV) Tăng cường công tác …", "(Chinhphu.vn) - …".
_PAPER_MARK = re.compile(r"^\([A-ZĐ][\w.]{1,24}\)\s*(?:[-–]\s*)?(?=\S)")
# A headline's time, in brackets or glued to its last word: "… an toàn (15:17 16/04/2018)", "… Tố Hữu(07/10/2020)",
# "… tập thể05/11/2025".
_HEADLINE_TIME = re.compile(r"\s*\((?:\d{1,2}:\d{2}\s+)?\d{1,2}/\d{1,2}/\d{4}\)$|(?<=[^\W\d_])\d{1,2}/\d{1,2}/\d{4}$|"
                            r"\s+\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}$")
