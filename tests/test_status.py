import datetime as dt

import pytest
from sitegen.model.dates import PartialDate
from sitegen.model.status import Status, campaign_status, fact_span, status_basis

D = dt.date
START, END = D(2023, 7, 1), D(2023, 7, 31)
EVENT = [D(2023, 7, 9)]  # the tourism anniversary's only dated fact


# (start, end, period, dated facts (event days, deadlines), today, status). status.js
# must agree on every row (tests/test_staff_views.py, test_browser_and_builder_agree_on_status).
CASES = [
    (START, END, None, [], D(2023, 6, 30), Status.UPCOMING),
    (START, END, None, [], START, Status.RUNNING),  # the start day counts
    (START, END, None, [], D(2023, 7, 15), Status.RUNNING),
    (START, END, None, [], D(2023, 7, 24), Status.RUNNING),
    (START, END, None, [], D(2023, 7, 25), Status.ENDING_SOON),  # the last seven days
    (START, END, None, [], END, Status.ENDING_SOON),  # the end day still counts
    (START, END, None, [], D(2023, 8, 1), Status.ENDED),
    (START, START, None, [], START, Status.ENDING_SOON),  # a one-day campaign
    (START, None, None, [], D(2023, 6, 30), Status.UPCOMING),  # open-ended
    (START, None, None, [], START, Status.RUNNING),
    (START, None, None, [], D(2030, 1, 1), Status.RUNNING),
    (None, END, None, [], D(2023, 1, 1), Status.RUNNING),  # only an end date
    (None, END, None, [], D(2023, 7, 30), Status.ENDING_SOON),
    (None, END, None, [], D(2023, 8, 1), Status.ENDED),
    (None, None, PartialDate(2023, 7), [], D(2023, 6, 30), Status.UPCOMING),
    (None, None, PartialDate(2023, 7), [], D(2023, 7, 1), Status.RUNNING),
    (None, None, PartialDate(2023, 7), [], D(2023, 7, 31), Status.RUNNING),  # a month is no deadline
    (None, None, PartialDate(2023, 7), [], D(2023, 8, 1), Status.ENDED),
    (None, None, PartialDate(2023), [], D(2023, 12, 31), Status.RUNNING),
    (None, None, PartialDate(2023), [], D(2024, 1, 1), Status.ENDED),
    (None, None, None, [], D(2023, 7, 1), Status.UNKNOWN),  # nothing known: no guess
    # No start or end: the event days and deadlines give the span.
    (None, None, None, EVENT, D(2023, 7, 8), Status.UPCOMING),
    (None, None, None, EVENT, D(2023, 7, 9), Status.RUNNING),
    (None, None, None, EVENT, D(2023, 7, 10), Status.ENDED),
    (None, None, None, [D(2023, 7, 20), D(2023, 7, 9)], D(2023, 7, 19), Status.RUNNING),  # a deadline is no end
    (None, None, PartialDate(2023, 7), [D(2023, 8, 15)], D(2023, 8, 10), Status.RUNNING),  # a deadline past the month
    (None, None, PartialDate(2023, 7), [D(2023, 6, 20)], D(2023, 6, 25), Status.RUNNING),  # an event before it
    # A start or an end the documents give wins over every other fact.
    (START, None, None, [D(2023, 6, 1)], D(2023, 6, 15), Status.UPCOMING),
    (None, END, None, [D(2023, 9, 1)], D(2023, 8, 15), Status.ENDED),
]


@pytest.mark.parametrize(("start", "end", "period", "facts", "today", "status"), CASES)
def test_campaign_status(start, end, period, facts, today, status) -> None:
    assert campaign_status(start, end, period, today, facts) is status


@pytest.mark.parametrize(("period", "facts", "span"), [
    (None, [], None),
    (PartialDate(2023, 7), [], (D(2023, 7, 1), D(2023, 7, 31))),
    (None, [D(2023, 7, 20), D(2023, 7, 9)], (D(2023, 7, 9), D(2023, 7, 20))),
    (PartialDate(2023, 7), [D(2023, 8, 15)], (D(2023, 7, 1), D(2023, 8, 15))),
])
def test_fact_span_holds_the_period_and_every_fact(period, facts, span) -> None:
    assert fact_span(period, facts) == span


@pytest.mark.parametrize(("start", "end", "period", "events", "deadlines", "basis"), [
    (None, None, None, EVENT, [], "ngày sự kiện 09/7/2023"),
    (None, None, None, [D(2023, 7, 1), D(2023, 7, 5)], [], "các ngày sự kiện từ 01/7/2023 đến 05/7/2023"),
    (None, None, None, [D(2023, 7, 9), D(2023, 7, 9)], [], "ngày sự kiện 09/7/2023"),
    (None, None, None, [], [D(2026, 12, 15)], "hạn nhiệm vụ 15/12/2026"),
    (None, None, None, EVENT, [D(2023, 7, 20)], "ngày sự kiện 09/7/2023 và hạn nhiệm vụ 20/7/2023"),
    (None, None, PartialDate(2023), [], [D(2024, 1, 15)], "năm 2023 và hạn nhiệm vụ 15/01/2024"),
    (None, None, PartialDate(2023, 7), EVENT, [D(2023, 7, 10), D(2023, 7, 20)],
     "tháng 7/2023, ngày sự kiện 09/7/2023 và các hạn nhiệm vụ từ 10/7/2023 đến 20/7/2023"),
    # The time frame the page shows is the basis itself: no second line.
    (START, None, None, EVENT, [], None),
    (None, END, None, EVENT, [], None),
    (None, None, PartialDate(2023), [], [], None),
    (None, None, None, [], [], None),
])
def test_status_basis_names_the_facts_it_rests_on(start, end, period, events, deadlines, basis) -> None:
    assert status_basis(start, end, period, events, deadlines) == basis


def test_status_labels_are_vietnamese() -> None:
    assert [status.label for status in Status] == ["Đang diễn ra", "Sắp kết thúc", "Sắp diễn ra", "Đã kết thúc", "Chưa rõ thời gian"]


def test_the_tourism_anniversary_rests_on_its_event_and_says_so() -> None:
    from conftest import ROOT, TEST_TODAY
    from sitegen.load.sources import load_sources
    from sitegen.model.from_sources import build_site
    from sitegen.render.pages import campaign_pages

    slug = "ky-niem-63-nam-ngay-thanh-lap-nganh-du-lich"
    site = build_site(load_sources(ROOT), TEST_TODAY)
    campaign = next(c for c in site.campaigns if c.slug == slug)
    assert (campaign.status, campaign.first_day, campaign.last_day) == (Status.ENDED, D(2023, 7, 9), D(2023, 7, 9))
    assert campaign.start is None and campaign.end is None  # derived, never written back as its dates
    page = campaign_pages(site, {slug})[f"chien-dich/{slug}.md"]
    assert ('<dt>Thời gian</dt>\n<dd markdown="span">Văn bản không nêu thời gian thực hiện; '
            "trạng thái tính theo ngày sự kiện 09/7/2023</dd>") in page
    assert 'data-start="" data-end="" data-first="2023-07-09" data-last="2023-07-09">Đã kết thúc</span>' in page
