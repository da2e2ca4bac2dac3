"""A plan of the Sở in the official layout (Nghị định 30/2020/NĐ-CP), written
for the import's tests, and the .docx, .pdf and scanned .pdf made from it.

The facts in it are what the import must find: `CITED` is the ground truth
for the precision and recall in BENCHMARKS.md (scripts/import_bench.py).
"""

from __future__ import annotations

import subprocess
import textwrap
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")  # Debian's fonts-dejavu-core
# The real dispatch of July 2023 that the project's data comes from, kept in the
# repository so that a fresh clone's tests have it.
SEED = Path(__file__).resolve().parent / "fixtures" / "seed" / "cong-van-so-cong-thuong-thang-7-2023.txt"


def broken_like_email(text: str, width: int = 58) -> str:
    """`text` hard-wrapped as e-mail programs wrap it: inside sentences, names and, at hyphens, numbers."""
    return "\n".join(textwrap.fill(paragraph, width) if paragraph else "" for paragraph in text.split("\n"))

HEADER = [("UBND TỈNH HẢI DƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
          ("SỞ CÔNG THƯƠNG", "Độc lập - Tự do - Hạnh phúc"),
          ("Số: 215/KH-SCT", "Hải Dương, ngày 15 tháng 11 năm 2023")]
TITLE = ["KẾ HOẠCH", "Tuyên truyền hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam năm 2024"]
BODY = [
    "Căn cứ Luật Bảo vệ quyền lợi người tiêu dùng số 19/2023/QH15 ngày 20/6/2023 của Quốc hội;",
    "Căn cứ Nghị định số 98/2020/NĐ-CP ngày 26/8/2020 của Chính phủ quy định xử phạt vi phạm hành chính "
    "trong hoạt động thương mại, sản xuất, buôn bán hàng giả, hàng cấm và bảo vệ quyền lợi người tiêu dùng;",
    "Thực hiện Kế hoạch số 4071/KH-UBND ngày 02/11/2023 của UBND tỉnh Hải Dương về tuyên truyền bảo vệ "
    "quyền lợi người tiêu dùng năm 2024;",
    "Thực hiện Công văn số 855/CV-BTGTU ngày 29/6/2023 của Ban Tuyên giáo Tỉnh ủy, Sở Công Thương xây dựng "
    "Kế hoạch tuyên truyền như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Nâng cao nhận thức của người tiêu dùng, doanh nghiệp về quyền và nghĩa vụ của mình.",
    "2. Hoạt động tuyên truyền thiết thực, hiệu quả, tiết kiệm.",
    "II. NỘI DUNG VÀ THỜI GIAN",
    "1. Thời gian tuyên truyền từ ngày 15/11/2023 đến ngày 29/02/2024.",
    "2. Các phòng thuộc Sở treo băng rôn, khẩu hiệu tại trụ sở; Công đoàn ngành Công Thương phối hợp thực hiện.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Các đơn vị trực thuộc Sở báo cáo kết quả về Văn phòng Sở trước ngày 10/3/2024.",
    "2. Các phòng thuộc Sở hoàn thành việc đăng tin trên Website Sở trong tháng 12/2023.",
]
SIGNATURE = [("Nơi nhận:", "KT. GIÁM ĐỐC"), ("- Bộ Công Thương (để b/c);", "PHÓ GIÁM ĐỐC"),
             ("- Lãnh đạo Sở;", ""), ("- Các phòng thuộc Sở;", "(Đã ký)"), ("- Website Sở;", ""),
             ("- Lưu: VT, VP.", "Nguyễn Thị Minh Hằng")]

# What the import must find: (number, kind, ISO date, issuer id in the registry after import).
CITED = [("19/2023/QH15", "Luật", "2023-06-20", "quoc-hoi"),
         ("98/2020/NĐ-CP", "Nghị định", "2020-08-26", "chinh-phu"),
         ("4071/KH-UBND", "Kế hoạch", "2023-11-02", "ubnd-tinh-hai-duong"),
         ("855-CV/BTGTU", "Công văn", "2023-06-29", "ban-tuyen-giao-tinh-uy")]  # written 855/CV-BTGTU: already known


def write_docx(path: Path) -> Path:
    """The plan as Word writes it: the header and the signature block are borderless tables."""
    import docx

    document = docx.Document()
    for rows in (HEADER,):
        table = document.add_table(rows=len(rows), cols=2)
        for row, (left, right) in zip(table.rows, rows):
            row.cells[0].text, row.cells[1].text = left, right
    for line in [*TITLE, *BODY]:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "\n".join(left for left, _ in SIGNATURE)
    table.rows[0].cells[1].text = "\n".join(right for _, right in SIGNATURE if right)
    document.save(str(path))
    return path


def write_pdf(path: Path) -> Path:
    """The plan as a PDF with a text layer, two columns at the top and at the bottom."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.add_page()
    pdf.add_font("Serif", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.set_font("Serif", "B", 11)
    for left, right in HEADER:
        pdf.cell(70, 6, left, align="C")
        pdf.cell(0, 6, right, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for line in TITLE:
        pdf.multi_cell(0, 7, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 11)
    pdf.ln(3)
    for line in BODY:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for left, right in SIGNATURE:
        pdf.cell(95, 6, left)
        pdf.cell(0, 6, right, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def write_scan(pdf: Path, path: Path) -> Path:
    """The PDF as a scanner makes it: one picture per page, no text layer (pdftoppm, then fpdf2)."""
    from fpdf import FPDF

    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), str(path.with_suffix(""))], check=True, timeout=120)
    scan = FPDF(format="A4")
    for image in sorted(path.parent.glob(path.stem + "*.png")):
        scan.add_page()
        scan.image(str(image), x=0, y=0, w=210, h=297)
    scan.output(str(path))
    return path
