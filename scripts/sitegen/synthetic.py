"""A synthetic corpus for benchmarks: N valid campaigns with varied Vietnamese
text, documents, units, tasks and events, the same for the same seed."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from pathlib import Path

from .load.registry import record_file_name, registry_folder

SUBJECTS = ["an toàn thông tin", "lừa đảo trực tuyến", "giảm nghèo bền vững", "chuyển đổi số", "an toàn thực phẩm",
            "hiến máu tình nguyện", "phòng cháy chữa cháy", "bảo vệ môi trường", "tiết kiệm năng lượng",
            "thương mại điện tử", "hàng giả hàng nhái", "bảo vệ người tiêu dùng", "xây dựng Đảng", "cải cách hành chính",
            "an toàn giao thông", "phòng chống ma túy", "bình đẳng giới", "khuyến công", "xúc tiến thương mại",
            "người Việt Nam ưu tiên dùng hàng Việt Nam", "an toàn điện", "quản lý thị trường", "kinh tế tập thể",
            "phòng chống thiên tai", "biển đảo Việt Nam", "văn hóa công sở", "học tập và làm theo tư tưởng Hồ Chí Minh"]
VERBS = ["Tuyên truyền", "Phổ biến", "Hưởng ứng", "Đẩy mạnh", "Tăng cường", "Triển khai", "Tổ chức", "Vận động"]
PLACES = ["Hải Dương", "Chí Linh", "Kinh Môn", "Nam Sách", "Thanh Hà", "Kim Thành", "Gia Lộc", "Tứ Kỳ", "Ninh Giang",
          "Thanh Miện", "Cẩm Giàng", "Bình Giang"]
WORDS = ("cán bộ công chức viên chức người lao động doanh nghiệp hộ kinh doanh nhân dân cơ sở kỹ năng nhận thức "
         "trách nhiệm phong trào thi đua chương trình kế hoạch hướng dẫn nội dung hình thức tài liệu tờ rơi pa nô "
         "khẩu hiệu hội nghị tọa đàm cuộc thi mạng xã hội trang thông tin điện tử kết quả báo cáo đánh giá "
         "mô hình sáng kiến điển hình tiên tiến khen thưởng địa bàn tỉnh huyện xã thị trấn chợ siêu thị cửa hàng "
         "sản xuất tiêu dùng xuất khẩu nông sản công nghiệp năng lượng điện lực xăng dầu hóa chất").split()
ISSUERS = [("bo-cong-thuong", "Bộ Công Thương", "BCT"), ("ubnd-tinh", "UBND tỉnh", "UBND"),
           ("ban-tuyen-giao-tinh-uy", "Ban Tuyên giáo Tỉnh ủy", "BTGTU"), ("so-tttt", "Sở Thông tin và Truyền thông", "STTTT"),
           ("so-y-te", "Sở Y tế", "SYT"), ("cong-an-tinh", "Công an tỉnh", "CAT"), ("so-cong-thuong", "Sở Công Thương", "SCT")]
KINDS = [("Kế hoạch", "KH"), ("Công văn", "CV"), ("Hướng dẫn", "HD"), ("Quyết định", "QĐ")]
UNITS = [(f"phong-{i}", f"Phòng chuyên môn {i}") for i in range(1, 9)] + [("cong-doan", "Công đoàn ngành Công Thương")]


def _sentence(rng: random.Random, length: int) -> str:
    words = [rng.choice(WORDS) for _ in range(length)]
    return " ".join(words).capitalize() + "."


def write_corpus(target: Path, count: int, seed: int = 2023, source: Path | None = None) -> None:
    """Write a whole project (mkdocs.yml, docs/, campaigns/) with `count` campaigns into `target`."""
    rng = random.Random(seed)
    if source:
        shutil.copytree(source / "docs", target / "docs", dirs_exist_ok=True)
        shutil.copy(source / "mkdocs.yml", target / "mkdocs.yml")
    campaigns = target / "campaigns"
    shutil.rmtree(campaigns, ignore_errors=True)
    documents = []
    for index in range(count):
        kind, code = rng.choice(KINDS)
        org, _, short = rng.choice(ISSUERS)
        day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(2400))
        documents.append({"number": f"{index + 100}/{code}-{short}", "kind": kind, "date": day.isoformat(), "issuer": org,
                          "subject": f"{rng.choice(VERBS).lower()} {rng.choice(SUBJECTS)} năm {day.year}"})
    registries = {
        "organizations": [{"id": i, "name": n} for i, n, _ in ISSUERS],
        "units": [{"id": i, "name": n} for i, n in UNITS],
        "documents": documents,
    }
    for name, records in registries.items():
        folder = campaigns / registry_folder(name).removeprefix("campaigns/")
        folder.mkdir(parents=True)
        for record in records:
            (folder / record_file_name(name, record)).write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    for index in range(count):
        subject, place = rng.choice(SUBJECTS), rng.choice(PLACES)
        start = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(2600))
        end = start + dt.timedelta(days=rng.randrange(7, 120))
        title = f"{rng.choice(VERBS)} {subject} tại {place} đợt {index + 1}"
        refs = sorted({documents[index]["number"], documents[rng.randrange(count)]["number"]})
        campaign = {
            "title": title,
            "summary": f"{rng.choice(VERBS)} {subject}. " + _sentence(rng, rng.randrange(12, 30)),
            "start": start.isoformat(), "end": end.isoformat(),
            "documents": refs,
            "key_messages": [_sentence(rng, rng.randrange(6, 12)) for _ in range(rng.randrange(1, 3))],
            "tasks": [{"action": _sentence(rng, rng.randrange(10, 25)), "assignees": [rng.choice(UNITS)[0]],
                       "due": (start + dt.timedelta(days=rng.randrange(1, 60))).isoformat()} for _ in range(rng.randrange(1, 4))],
            "events": [{"title": f"Hội nghị {subject}", "date": (start + dt.timedelta(days=3)).isoformat(), "place": place}],
            "tags": [subject],
        }
        (campaigns / f"chien-dich-{index + 1:05d}.yml").write_text(json.dumps(campaign, ensure_ascii=False, indent=1), encoding="utf-8")
