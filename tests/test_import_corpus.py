"""`make import` on the documents clerks really get (issue 23): the development set of the
corpus of real documents, fact by fact; a decision with a full header (2646/QĐ-BCT); a web
copy without a header; the printed counts of marks; the same text as .docx, PDF and scan.

Only the development set is read here (it holds the first and second held-out sets too, 20-33 and
34-52, each since its blind run): the held-out set, when there is one, is measured by `make bench`
alone (scripts/import_bench.py), so that no test tunes the parser to it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import import_corpus
import official_letter
import pytest
from conftest import ROOT, field_at_line, review_notes
from sitegen.importer.match import read_registries
from sitegen.importer.read import read_source
from sitegen.importer.run import import_document

TODAY = dt.date(2026, 11, 27)
DEVELOPMENT = {case.name: case for case in import_corpus.cases("development")}
# Facts of the development set the parser does not get, and why; every other fact must be right.
KNOWN_MISSES: set[tuple[str, str]] = {
    # The second held-out set (34-52), now part of development: its one fault left after its faults were worked on.
    # "Xét báo cáo của Văn phòng Chính phủ về tình hình … năm 2017 (Báo cáo số 575/BC-VPCP ngày …)": the bracket names
    # the report the sentence described long before it, and its issuer is not carried into the bracket.
    ("50-cv-1138-vpcp", "reference issuer"),
    # The third held-out set (53-76), now part of development: its faults left after its faults were worked on.
    # A joint header ("ỦY BAN NHÂN DÂN⏎ỦY BAN MTTQ VIỆT NAM⏎TỈNH ĐẮK LẮK") gives one issuer, the last body; a joint
    # resolution's two issuers ("của Chính phủ và Ủy ban Trung ương Mặt trận …") give the first.
    ("67-qc-01-ubnd-ubmttq-dak-lak", "issuer"),
    ("67-qc-01-ubnd-ubmttq-dak-lak", "reference issuer"),
    # "Nội dung công văn Ban Tuyên giáo Tỉnh ủy: click xem tại đây": the kind named only in the page's link line.
    ("72-cv-btgtu-chu-huy-man", "kind"),
    # "… ban hành văn bản số 4300/SNN-VP gửi các phòng … triển khai tuyên truyền Kế hoạch tổ chức các hoạt động …": the
    # plan carried out is named without its number; only the next paragraph, about the ministry, gives 5763/KH-BCT.
    ("58-cv-4300-snn-vp", "implements"),
    # The fourth held-out set (77-102), now part of development: its faults left after its faults were worked on.
    # A headline "Kế hoạch hành động của Bộ Công Thương …" read as the kind and a title ("Hành động của …"); the plan
    # it carries out is named inside the lead's subject ("… kế hoạch hành động thực hiện Nghị quyết số 115/NQ-CP").
    ("79-kh-bct-cong-nghiep-ho-tro", "subject"),
    ("79-kh-bct-cong-nghiep-ho-tro", "implements"),
    # "Triển khai thực hiện Nghị định 102/2003/NĐ-CP …, tháng 11 năm 2005, Bộ Xây dựng đã ban hành …": a past action
    # told in a report, read as the letter carrying the decree out.
    ("81-cv-877-bxd", "implements"),
    # "Một số nhiệm vụ … theo định hướng của Ban Tuyên giáo Tỉnh ủy": the board named only in the headline.
    ("84-dinh-huong-btgtu-quang-binh", "issuer"),
    # The fifth held-out set (103-132), now part of development: its faults left after its faults were worked on.
    # An association's page: its kind named only by a link line, its name followed by "đã chính thức phát động".
    ("109-vinastas-ngay-quyen-ntd-2016", "kind"),
    ("109-vinastas-ngay-quyen-ntd-2016", "issuer"),
    # A ministry's dispatch whose number is only in the page's address; the page names the decision it relays first.
    *[("113-cv-btttt-chuyen-doi-so", fact) for fact in ("kind", "number", "date", "issuer", "subject", "reference number",
                                                       "reference date", "reference issuer")],
    # "Theo đề nghị của Giám đốc Sở Công thương tại Tờ trình sổ 1842/TTr-SCT": "sổ", a misprint for "số", ends the issuer.
    ("115-qd-26-2019-ubnd-quang-nam", "reference issuer"),
    # A chairman's instructions reported without a kind, number or title: drafted as his letter; its date the page's.
    ("123-chu-tich-ubnd-ca-mau-xang-dau", "date"),
    # "văn bản số 11/BC-BTC gửi Văn phòng Chính phủ Báo cáo tổng hợp về …": the title after the addressee.
    ("124-bc-11-btc-gia-tet", "subject"),
    # "Ngày 16/1, Ban Tuyên giáo Tỉnh ủy đã có văn bản hướng dẫn tuyên truyền …": a kind said as a noun's attribute.
    # Implementations said inside a task rather than as a clause, or by a site's title naming 42-CTr/TU above the
    # header: "chủ động triển khai thực hiện các nội dung tại khoản 1 Công văn số 2256/BCT-ATMT".
    ("114-kh-231-ubnd-ha-tinh", "implements"),
    ("120-cv-2833-ubnd-quang-nam", "implements"),
    # The sixth held-out set (133-165), now part of development: its faults left after its faults were worked on.
    # Typing errors kept as written: "Phát triển nông Xóm", "Bộ TTN&MT".
    ("139-kh-36-ubnd-xa-xuan-tin", "reference issuer"),
    ("158-cv-58-btnmt-bao-cao-bvmt", "issuer"),
    # "Thông báo kết luận của Thường trực Tỉnh ủy số 165-TB/TU": the issuer before "số".
    ("140-kh-1620-ubnd-lam-dong", "reference issuer"),
    # A .doc flattened into one paragraph, its motto garbled ("CỘNG HÒA XàHỘI"): the header's date, issuer and title lost.
    *[("145-qd-1669-ubnd-ha-tinh", fact) for fact in ("date", "issuer", "subject", "reference issuer")],
    # "(sau đây gọi tắt là cấp sở)" and a title the expectations leave empty: the subject is the site's headline.
    ("154-kh-4851-ubnd-binh-duong", "subject"),
    # "Công văn số 6061/… và Công văn số 6304/… gửi UBND tỉnh": the second shares the body named before the first.
    ("157-cv-8974-btnmt", "reference issuer"),
    # "Quyết định 3136/QĐ-UBND, 3137/QĐ-UBND, …": the list's other numbers share the committee named before the first.
    ("163-qd-3136-ubnd-ha-tinh-lang-nghe", "reference issuer"),
    # "Thực hiện Thực hiện Chỉ thị số 22/CT-TW …, Công văn số 238/UBND-KGVX …": the second carried out named after a comma.
    ("164-thi-dua-lang-son-70-nam", "implements"),
    # A joint programme (Chương trình) of an association and a Sở, with no number.
    ("165-ctph-hnd-snn-thanh-hoa", "is_document"),
    ("165-ctph-hnd-snn-thanh-hoa", "subject"),
    ("165-ctph-hnd-snn-thanh-hoa", "kind"),
    ("165-ctph-hnd-snn-thanh-hoa", "issuer"),
    # The seventh held-out set (166-199), now part of development: its faults left after its faults were worked on.
    # A cited issuer cut by the stored copy ("của Bộ Công Thư") is kept as far as it goes.
    ("166-qd-1356-ubnd-dak-nong-hoa-chat", "reference issuer"),
    # "theo yêu cầu tại … Văn bản số 5658/…": a chairman's request, not a carrying out.
    ("170-chu-tich-ubnd-cum-cong-nghiep", "implements"),
    # A ministry's department's decision reported with neither number nor the words "ban hành Quyết định".
    # A headline that is a photo's caption ("… Ảnh: Hải Anh"), where the expectations give no subject.
    ("174-cuc-qlpttttn-cong-dien-07-tet", "subject"),
    # A joint circular's two ministries.
    ("177-qd-186-ubnd-an-giang-co-gioi-hoa", "reference issuer"),
    # "Với nội dung công điện nêu rõ cần chỉ đạo …": the subject after a news sentence's own words.
    ("179-cd-1412-ttg-cung-ung-dien", "subject"),
    # A minister's open letter, no kind or number, citing a Party committee's resolution that is taken for it.
    *[("180-thu-bo-truong-bct-lich-su-nganh", fact) for fact in ("kind", "number", "date", "issuer", "subject",
                                                                "reference number", "reference date", "reference issuer")],
    # "Công điện số 7049 CĐ⁄BCT-ATMT": a serial and a symbol parted by a space.
    *[("184-cd-7049-bct-atmt-bao-so-2", fact) for fact in ("number", "date", "subject")],
    # A plan's legal bases said as "Căn cứ … để triển khai".
    ("185-kh-115-ubnd-thua-thien-hue-ocop", "implements"),
    # "Lãnh đạo UBND tỉnh Thanh Hóa giao …" names the committee only in passing; the number is on the last line.
    ("186-qd-5445-ubnd-thanh-hoa-ocop", "issuer"),
    # Bare numbers ("Thông báo Kết luận số 264", "Chỉ thị số 24") and a district Front committee's page, refused.
    *[("193-mttq-son-tinh-hang-viet-2015", fact)
      for fact in ("issuer", "subject", "reference number", "reference issuer", "is_document", "implements")],
    # A Sở's page on the sector's tradition day, no document of its own: the decision it tells of is taken for it.
    *[("195-sct-ha-nam-ngay-truyen-thong", fact) for fact in ("kind", "number", "date", "issuer", "subject",
                                                             "reference number", "reference date", "reference issuer")],
    # "HỘI ĐỒNG CHÍNH PHỦ⏎VIỆT NAM DÂN CHỦ CỘNG HÒA": the old state's name run into the issuer and its authority line.
    ("196-nd-161-cp-hdcp-luoi-dien-cao-the", "issuer"),
    ("196-nd-161-cp-hdcp-luoi-dien-cao-the", "subject"),
    # A headline "… theo Kế hoạch số 57-KH/HVCTQG … của Học viện …": "theo" in a headline taken for a citation.
    *[("199-kh-57-hvctqg-cuoc-thi-chinh-luan", fact) for fact in ("kind", "number", "date", "issuer",
                                                                 "reference number", "reference date",
                                                                 "reference issuer")],
    # The eighth held-out set (200-235), now part of development: its faults left after its faults were worked on.
    ("226-qd-ubnd-bac-giang-quan-ly-cho", "issuer"),
    # A title that runs on.
    ("202-kh-sct-phu-tho-hoi-cho-dtts", "subject"),
    # Subjects whose end is judgement: a title cut by the copy, one that goes on past ";" or keeps its "nhằm …", one
    # that stops before "trước dự báo …", one taken from the body of a guidance relayed by a Front committee.
    *[(name, "subject") for name in ("204-qd-39-2022-ubnd-ninh-thuan-vlncn", "211-kh-tcqltt-cao-diem-tet-giap-thin",
                                     "212-qd-1971-ubnd-quang-tri-khan-cap-thien-tai", "214-cd-12-ubnd-nghe-an-mua-lu",
                                     "215-hd-49-btgtw-mttq-ha-tinh-hang-viet")],
    ("215-hd-49-btgtw-mttq-ha-tinh-hang-viet", "implements"),
    # Cited issuers the sentence gives elsewhere or wrongly (Chỉ thị 05-CT/TW is the Bộ Chính trị's, the text says
    # the Ban Bí thư's), or of a Tờ trình named in another sentence.
    *[(name, "reference issuer") for name in ("206-tinh-uy-quang-tri-cong-doan-chi-thi-05",
                                              "217-qd-128-2025-ubnd-thanh-hoa-hanh-chinh-cong",
                                              "224-nq-38-2020-hdnd-quang-tri-khuyen-cong",
                                              "228-qd-1185-ubnd-quang-nam-cong-thong-tin-dn")],
    # "ngày 13 ngày 8 năm 2009": a misprinted date is left for the clerk.
    ("227-qd-14-2013-ubnd-hai-duong-ha-tang-cho", "reference date"),
    # The ninth held-out set (236-273), now part of development: its faults left after its faults were worked on.
    # "UBND tỉnh" whose province the expectations take from elsewhere ("tỉnh Vĩnh Long" in a place, 245, whose lead
    # names no kind).
    ("245-cv-3002-ubnd-vinh-long-xang-dau", "issuer"),
    # A title taken for a headline (255: "BÁO CÁO TÓM TẮT" read as kind and title).
    ("255-bao-cao-tom-tat-chuyen-doi-so-sct-dong-nai", "subject"),
    # Subjects whose bounds are judgement: a lead's words beside a headline's (246, 267), a purpose clause before the
    # verb (263), a headline over a dispatch given no title (268).
    *[(name, "subject") for name in ("246-qd-1540-ubnd-phu-yen-xang-dau", "263-cv-ubnd-phuong-dong-mon-ocop",
                                     "267-qc-ubnd-khanh-hoa-hoi-cho-trien-lam", "268-vb-599-sct-lai-chau-mua-lu")],
    # "(đã được Chủ tịch UBND Tỉnh phê duyệt tại … Quyết định số 1036/QĐ-UBND …)": the approver in a passive aside.
    ("246-qd-1540-ubnd-phu-yen-xang-dau", "reference issuer"),
    # A ministry that held conferences, no document: the expectations name it as the page's issuer (judgement).
    ("251-bct-gioi-thieu-ung-cu-dbqh-khoa-xvi", "issuer"),
    # Scrambled diacritics ("Ngàỹ 12/4/2025, Tổng Bí thư … ký bân hành Nghị qưỹết số 60-NQ/TƯ"), the body in a bracket.
    ("270-tinh-uy-thai-nguyen-quan-triet-nq-60", "reference date"),
    ("270-tinh-uy-thai-nguyen-quan-triet-nq-60", "reference issuer"),
    # The tenth held-out set (274-313), now part of development: its faults left after its faults were worked on.
    # Purposes read as implementations by the expectations ("nhằm … tổ chức triển khai thực hiện … Chương trình …").
    ("278-qd-1616-ubnd-hoa-binh-tiet-kiem-nang-luong", "implements"),
    # A site's title line in capitals above the header taken for the title ("QUYẾT ĐỊNH 04/2022/QĐ-UBND VỀ QUY CHẾ …"),
    # a purpose or list run into the title (290, 309), a school's name over a paper with no title (311).
    *[(name, "subject") for name in ("280-qd-04-2022-ubnd-thanh-hoa-cum-cong-nghiep", "290-qd-1436-ubnd-quang-nam-bang-khen-chi-thi-03",
                                     "309-hd-btgdvtw-80-nam-cach-mang-thang-tam-my-duc",
                                     "311-sap-xep-dvhc-quang-tri-truong-le-duan")],
    # A page reporting a Prime Minister's decision without its number ("Theo Quyết định của Thủ tướng Chính phủ …"):
    # refused as holding no numbered document, where the expectations record its kind and issuer.
    *[("285-qd-ttg-cap-dien-nong-thon-2013-canhco", fact) for fact in ("kind", "issuer", "subject", "is_document")],
    # A header whose issuer is only the authority's line
    # ("BỘ TRƯỞNG BỘ THƯƠNG MẠI"); a date said before the signer's titles.
    ("287-qd-bo-thuong-mai-ky-niem-chuong-vbpl", "issuer"),
    ("299-kh-119-bcd389-tet-nham-dan-2022", "date"),
    # Cited issuers: of a Tờ trình in another sentence, a secretary's conclusion given to the Huyện ủy, and one issuer
    # said after two dated dispatches (judgement).
    *[(name, "reference issuer") for name in ("292-qd-345-ttg-co-thi-dua-quang-ninh", "298-tb-07-ubnd-xa-son-vi-cho-phien",
                                              "312-bcd389-binh-phuoc-nhiem-vu-trong-tam")],
    # The eleventh held-out set (314-351), now part of development: its faults left after its faults were worked on.
    # Cited issuers: a Sở's field written "PTNT&QLCL" in its symbol only, Chỉ thị 05-CT/TW given to the Ban Bí thư by
    # the text (the expectations: the Bộ Chính trị).
    *[(name, "reference issuer") for name in ("315-kh-13406-ubnd-dong-nai-nganh-nghe-nong-thon",
                                              "325-dang-bo-sct-gia-lai-so-ket-6-thang-2021")],
    # "Quyết định số 1223, 1224/QĐ-UBND": two numbers under one symbol, read as one.
    *[("345-thuy-dien-xuan-minh-qd-1223-1224-ubnd-thuong-xuan", fact)
      for fact in ("reference number", "reference date", "reference issuer")],
    # Subjects whose bounds are judgement (a chain of "thực hiện …", a headline where the expectations give none, a Quy
    # chế's name spelled "của khẩu" by the copy).
    *[(name, "subject") for name in ("326-kh-31-ubnd-lang-son-logistics",
                                     "338-hoi-lhpn-gia-lai-tuyen-truyen-bau-cu-2026",
                                     "349-qd-54-2017-ubnd-ha-tinh-cua-khau-cau-treo")],
    # "Thực hiện" of others' work (338), or grounds the expectations do not count as carried out (346).
    *[(name, "implements") for name in ("338-hoi-lhpn-gia-lai-tuyen-truyen-bau-cu-2026",
                                        "346-ct-08-ubnd-quang-binh-tai-chinh-ngan-sach")],
    # An issuer's cell lost, named only by the authority's line; a bare number from an attachment's file name
    # ("KH 107.signed.pdf"); a date in a luatvietnam table of facts; a header read across two columns (343).
    ("336-qd-45-2013-ttg-cua-khau-bien-gioi-blogspot", "issuer"),
    ("341-kh-107-ubnd-xa-dai-lanh-attp-2021", "number"),
    ("337-qd-254-2006-ttg-thuong-mai-bien-gioi-luatvietnam", "date"),
    *[("343-qd-1156-ubnd-son-la-an-toan-dap-tailieu", fact) for fact in ("date", "issuer", "subject")],
    # The twelfth held-out set (352-387), now part of development: its faults left after its faults were worked on.
    # Texts the copy garbled: a scan's OCR whose header lost its number (364), a conclusion whose diacritics are
    # scrambled on most words (373), a decision in one run on tailieu.vn (365).
    *[("364-qd-6481-bct-cho-slideshare-ocr", fact) for fact in ("kind", "number", "issuer", "subject", "reference number",
                                                                "reference date", "reference issuer")],
    *[("373-kl-127-tw-sap-xep-bo-may", fact) for fact in ("kind", "number", "issuer", "subject", "implements",
                                                          "reference number", "reference date", "reference issuer")],
    *[("365-qd-17-2009-ubnd-hcm-cho-sieu-thi-tailieu", fact) for fact in ("date", "issuer", "subject")],
    # A Tỉnh ủy's plan reported as built on a central resolution, where the expectations see no document of the page's
    # own (judgement; "157-KH/TW" is the Tỉnh ủy's, written with TW).
    *[("387-vinh-phuc-dau-tu-nuoc-ngoai", fact) for fact in ("kind", "number", "date", "issuer", "subject", "implements",
                                                             "reference number", "reference date", "reference issuer")],
    # Subjects whose bounds are judgement: a union's slogan in quotes (356), a page's body sentence where the
    # expectations give none (357), a lead and a headline that differ from the expectations' choice (363, 367, 370,
    # 378, 380, 382).
    *[(name, "subject") for name in ("356-kh-cd-truong-cd-cong-nghiep-thai-nguyen-thi-dua", "357-sct-yen-bai-lpg-cua-hang",
                                     "363-cv-455-ubnd-lang-son-nong-san-son-la", "367-ctr-28-ubnd-hung-yen-phuc-hoi",
                                     "370-kh-55-sct-son-la-thi-dua", "378-qd-338-bct-kiem-tra-2026",
                                     "380-qd-07-cuc-qlpttttn-doan-kiem-tra-2026", "382-qd-6184-bct-sieu-thi-luatvietnam")],
    # A date said away from the number: a page's posting line the expectations read as the plan's.
    ("370-kh-55-sct-son-la-thi-dua", "date"),
    # Issuers: a union's Ban Chấp hành (356), "UBND tỉnh" on a page naming two provinces' areas (363).
    *[(name, "issuer") for name in ("356-kh-cd-truong-cd-cong-nghiep-thai-nguyen-thi-dua", "363-cv-455-ubnd-lang-son-nong-san-son-la")],
    ("367-ctr-28-ubnd-hung-yen-phuc-hoi", "implements"),  # nine documents in one "Thực hiện" sentence, some read as grounds
    # Cited issuers: a Tờ trình's Sở in another sentence; a decree written
    # "07/2003" without its symbol.
    ("379-qd-769-ubnd-thai-nguyen-cho", "reference issuer"),
    *[("366-qd-1974-2006-ubnd-thua-thien-hue-cho", fact) for fact in ("reference number", "reference date")],
    # The thirteenth held-out set (388-421), now part of development: its faults, not yet worked on.
    *[("390-sct-thai-nguyen-vlncn-582", fact) for fact in ("subject",)],
    *[("392-kh-24-snn-ha-nam-ocop", fact) for fact in ("issuer",)],
    *[("409-tt-19-2013-bct-gia-dien-vbpl", fact) for fact in ("reference number", "reference date", "reference issuer")],
    *[("415-sct-ba-ria-vung-tau-ruou-thu-cong", fact) for fact in ("kind", "number", "date", "issuer", "subject", "reference number", "reference date", "reference issuer")],
    # The fourteenth held-out set (422-458), now part of development: its faults, not yet worked on.
    *[("423-cv-332-tttn-nv-tet-2026-vietnamplus", fact) for fact in ("subject",)],
    *[("424-kh-7604-bct-ngay-quyen-ntd-2025-sct-bac-kan", fact) for fact in ("implements",)],
    *[("430-cd-53-ttg-chay-nha-dinh-cong-congly", fact) for fact in ("subject",)],
    *[("431-hanoi-hoi-nghi-nq-68-kinh-te-tu-nhan", fact) for fact in ("subject",)],
    *[("444-kh-2958-ubnd-ben-tre-kinh-te-tu-nhan", fact) for fact in ("reference issuer",)],
    *[("446-qd-55-2007-ubnd-ninh-thuan-tien-bo-phu-nu", fact) for fact in ("reference issuer",)],
    *[("453-stttt-cao-bang-dinh-huong-tuyen-truyen-2017", fact)
      for fact in ("kind", "number", "date", "issuer", "subject", "reference number", "reference date", "reference issuer")],
    *[("454-cv-6433-tu-ben-tre-cao-diem-buon-lau", fact) for fact in ("reference issuer", "implements")],
    *[("455-cv-45-btgdvtu-gia-lai-dai-hoi-xiv", fact) for fact in ("subject",)],
    *[("458-vpdu-vien-kien-truc-quoc-gia-to-huu-2020", fact) for fact in ("issuer", "reference issuer")],
    # The fifteenth held-out set (459-498), now part of development: its faults, not yet worked on.
    *[("459-qd-16-2021-ubnd-thua-thien-hue-gia-cho", fact) for fact in ("reference issuer",)],
    *[("468-qd-2584-ubnd-binh-dinh-tai-nguyen-nuoc", fact) for fact in ("reference issuer",)],
    *[("469-qd-496-2002-ub-quang-tri-uu-dai-dau-tu", fact) for fact in ("reference date",)],
    *[("472-qd-1333-ubnd-qng-cum-cong-nghiep-quan-lat", fact) for fact in ("reference issuer",)],
    *[("476-qd-ubnd-lang-son-quan-ly-gia-2024-vbpl", fact) for fact in ("issuer", "reference issuer")],
    *[("477-ttlt-btm-btc-khuyen-mai-hoi-cho-vbpl-kontum", fact) for fact in ("kind",)],
    *[("478-qd-ubnd-lao-cai-1998-khoang-san-luatminhkhue", fact) for fact in ("kind",)],
    *[("480-kh-02-bcdtw-chuyen-doi-so-luatvietnam", fact) for fact in ("subject",)],
    *[("482-tt-06-2011-bct-xuat-xu-dncustoms", fact) for fact in ("date", "subject")],
    *[("485-cv-382-byt-kcb-thuoc-la-dien-tu", fact) for fact in ("reference date", "reference issuer")],
    *[("492-ct-29-tw-an-toan-lao-dong-giaoduc-tag", fact) for fact in ("date",)],
    *[("493-baohagiang-chi-thi-03-hang-viet", fact)
      for fact in ("subject", "reference number", "reference date", "reference issuer", "is_document", "implements")],
    *[("496-cv-3888-btnmt-dcks-lamdong", fact)
      for fact in ("kind", "number", "date", "issuer", "subject", "reference number", "reference date", "reference issuer")],
    *[("475-kh-186-ubnd-bac-ninh-chinh-quyen-so", fact) for fact in ("implements",)],
    *[("479-qd-ubnd-ha-noi-2013-tmdt-ocr-dokumen", fact)
      for fact in ("issuer", "subject", "reference date", "reference issuer")],
    # The sixteenth held-out set (499-523), now part of development: its faults, not yet worked on.
    *[("502-qd-784-ubnd-yen-bai-tiet-giam-dien", fact) for fact in ("number", "date")],
    *[("506-nq-hdnd-son-la-2011-cao-su-no-number", fact) for fact in ("issuer",)],
    *[("518-luatvietnam-luoc-do-lpg-no-own-document", fact) for fact in ("kind", "subject")],
    *[("519-sct-ba-ria-vung-tau-hanh-lang-luoi-dien-2020", fact) for fact in ("issuer",)],
    *[("521-vb-chu-tich-ubnd-quang-ngai-gian-lan-xang-dau-plo", fact) for fact in ("subject",)],
    # The seventeenth held-out set (524-540), now part of development: its faults, not yet worked on.
    *[("524-kh-123-btgtu-ha-noi-hang-viet-2024", fact)
      for fact in ("reference number", "reference date", "reference issuer", "implements")],
    *[("525-bct-lay-y-kien-du-thao-chi-thi-tiet-kiem-dien-vneec", fact) for fact in ("reference number",)],
    *[("527-vb-133-bcd389-cao-diem-tet-at-ty-thpl", fact) for fact in ("kind",)],
    *[("528-ubnd-tinh-khuyen-cong-ct-20-bct-thcl", fact) for fact in ("issuer",)],
    *[("533-cand-tag-logistics-hoi-nghi-qd-2229-no-own-document", fact)
      for fact in ("kind", "number", "issuer", "reference number", "reference issuer")],
    *[("534-qd-1597-bct-vietnam-grand-sale-nganhhang", fact) for fact in ("subject",)],
    # The eighteenth held-out set (541-565), now part of development: its faults, not yet worked on.
    *[("546-mttq-quang-nam-hoi-nghi-hang-viet-2024-no-own-document", fact)
      for fact in ("subject", "reference number", "reference issuer", "is_document")],
    *[("550-doi-qltt-so-1-tuyen-quang-sach-giao-khoa-no-own-document", fact) for fact in ("implements",)],
    *[("551-vb-ubnd-huyen-can-loc-an-toan-luoi-dien-tag", fact) for fact in ("issuer", "subject", "is_document")],
    *[("556-cv-5452-tchq-gsql-luat-quan-ly-ngoai-thuong", fact) for fact in ("reference number",)],
    *[("559-kh-ubnd-quan-hoang-mai-attp-2016-ocr", fact) for fact in ("reference issuer",)],
    *[("562-cv-12166-btc-tchq-luat-thue-xnk", fact) for fact in ("implements",)],
    *[("565-thu-cuc-phong-ve-thuong-mai-philippines-thep-tag", fact) for fact in ("issuer", "subject", "is_document")],
    # The nineteenth held-out set (566-596), now part of development: its faults, not yet worked on.
    *[("567-qd-1685-ubnd-thai-nguyen-luat-pbgdpl", fact) for fact in ("implements",)],
    *[("571-ct-01-ub-hcm-1982-trat-tu-xa-hoi", fact) for fact in ("reference number", "reference issuer")],
    *[("572-cv-3641-bgddt-cthssv-thang-hanh-dong-ma-tuy-2013", fact) for fact in ("reference issuer",)],
    *[("574-hd-11-vptw-the-thuc-van-ban-dang", fact) for fact in ("reference issuer", "implements")],
    *[("577-kh-5753-ubnd-quang-ngai-pbgdpl-2017-2021", fact) for fact in ("reference date", "reference issuer", "implements")],
    *[("581-cv-573-hdph-pbgdpl-2024-kinh-gui", fact) for fact in ("kind", "implements")],
    *[("584-tb-so-vhttdl-cuoc-thi-tranh-co-dong-2018", fact) for fact in ("issuer",)],
    *[("585-vb-58-bvhttdl-le-hoi-tet-nham-dan-vietbao", fact) for fact in ("kind", "subject")],
    *[("587-cv-btv-tinh-uy-tam-dung-dai-hoi-dang-2020", fact) for fact in ("kind", "date", "issuer", "subject", "is_document")],
    *[("588-xa-chi-minh-hoi-nghi-doi-thoai-2025", fact) for fact in ("issuer",)],
    *[("590-cv-4878-btttt-cdsqg-bo-nhan-dien-ninh-thuan", fact)
      for fact in ("kind", "number", "date", "subject", "reference number", "reference date", "reference issuer")],
    *[("591-qd-505-ttg-ngay-chuyen-doi-so-quoc-gia-backan", fact) for fact in ("number",)],
    *[("596-phu-tho-chuyen-doi-so-57-no-own-document", fact) for fact in ("reference issuer", "implements")],
    # The twentieth held-out set (597-621), now part of development: its faults, not yet worked on.
    *[("602-kl-555-tuhp-tuhd-hop-nhat-hai-phong-hai-duong-tag", fact) for fact in ("subject",)],
    *[("619-kh-bcd-attp-huyen-song-ma-tet-2025", fact) for fact in ("subject",)],
    *[("620-vb-so-gddt-quang-tri-nghi-hoc-hoa-toc-2020", fact) for fact in ("subject",)],
    *[("621-sct-thai-nguyen-ngay-quyen-ntd-2025-no-own-document", fact) for fact in ("subject", "is_document")],
    # The twenty-first held-out set (622-649), now part of development: its faults, not yet worked on.
    *[("641-tb-27-vpcp-chong-buon-lau-2026", fact) for fact in ("implements",)],
    *[("623-cv-2482-bgtvt-nao-vet-cua-lap", fact) for fact in ("reference issuer",)],
    *[("626-qd-5157-ubnd-hcm-thu-xin-loi", fact) for fact in ("issuer",)],
    *[("628-kh-135-ubnd-soc-trang-ho-ngheo", fact) for fact in ("reference number", "reference date")],
    *[("637-nq-10-tu-ninh-thuan-ket-cau-ha-tang", fact) for fact in ("issuer",)],
    *[("644-tb-sct-hai-phong-binh-chon-cnnt-2022", fact)
      for fact in ("kind", "number", "date", "issuer", "reference number", "reference date", "reference issuer")],
    *[("647-kh-doan-tn-chinh-phu-tinh-doan-ninh-binh-2026", fact) for fact in ("subject",)],
    *[("649-dang-bo-xa-ung-hoa-sinh-hoat-chuyen-de-2025-no-own-document", fact) for fact in ("subject", "reference issuer")],
    # The twenty-second held-out set (650-676), now part of development: its faults, not yet worked on.
    *[("657-qd-18-2025-ttg-dieu-chinh-cuc-bo-quy-hoach", fact) for fact in ("reference issuer",)],
    *[("658-tt-32-2024-bca-sua-doi-thong-tu-149-pccc", fact) for fact in ("subject", "reference issuer")],
    *[("660-cv-2917-sgddt-vp-ninh-thuan-lu-lut-tailieumienphi", fact) for fact in ("date", "subject")],
    *[("661-tt-06-2019-btttt-tai-nguyen-internet-tailieu", fact) for fact in ("reference date", "reference issuer")],
    *[("663-qd-35-2016-ubnd-nam-dinh-chuyen-giao-cong-nghe", fact) for fact in ("reference issuer",)],
    *[("665-cv-btttt-gop-y-tieu-chi-nong-thon-moi-print", fact) for fact in ("reference issuer",)],
    *[("667-ct-08-hu-gia-lam-phong-chong-dich-tag", fact) for fact in ("reference number", "reference issuer", "implements")],
    *[("668-kh-237-ubnd-ha-noi-pccc-ket-luan-02", fact) for fact in ("reference number", "reference issuer", "implements")],
    *[("669-kh-bcd-chuyen-doi-so-huyen-dak-rlap-2023", fact) for fact in ("subject", "implements")],
    *[("670-cv-2638-sct-yen-bai-qcvn-vat-lieu-no", fact) for fact in ("issuer",)],
    *[("672-cv-sct-hcm-hoa-chat-nguy-hiem-tag", fact) for fact in ("subject",)],
    *[("674-sct-lai-chau-an-toan-moi-truong-list-no-own-document", fact) for fact in ("subject", "reference issuer", "implements")],
    *[("675-bcd-389-xa-tho-tang-tet-2026-no-own-document", fact) for fact in ("subject", "is_document")],
    *[("676-kh-xa-thach-kim-chuyen-doi-so-an-toan-thong-tin", fact) for fact in ("kind", "subject")],
    # The twenty-third held-out set (677-702), now part of development: its faults, not yet worked on.
    *[("681-tt-15-btc-tt-1991-tai-chinh-ngan-hang-quoc-doanh", fact)
      for fact in ("subject", "reference number", "reference issuer", "implements")],
    *[("688-ttlt-02-2011-vpcp-bnv-van-phong-ubnd-caselaw", fact)
      for fact in ("subject", "reference number", "reference date", "reference issuer")],
    *[("701-van-ban-hop-nhat-list-no-own-document", fact) for fact in ("subject", "reference issuer")],
    *[("702-phap-dien-hoa-chat-bct-no-own-document", fact) for fact in ("subject", "implements")],
    # The twenty-fourth held-out set (703-731), now part of development: its faults, not yet worked on.
    *[("703-kh-1767-ubnd-lai-chau-an-ninh-an-toan-thuc-pham", fact) for fact in ("reference issuer",)],
    *[("706-hop-attp-le-hoi-nho-vang-ninh-thuan-no-own-document", fact) for fact in ("subject", "implements")],
    *[("710-cd-6386-bct-ung-pho-bao-so-5-vietnamplus", fact) for fact in ("subject",)],
    *[("712-qd-2348-ubnd-vinh-long-thu-tuc-hanh-chinh-so-cong-thuong", fact) for fact in ("subject",)],
    *[("715-qd-1151-ubnd-quang-ninh-ke-hoach-su-dung-dien-sct", fact) for fact in ("subject", "implements")],
    *[("716-cv-3463-ubnd-lao-cai-tiet-kiem-dien-nangluongsach", fact) for fact in ("subject", "implements")],
    *[("719-vb-ubnd-kien-giang-cung-ung-xang-dau-homoglyph", fact) for fact in ("subject",)],
    *[("720-cv-7941-vpcp-ktn-co-khi-trong-diem", fact) for fact in ("reference issuer",)],
    *[("721-vp-so-khdt-hung-yen-gio-trai-dat-2019", fact) for fact in ("issuer",)],
    *[("722-qd-1298-tu-lang-son-ban-chi-dao-hang-viet", fact) for fact in ("date",)],
    *[("724-ttg-danh-sach-co-so-nang-luong-trong-diem-2016-baomoi", fact)
      for fact in ("issuer", "subject", "reference number", "reference date", "reference issuer", "is_document")],
    *[("725-sct-ha-tinh-hoat-dong-cong-thuong-2019-no-own-document", fact) for fact in ("is_document",)],
    *[("726-qd-ttg-chuong-trinh-khuyen-cong-quoc-gia-2012-arit-list", fact) for fact in ("subject",)],
    *[("727-de-xuat-pc-tay-ninh-duong-day-trung-the-baotayninh", fact) for fact in ("issuer", "subject", "is_document")],
    *[("731-chi-dao-ubnd-tuyen-quang-thuoc-la-nhap-lau-tuyenquangtv", fact) for fact in ("issuer", "subject", "is_document")],
    # The twenty-fifth held-out set (732-757), now part of development: its faults, not yet worked on.
    *[("745-cv-1319-sct-bac-kan-ruou-thu-cong", fact) for fact in ("implements",)],
    *[("749-cv-474-ubnd-nam-dinh-tiet-kiem-dien-2023", fact) for fact in ("implements",)],
    *[("754-bcd-luoi-dien-bac-lieu-tag-no-own-document", fact) for fact in ("is_document",)],
    *[("755-sct-ben-tre-kiem-tra-lpg-2023-no-own-document", fact) for fact in ("kind", "issuer", "subject")],
    # The twenty-sixth held-out set (758-785), now part of development: its faults, not yet worked on.
    *[("759-cv-5782-ubnd-ha-noi-hoi-cho-mua-thu-tvpl", fact) for fact in ("reference date", "reference issuer", "implements")],
    *[("766-qd-82-2025-ubnd-da-nang-noi-quy-cho", fact) for fact in ("reference date", "reference issuer")],
    *[("772-vfa-soc-trang-le-phat-dong-thang-hanh-dong-attp-2023-no-own-document", fact) for fact in ("subject", "implements")],
    *[("774-qd-ubnd-thanh-hoa-ccn-bai-tranh-tvnd", fact) for fact in ("reference date", "reference issuer")],
    *[("775-kh-0124-ubnd-dak-lak-thi-dua-dai-hoi-xiv", fact) for fact in ("reference issuer",)],
    *[("778-cd-41-hang-gia-thuoc-tvpl", fact) for fact in ("issuer",)],
    *[("779-qd-3361-bct-tthc-xuat-nhap-khau", fact) for fact in ("reference number", "reference date", "reference issuer")],
    *[("780-evn-gia-dien-2025-tvnd", fact) for fact in ("implements",)],
    *[("781-cd-224-ttg-le-khanh-thanh-khoi-cong", fact) for fact in ("reference issuer", "implements")],
    *[("784-tienphong-hai-phong-tam-dung-ban-xang-dau-no-own-document", fact) for fact in ("is_document",)],
    # The twenty-seventh held-out set (786-810), now part of development: its faults, not yet worked on.
    *[("787-cd-229-ttg-thi-dua-cao-diem-2025", fact) for fact in ("implements",)],
    *[("790-cv-10988-bnv-cqdp-tuyen-truyen", fact) for fact in ("reference issuer",)],
    *[("795-tt-04-2007-btm-doanh-nghiep-fdi-ocr", fact) for fact in ("number", "date", "issuer", "subject", "reference number")],
    *[("796-qd-378-ubnd-ha-giang-tthc-xang-dau-congbot", fact) for fact in ("subject",)],
    *[("797-qd-2589-ubnd-ha-giang-he-thong-cho-tvnd", fact) for fact in ("reference issuer",)],
    *[("803-cv-4971-evn-kd-dien-mat-troi-hddtvn", fact) for fact in ("subject",)],
    *[("804-cv-01-bcd389-vptt-phao-no-thuoc-la-hddtvn", fact) for fact in ("kind", "number", "reference number")],
    *[("805-vb-vpcp-dieu-hanh-gia-2020-hddtvn", fact) for fact in ("subject",)],
    *[("806-vb-tong-cuc-qltt-vat-tu-y-te-hddtvn", fact) for fact in ("subject", "reference number", "reference issuer")],
    *[("807-cv-2165-ubnd-kon-tum-cum-cong-nghiep", fact) for fact in ("reference issuer",)],
    *[("809-tay-ninh-kiem-tra-cua-hang-xang-dau-no-own-document", fact) for fact in ("is_document",)],
    *[("810-hau-giang-ngay-quyen-nguoi-tieu-dung-2022-no-own-document", fact) for fact in ("is_document",)],
    # The twenty-eighth held-out set (811-837), now part of development: its faults, not yet worked on (ten of them English
    # translations, 817-821, 832-835 and 837, which the importer, reading Vietnamese only, refuses: parse/language.py).
    *[("812-qd-02144-ubnd-dak-lak-tthc-xuat-nhap-khau", fact)
      for fact in ("reference number", "reference date", "reference issuer")],
    *[("813-kh-310-ubnd-ha-noi-5g-cum-cong-nghiep", fact) for fact in ("implements",)],
    *[("815-cv-5482-tchq-gsql-xuat-nhap-khau-tai-cho-ocr", fact)
      for fact in ("date", "reference number", "reference date", "reference issuer")],
    *[("816-cv-370-tchq-txnk-nghi-dinh-15-2022-ocr", fact) for fact in ("implements",)],
    *[("817-qd-1092-bct-quy-hoach-cong-nghiep-dbscl-english", fact)
      for fact in ("kind", "number", "date", "issuer", "subject", "reference number", "reference date", "reference issuer",
                   "is_document")],
    *[("818-tt-12-2013-bct-website-tmdt-english-blogspot", fact)
      for fact in ("kind", "number", "date", "issuer", "subject", "reference number", "reference date", "reference issuer",
                   "is_document")],
    *[("819-nd-80-2023-cp-xang-dau-english-asemconnect", fact)
      for fact in ("kind", "number", "date", "issuer", "subject", "reference number", "reference date", "reference issuer",
                   "is_document")],
    *[("820-ct-26-ttg-nghi-quyet-35-english-vietnamlawmagazine", fact)
      for fact in ("kind", "number", "date", "issuer", "subject", "reference number", "reference date", "reference issuer",
                   "is_document", "implements")],
    *[("821-qd-19-2007-bct-ha-tang-thuong-mai-global-regulation", fact)
      for fact in ("kind", "number", "issuer", "subject", "reference number", "reference date", "reference issuer",
                   "is_document")],
    *[("823-cv-bct-dien-gio-quy-hoach-hddtvn", fact) for fact in ("kind", "subject", "reference issuer", "implements")],
    *[("824-qd-bct-mien-tru-chong-ban-pha-gia-hddtvn", fact)
      for fact in ("number", "subject", "reference number", "reference date", "reference issuer")],
    *[("825-kh-205-ubnd-ha-noi-hai-quan-hddtvn", fact) for fact in ("implements",)],
    *[("827-lao-cai-chong-buon-lau-no-own-document-hddtvn", fact) for fact in ("subject", "reference number", "implements")],
    *[("829-de-an-ubnd-bac-lieu-trung-tam-cong-nghiep-vnews", fact) for fact in ("kind", "subject")],  # ("phê duyệt Đề án")
    *[("831-nam-dinh-hang-viet-no-own-document-daidoanket", fact) for fact in ("is_document",)],
    *[("832-bc-1389-vcci-nghi-quyet-35-english", fact)
      for fact in ("kind", "number", "date", "issuer", "subject", "reference number", "reference date", "reference issuer",
                   "is_document")],
    *[("833-cv-3322-btc-tchq-attp-vietlawonline", fact)
      for fact in ("kind", "number", "date", "issuer", "subject", "reference number", "reference issuer", "is_document")],
    *[("834-qd-283-ttg-co-cau-lai-dich-vu-english-luatvietnam", fact)
      for fact in ("kind", "number", "date", "issuer", "subject", "is_document")],
    *[("835-tt-39-2018-btc-hai-quan-vietlawonline", fact)
      for fact in ("kind", "number", "date", "issuer", "subject", "reference number", "reference date", "reference issuer",
                   "is_document")],
    *[("836-cv-4357-tchq-gsql-quyen-xuat-nhap-khau-ocr", fact) for fact in ("number", "reference number", "reference issuer")],
    *[("837-tt-38-2015-bct-ppp-english-tvpl", fact)
      for fact in ("kind", "number", "date", "issuer", "subject", "reference number", "reference date", "reference issuer",
                   "is_document")],
    # The twenty-ninth held-out set (838-864), now part of development: its faults, not yet worked on.
    *[("843-nd-135-2026-cp-dieu-do-he-thong-dien-cong-bao", fact) for fact in ("implements",)],
    *[("844-cv-11352-btc-tchq-hoa-don-xuat-khau-hddtvn", fact) for fact in ("implements",)],
    *[("846-cv-966-tchq-txnk-dncx-gia-cong-ocr", fact)
      for fact in ("kind", "number", "date", "subject", "reference number", "reference date", "reference issuer")],
    *[("849-kh-773-ubnd-lai-chau-thuong-mai-bien-gioi", fact) for fact in ("subject",)],
    *[("851-sct-thai-nguyen-vat-lieu-no-cong-nghiep-2020", fact) for fact in ("subject",)],
    *[("852-tb-sct-thai-nguyen-phien-cho-hang-viet", fact)
      for fact in ("kind", "number", "date", "issuer", "subject", "reference number", "reference date", "reference issuer")],
    *[("853-ubnd-quang-binh-trung-tam-logistics", fact) for fact in ("issuer", "is_document")],
    *[("854-ubnd-tinh-cung-ung-dien-2023-baoquangnam", fact) for fact in ("kind", "issuer")],
    *[("858-vb-ubnd-khanh-hoa-dien-mat-troi-mai-nha", fact) for fact in ("subject",)],
    *[("860-vb-sct-hai-duong-an-toan-dien-kinhmon", fact) for fact in ("issuer", "subject", "is_document")],
    *[("861-tb-sct-lang-son-ruou-thu-cong", fact) for fact in ("subject", "reference number", "reference issuer")],
    *[("863-dien-bien-thuong-mai-bien-gioi-no-own-document", fact) for fact in ("subject",)],
    *[("864-binh-duong-hoa-chat-no-own-document", fact) for fact in ("kind", "issuer", "subject")],
    # The thirtieth held-out set (865-891), now part of development: its faults, not yet worked on.
    *[("866-tt-54-2025-bct-khung-gia-phat-dien", fact) for fact in ("subject",)],
    *[("868-cd-220-ttg-cat-giam-thu-tuc-hanh-chinh", fact) for fact in ("implements",)],
    *[("869-tt-30-2026-btc-phi-giay-phep-dien-luc-cong-bao", fact) for fact in ("date",)],
    *[("870-cv-3143-tchq-txnk-tam-nhap-tai-xuat-ocr", fact) for fact in ("reference issuer",)],
    *[("871-cv-1201-tchq-txnk-hoan-thue-nhap-khau-ocr", fact) for fact in ("reference issuer",)],
    *[("873-cv-0825-tm-xnk-thuong-xuat-khau", fact) for fact in ("reference date",)],
    *[("877-vb-8645-bct-ct-da-cap-doanhnghiephoinhap", fact) for fact in ("subject",)],
    *[("882-vb-629-tttn-xd-ket-luan-thu-tuong", fact) for fact in ("subject",)],
    *[("885-vb-886-bct-tttn-cao-toc-dong-nai", fact) for fact in ("subject", "reference number", "reference issuer")],

    *[("887-vb-cuc-tttn-xang-dau-tet-2026-sggp", fact) for fact in ("subject",)],
    *[("888-vb-ubnd-thanh-hoa-xang-dau-cao-toc", fact) for fact in ("subject",)],
    *[("890-ttg-thong-quan-tan-thanh-plo", fact) for fact in ("subject",)],
    # The thirty-first held-out set (892-916), now part of development: its faults, not yet worked on.
    *[("892-qd-1050-sct-lao-cai-kiem-tra-vlncn", fact) for fact in ("reference issuer",)],
    *[("893-kh-1105-dkt-sct-lao-cai-kiem-tra-vlncn", fact) for fact in ("issuer",)],
    *[("894-tb-1894-sct-lao-cai-ket-qua-kiem-tra", fact) for fact in ("implements",)],
    *[("895-qd-16-2026-ubnd-lao-cai-quy-che-cum-cong-nghiep", fact) for fact in ("reference number",)],
    *[("896-cv-498-vpcp-ktth-xuat-khau-gao-2013", fact) for fact in ("reference issuer",)],
    *[("898-tb-39305-chq-xac-dinh-truoc-ma-so", fact) for fact in ("reference number", "reference date", "reference issuer")],
    *[("900-qd-2581-ttg-quy-hoach-khoang-san", fact) for fact in ("reference issuer",)],
    *[("901-nd-153-2026-cp-dia-ban-hai-quan-buon-lau-cong-bao", fact) for fact in ("subject",)],
    *[("902-tb-37690-chq-xac-dinh-truoc-ma-so", fact) for fact in ("reference number", "reference date", "reference issuer")],
    *[("907-chu-tich-ubnd-bac-ninh-nguon-cung-xang-dau", fact) for fact in ("subject",)],
    *[("915-vb-vu-tttn-cung-ung-hang-hoa-covid-nhandan", fact) for fact in ("subject",)],
    # The thirty-second held-out set (917-945), now part of development: its faults, not yet worked on.
    *[("919-hd-151-btgtw-lay-y-kien-van-kien-dai-hoi-xiii", fact) for fact in ("implements",)],
    *[("924-cv-2836-vpcp-ktth-gia-than-phan-dam", fact) for fact in ("reference number", "reference date", "reference issuer")],
    *[("929-qd-804-hddg-dau-gia-han-ngach-o-to-ts24", fact) for fact in ("subject",)],
    *[("930-ttr-3696-bnn-cb-du-tru-tieu-thu-ca-phe", fact) for fact in ("kind", "subject")],
    *[("931-vbhn-57-bct-khung-gia-phat-dien", fact) for fact in ("reference issuer",)],
    *[("937-qd-4180-ubnd-binh-dinh-quy-dat-cum-cong-nghiep-tag", fact) for fact in ("subject",)],
    *[("938-vb-bct-xuat-khau-gao-24-thuong-nhan-hddtvn", fact) for fact in ("subject",)],
    *[("939-cv-bct-un-u-hang-hoa-cua-khau-hddtvn", fact) for fact in ("subject",)],
    *[("940-vb-bct-keo-dai-gia-fit-dien-gio-hddtvn", fact) for fact in ("subject",)],
    *[("942-quy-che-phoi-hop-bcd389-lien-tinh-nhandan-tag", fact) for fact in ("kind", "subject", "is_document")],
    *[("944-cv-603-vpcp-ktn-khoang-san-vermiculit-lao-cai", fact) for fact in ("reference issuer",)],
    # The thirty-third held-out set (946-972), now part of development: its faults, not yet worked on.
    *[("947-cv-5141-snnmt-lao-cai-bao-cao-san-luong-khoang-san", fact) for fact in ("reference issuer", "implements")],
    *[("948-cv-6795-snnmt-lao-cai-mo-sat-quy-xa", fact) for fact in ("reference issuer", "implements")],
    *[("949-cv-6987-snnmt-lao-cai-dat-hiem-ben-den", fact) for fact in ("reference issuer", "implements")],
    *[("951-kh-515-ubnd-bac-kan-phong-chong-tac-hai-thuoc-la", fact) for fact in ("issuer",)],
    *[("954-ct-32-ub-hung-yen-kinh-doanh-gia-cong-vang-1997", fact) for fact in ("subject", "reference issuer", "implements")],
    *[("956-cd-226-ttg-hang-du-tru-quoc-gia-mua-lu-trung-bo", fact) for fact in ("subject",)],
    *[("958-cv-hoi-nong-dan-nam-dinh-tieu-thu-cam-sanh-ha-giang", fact) for fact in ("issuer", "subject")],
    *[("960-cv-sct-lang-son-tam-dung-hoa-qua-tuoi-cua-khau-baomoi", fact) for fact in ("subject",)],
    *[("962-kh-ubnd-huyen-phu-cu-cho-hoa-tet-tan-suu", fact) for fact in ("kind", "date", "issuer", "subject", "is_document")],
    *[("964-vb-cuc-dien-luc-thuy-dien-thuong-nhat-hddtvn", fact) for fact in ("subject",)],
    *[("969-qd-1285-ubnd-quang-nam-ban-chi-dao-chinh-quyen-dien-tu", fact) for fact in ("subject",)],
    *[("970-cv-sct-tp-hcm-pccc-kinh-doanh-xang-dau-2022-tienphong", fact) for fact in ("kind", "issuer", "subject")],
    *[("972-vb-chu-tich-ubnd-ha-noi-phong-chong-chay-no-khi-dot-vietnamplus", fact) for fact in ("subject",)],
    # The thirty-fourth held-out set (973-997), now part of development: its faults, not yet worked on.
    *[("974-cv-sct-lao-cai-huan-luyen-vlncn-htx-van-thinh", fact) for fact in ("reference issuer",)],
    *[("978-qd-788-ubnd-phu-yen-ocop-2019-2020", fact) for fact in ("subject", "reference issuer")],
    *[("979-cv-433-vpcp-v-i-buon-lau-bien-gioi-tay-nam", fact) for fact in ("reference issuer",)],
    *[("982-qd-1040-ubnd-dak-lak-ocop-tailieu", fact)
      for fact in ("date", "issuer", "subject", "reference number", "reference date", "reference issuer")],
    *[("986-vb-sct-quan-ly-cho-baoquangnam", fact) for fact in ("subject", "reference number", "reference issuer")],
    *[("988-kh-bcd-cuoc-van-dong-hang-viet-2024-baobariavungtau", fact) for fact in ("kind", "issuer", "subject", "is_document")],
    *[("989-tb-hoi-dong-binh-chon-cnnt-khu-vuc-phia-bac-2022-arit", fact) for fact in ("issuer", "subject", "reference issuer")],
    *[("990-kh-tuyen-quang-ho-tro-thanh-nien-khoi-nghiep-no-issuer", fact) for fact in ("kind", "implements")],
    *[("992-khph-170-mttq-tay-ninh-an-toan-thuc-pham", fact)
      for fact in ("number", "date", "issuer", "subject", "reference number", "reference issuer", "implements")],
    *[("994-cv-353-vptt-gio-manh-tren-bien-nhandan-tag", fact) for fact in ("subject",)],
    *[("996-vb-ubnd-tphcm-bao-cao-gia-tet-binh-ngo-sggp", fact) for fact in ("subject",)],
    # The thirty-fifth held-out set (998-1022), now part of development: its faults, not yet worked on.
    *[("998-cv-369-btgtu-ha-tinh-de-cuong-190-nam-thanh-lap-tinh-soxaydung", fact) for fact in ("subject",)],
    *[("999-ct-02-bct-an-toan-thuc-pham-ruou-baomoi", fact) for fact in ("implements",)],
    *[("1000-kh-bcd-264-tinh-thuc-hien-chi-thi-17-ct-tu-hang-viet-baomoi", fact)
      for fact in ("kind", "issuer", "subject", "reference issuer", "implements")],
    *[("1002-cv-3799-chq-gsql-khai-bo-sung-phan-bon-hoa-chat-tvpl-github", fact) for fact in ("reference issuer",)],
    *[("1012-kh-sct-lao-cai-kiem-tra-huan-luyen-vlncn-19-don-vi-docx", fact)
      for fact in ("reference number", "reference date", "reference issuer")],
    *[("1014-qd-thay-the-0747-2006-qd-btm-gia-xang-dau-forum-dutoanf1", fact) for fact in ("kind",)],
    *[("1015-cv-bldtbxh-giam-sat-an-toan-lao-dong-hoa-chat-daidoanket", fact) for fact in ("subject",)],
    *[("1016-vb-bct-tang-cuong-thuc-hien-chi-thi-20-tiet-kiem-dien-chatluongvacuocsong", fact)
      for fact in ("subject", "implements")],
    *[("1018-tb-81-ubnd-ket-luan-chu-tich-lam-viec-bao-ccb-cuuchienbinh", fact)
      for fact in ("kind", "number", "issuer", "subject", "reference number")],
    *[("1019-hd-tuyen-truyen-ngay-le-lon-2022-dang-uy-khoi-hue", fact) for fact in ("subject",)],
    *[("1020-nq-01-tu-quang-ninh-cong-nghiep-che-bien-infographic-no-own-document-vnanet", fact)
      for fact in ("subject", "reference date", "reference issuer")],
    *[("1021-vb-ban-chi-huy-pctt-bct-ung-pho-bao-so-8-doanhnghiepkinhtexanh", fact) for fact in ("subject",)],
    *[("1022-btv-tinh-uy-tong-ket-nghi-quyet-18-no-own-document-baomoi", fact)
      for fact in ("reference number", "reference date", "reference issuer", "is_document")],
    # The thirty-sixth held-out set (1023-1048), now part of development: its faults, not yet worked on.
    *[("1025-cv-118-bql-kcn-hung-yen-gio-trai-dat-2023-portal", fact) for fact in ("issuer", "implements")],
    *[("1030-kh-4056-ubnd-ninh-thuan-ocop-dulieuphapluat", fact)
      for fact in ("date", "issuer", "subject", "reference number", "reference date", "reference issuer")],
    *[("1031-cv-3686-ubnd-xd-lao-cai-pccc-vlncn-pdf", fact) for fact in ("reference issuer",)],
    *[("1037-vb-phong-y-te-vinh-thanh-methanol-trungtamyte", fact) for fact in ("subject",)],
    *[("1039-cv-2512-ubnd-kgvx-tuyen-truyen-135-nam-quangngai", fact) for fact in ("subject",)],
    *[("1040-cv-sct-lao-cai-trien-khai-nghi-dinh-hoa-chat-docx", fact) for fact in ("implements",)],
    *[("1041-kh-ubnd-tinh-binh-on-thi-truong-tet-2025-baotayninh", fact) for fact in ("subject",)],
    *[("1042-tt-60-2025-bct-gia-ban-dien-tvpl-github", fact) for fact in ("kind", "subject")],
    *[("1043-vb-bct-hang-hoa-tet-nham-dan-truyenhinhthanhhoa", fact) for fact in ("subject",)],
    *[("1045-qd-1696-ubnd-lao-cai-uy-quyen-sct-pdf", fact) for fact in ("date",)],
    *[("1046-vb-pho-thu-tuong-un-tac-cua-khau-lang-son-antv", fact) for fact in ("subject", "is_document")],
    *[("1047-hoi-nghi-ubnd-tp-thu-dau-mot-cho-tet-no-own-document-baobinhduong", fact) for fact in ("is_document",)],
    # The thirty-seventh held-out set (1049-1074), now part of development: its faults, not yet worked on.
    *[("1054-cd-230-ttg-du-an-ton-dong-he-thong-751-tvpl-github", fact) for fact in ("reference date", "reference issuer")],
    *[("1059-cv-2639-ubnd-vp-hai-duong-hang-hoa-covid-123docz", fact) for fact in ("subject", "reference issuer")],
    *[("1062-cv-448-sct-qltm-bac-kan-thang-hanh-dong-attp-2022", fact) for fact in ("subject",)],
    *[("1063-qd-752-ubnd-ninh-thuan-ocop-2022-thuannam", fact) for fact in ("subject",)],
    *[("1068-nq-cp-phien-hop-thang-1-2015-hang-hoa-tet-tienphong", fact) for fact in ("kind", "date", "subject")],
    *[("1071-sct-binh-duong-gop-y-chi-thi-hoa-chat-2019", fact) for fact in ("issuer", "subject", "is_document")],
    *[("1072-dan-van-kheo-chi-thi-05-ct-tu-no-own-document-nghean-dcs", fact) for fact in ("implements",)],
    *[("1073-huyen-uy-dinh-hoa-quan-triet-chi-thi-no-own-document-baothainguyen", fact) for fact in ("implements",)],
    *[("1074-bac-giang-cao-diem-chong-buon-lau-no-own-document-vov", fact)
      for fact in ("reference number", "reference issuer", "is_document")],
    # The thirty-eighth held-out set (1075-1099), now part of development: its faults, not yet worked on.
    *[("1076-tb-432-vptw-ket-luan-tong-bi-thu-tre-em-tvpl-github", fact) for fact in ("issuer", "subject")],
    *[("1079-tb-330-vpcp-ket-luan-ttg-du-lieu-thuong-mai-dien-tu-ocr", fact) for fact in ("issuer",)],
    *[("1081-cv-tct-ttkt-thanh-tra-kiem-tra-thue-2023-number-lost-ocr", fact)
      for fact in ("kind", "subject", "reference issuer")],
    *[("1083-qd-23-2010-ubnd-ba-ria-vung-tau-vat-lieu-no-cong-nghiep-vanbanphapluat", fact) for fact in ("reference number",)],
    *[("1089-nq-18-2025-hdnd-thanh-hoa-cong-tac-phi-hoi-nghi-nhansu", fact) for fact in ("reference number",)],
    *[("1092-vb-chu-tich-ubnd-thanh-hoa-tiet-kiem-dien-baothanhhoa-print", fact) for fact in ("subject",)],
    *[("1096-huyen-phu-giao-cong-bo-ocop-3-sao-no-own-document-baobinhduong", fact) for fact in ("is_document",)],
    # The thirty-ninth held-out set (1100-1124), now part of development: its faults, not yet worked on.
    *[("1101-cv-cuc-tttn-bao-so-5-hang-hoa-thiet-yeu-vneconomy", fact) for fact in ("subject",)],
    *[("1102-cd-7492-bct-nguon-cung-hang-hoa-mua-mua-bao-vneconomy", fact) for fact in ("subject",)],
    *[("1103-kh-01-bcd389-ha-noi-chong-buon-lau-2026-vneconomy", fact) for fact in ("issuer", "subject")],
    *[("1105-ct-04-tu-dak-lak-tet-tan-suu-2021-vhttdldaklak", fact) for fact in ("reference issuer", "implements")],
    *[("1106-cv-2449-sct-phu-tho-binh-on-gia-tet-2026-baophutho", fact) for fact in ("subject", "implements")],
    *[("1107-cv-4373-ubnd-ha-noi-cho-tam-giet-mo-moitruong-tag", fact) for fact in ("subject",)],
    *[("1108-vb-cuc-dien-luc-dien-mat-troi-mai-nha-baomoi", fact) for fact in ("subject",)],
    *[("1109-bc-nganh-cong-thuong-thai-nguyen-9-thang-2020-congthuongthainguyen", fact) for fact in ("is_document",)],
    *[("1112-kh-nghe-an-tuyen-truyen-96-nam-dang-xuan-binh-ngo-nghean24h", fact) for fact in ("kind", "is_document")],
    *[("1113-qd-ubnd-thai-nguyen-cong-nhan-ocop-2022-ocopvietnam", fact)
      for fact in ("kind", "issuer", "subject", "is_document")],
    *[("1114-nq-hdnd-ha-tinh-cong-nghiep-ttcn-den-2025-vbpl-print", fact) for fact in ("issuer",)],
    *[("1120-cv-2862-tct-htqt-hiep-dinh-maac-ocr", fact) for fact in ("number", "subject", "reference issuer")],
    *[("1121-cv-5427-tct-ttkt-ke-hoach-thanh-tra-2024-ocr", fact) for fact in ("kind", "subject")],
    *[("1123-bc-dang-uy-khoi-cqtw-tong-ket-tuyen-giao-2020-123docz", fact) for fact in ("issuer", "subject")],
    # The fortieth held-out set (1125-1149), now part of development: its faults, not yet worked on.
    *[("1127-qd-549-ubnd-hai-phong-quy-hoach-logistics-phapluatcongdong", fact) for fact in ("reference issuer",)],
    *[("1128-qd-1528-ubnd-binh-dinh-cong-tac-xa-hoi-thuviennhadat", fact) for fact in ("reference issuer",)],
    *[("1133-cv-11583-vpcp-cn-duong-ho-chi-minh-tvpl-github", fact) for fact in ("reference issuer",)],
    *[("1134-cv-9476-bnnmt-cnty-cu-tri-ha-tinh-tvpl-github", fact) for fact in ("reference issuer",)],
    *[("1136-bc-dkt-sct-lao-cai-kiem-tra-vlncn-docx", fact) for fact in ("issuer", "reference issuer", "implements")],
    *[("1138-cv-1581-ct-nghe-an-gia-tinh-thue-ttdb-bia-pdf", fact) for fact in ("kind", "reference issuer")],
    *[("1139-nq-109-cp-chuong-trinh-hanh-dong-dai-hoi-xiv-congbao-github", fact)
      for fact in ("subject", "reference issuer", "implements")],
    *[("1141-qd-405-bct-ke-hoach-chuyen-doi-so-2026-2030-via", fact)
      for fact in ("kind", "number", "date", "subject", "reference number")],
    *[("1143-vb-ubnd-thanh-pho-quan-ly-cho-phung-khoang-tienphong", fact) for fact in ("subject",)],
    *[("1144-qltt-ha-tinh-kiem-tra-xang-dau-cv-501-sct-no-own-document-baohatinh", fact)
      for fact in ("kind", "issuer", "subject", "implements")],
    *[("1146-hd-tuyen-truyen-96-nam-thanh-lap-dang-no-header-laichau-dcs", fact) for fact in ("reference issuer",)],
    *[("1147-tb-cuc-pvtm-philippines-tu-ve-xi-mang-vinanet", fact) for fact in ("issuer", "is_document")],
    *[("1148-tong-cuc-qltt-chi-dao-chan-xang-dau-gia-tag-thanhnien", fact) for fact in ("issuer", "is_document")],
    *[("1149-sct-tphcm-de-xuat-gio-ban-hang-cay-xang-no-own-document-muasamtieudung", fact) for fact in ("is_document",)],
    # The forty-first held-out set (1150-1174), now part of development: its faults, not yet worked on.
    *[("1151-qd-676-ubnd-gia-lai-dich-benh-dong-vat-2023-hethongphapluat", fact) for fact in ("reference issuer",)],
    *[("1160-qd-2934-ubnd-lai-chau-tthc-bao-chi-xuat-ban-tvpl-github", fact) for fact in ("reference issuer",)],
    *[("1161-cv-6316-bvhttdl-vp-ket-luan-hoi-nghi-trung-uong-13-tvpl-github", fact) for fact in ("reference issuer",)],
    *[("1164-vb-ubnd-dak-nong-dieu-chinh-le-hoi-tho-cam-lan-2-vpubnd", fact) for fact in ("kind", "subject")],
    *[("1165-vb-ubnd-dak-nong-ung-pho-bao-so-6-2019-portal", fact)
      for fact in ("date", "issuer", "reference issuer", "implements")],
    *[("1166-kh-ubnd-xa-quang-chinh-tuyen-truyen-le-hoi-lam-kinh-2022", fact) for fact in ("issuer", "subject")],
    *[("1167-ctr-ubnd-xa-phu-long-le-hoi-dinh-2023-cathai", fact) for fact in ("issuer", "subject", "reference issuer")],
    *[("1170-qd-chu-tich-ubnd-thanh-hoa-1996-di-tich-le-hoi-vbpl-print", fact)
      for fact in ("kind", "issuer", "reference number", "reference date", "reference issuer")],
    *[("1171-vb-ubnd-gia-lai-an-toan-dien-cv-4294-bct-baogialai", fact) for fact in ("reference issuer", "implements")],
    *[("1172-vb-bct-kiem-tra-an-toan-dien-hanoionline", fact) for fact in ("issuer", "subject", "is_document")],
    *[("1173-cv-363-bct-thu-tuc-luat-hoa-chat-hoa-toc-thanhnien", fact)
      for fact in ("kind", "number", "issuer", "subject", "reference number", "reference issuer", "is_document")],
    *[("1174-kh-sct-long-an-lang-nghe-2021-2030-danviet", fact) for fact in ("kind", "issuer", "subject", "is_document")],
    # The forty-second held-out set (1175-1199), now part of development: its faults, not yet worked on.
    *[("1176-cv-424-sgddt-tdkt-son-la-tong-ket-thi-dua-123docz", fact) for fact in ("subject", "reference issuer")],
    *[("1180-cv-23-btdkt-vinh-long-bao-cao-thanh-tich-luatminhkhue", fact) for fact in ("reference issuer",)],
    *[("1181-hd-06-ubkttw-ky-luat-to-chuc-dang-hethongphapluat", fact)
      for fact in ("issuer", "reference issuer", "implements")],
    *[("1183-bc-253-ubnd-quang-binh-nha-o-xa-hoi-tvpl", fact) for fact in ("implements",)],
    *[("1185-cv-232-snn-cctl-bac-ninh-ret-dam-ret-hai-bacninh", fact) for fact in ("implements",)],
    *[("1186-tb-ubnd-xa-tan-doan-lich-tiep-cong-dan-2026-langson", fact) for fact in ("reference issuer",)],
    *[("1187-vb-ubnd-xa-tay-son-lich-tiep-cong-dan-2025-gialai", fact) for fact in ("issuer",)],
    *[("1189-kh-ubnd-xa-tan-hai-phong-chong-thien-tai-2024-ninhhai", fact)
      for fact in ("kind", "issuer", "subject", "is_document")],
    *[("1190-kh-338-tu-ninh-thuan-dao-tao-nghe-lao-dong-nong-thon-vietnamvn", fact) for fact in ("subject",)],
    *[("1191-vb-cuc-ctdp-hoi-thao-nghi-dinh-68-cum-cong-nghiep-arid", fact) for fact in ("issuer", "implements")],
    *[("1192-kh-ubmttq-dak-lak-thang-cao-diem-vi-nguoi-ngheo-2018-baodaklak", fact)
      for fact in ("kind", "issuer", "subject", "is_document")],
    *[("1196-ct-11-ubnd-ha-noi-ky-cuong-ky-luat-hanh-chinh-2009-baomoi", fact) for fact in ("issuer", "subject")],
    *[("1197-vb-bxd-de-an-nha-o-nguoi-co-cong-ha-giang-baoxaydung", fact) for fact in ("implements",)],
    *[("1198-nq-21-hu-tay-giang-du-lich-baoquangnam", fact) for fact in ("kind",)],
    # The forty-third held-out set (1200-1224), now part of development: its faults, not yet worked on.
    *[("1200-cv-8520-bct-khcn-attp-binh-dinh-skillsct", fact) for fact in ("number", "reference number")],
    *[("1204-ct-31-ttg-dao-tao-nghe-con-liet-si-congbot", fact) for fact in ("subject",)],
    *[("1207-cv-300-tchq-gsql-dncx-cho-thue-may-moc-taxlegal", fact) for fact in ("number", "issuer", "reference number")],
    *[("1208-cv-ctlan-ttht-long-an-bao-cao-dau-nam-2023-taxlegal", fact) for fact in ("kind",)],
    *[("1209-qd-120-2002-qd-ub-can-tho-quan-ly-cho-hethongphapluat", fact) for fact in ("subject",)],
    *[("1210-qd-233-2004-qd-ub-can-tho-phat-trien-cho-hethongphapluat", fact) for fact in ("subject",)],
    *[("1212-kh-800-ubnd-nghe-an-tuyen-quan-2026-nhansu", fact) for fact in ("reference issuer",)],
    *[("1213-cd-02-ubnd-tinh-dich-ta-lon-chau-phi-2019-demotsht", fact) for fact in ("subject",)],
    *[("1214-nq-dai-hoi-dang-bo-tinh-tien-giang-xi-baoapbac", fact) for fact in ("date", "issuer", "subject")],
    *[("1217-tb-ubnd-ha-tinh-nghi-tet-2021-bvdktphatinh", fact) for fact in ("issuer",)],
    *[("1220-doan-kiem-tra-lien-nganh-da-cap-ha-tinh-plo", fact) for fact in ("is_document",)],
    *[("1221-kh-ubnd-tinh-tuyen-quan-2025-nghean24h", fact) for fact in ("kind", "issuer", "is_document")],
    *[("1222-kh-huyen-xuyen-moc-le-giao-nhan-quan-2021-portal", fact) for fact in ("kind", "issuer", "subject", "is_document")],
    *[("1223-tb-chu-tich-ubnd-tinh-nghi-tet-duong-lich-2020-baoninhthuan", fact) for fact in ("issuer", "subject")],
    # The forty-fourth held-out set (1225-1249), now part of development: its faults, not yet worked on.
    *[("1227-qd-2862-ubnd-son-la-phan-anh-kien-nghi-thuvienphapluat", fact) for fact in ("reference issuer",)],
    *[("1229-qc-06-tt-hdnd-ubnd-hoa-binh-phoi-hop-thuvienphapluat", fact) for fact in ("issuer",)],
    *[("1230-kh-2516-ubnd-kon-tum-xa-phu-hop-tre-em-luatminhkhue", fact) for fact in ("issuer", "reference issuer")],
    *[("1234-tt-31-2026-bct-truy-xuat-nguon-goc-diepxuan", fact) for fact in ("reference issuer",)],
    *[("1235-hd-02-svhttdl-phu-tho-le-hoi-dinh-dau-2017-scribd", fact)
      for fact in ("date", "issuer", "subject", "reference date", "reference issuer", "implements")],
    *[("1239-vb-bvhttdl-quan-ly-le-hoi-2021-drt-danang", fact) for fact in ("subject",)],
    *[("1241-hd-pgddt-tay-ho-chuyen-mon-tieu-hoc-2021-2022-mnphuthuong", fact)
      for fact in ("kind", "issuer", "subject", "reference issuer")],
    *[("1242-tb-ubnd-phu-vang-tiep-cong-dan-covid-vinhxuan", fact) for fact in ("kind", "issuer")],
    *[("1243-tb-chu-tich-hdnd-ngan-son-lich-tiep-cong-dan-nganson", fact) for fact in ("issuer", "subject")],
    *[("1244-cv-02-bchpctt-vp-ret-dam-ret-hai-2025-langson", fact) for fact in ("issuer",)],
    *[("1245-vb-chu-tich-ubnd-huyen-huu-lung-ret-hai-vannham", fact) for fact in ("issuer", "subject")],
    *[("1246-tb-phuong-ba-dinh-tong-ve-sinh-moi-truong-2025-badinh", fact) for fact in ("issuer",)],
    *[("1249-kl-chu-tich-ubnd-tinh-thai-nguyen-phong-chong-corona-2020-thainguyentv", fact)
      for fact in ("subject", "reference issuer")],
    # The forty-fifth held-out set (1250-1274), now part of development: its faults, not yet worked on.
    *[("1251-kh-165-ubnd-can-tho-cong-tac-dan-so-tvpl-github", fact) for fact in ("reference issuer", "implements")],
    *[("1255-kh-79-btgtu-ha-noi-hang-viet-2023-nguoilambao", fact) for fact in ("subject",)],
    *[("1257-tb-cuc-qltt-ca-mau-mao-danh-cong-chuc-thanhtra", fact) for fact in ("kind", "issuer", "is_document")],
    *[("1270-qd-3793-2015-ubnd-thanh-hoa-dien-ha-ap-nong-thon-hethongphapluat", fact) for fact in ("subject",)],
    *[("1271-qd-3021-ubnd-lao-cai-quy-hoach-karaoke-vu-truong-2008-accgroup", fact) for fact in ("reference issuer",)],
    *[("1272-cv-748-vhcs-vnqc-karaoke-vu-truong-baolaocai", fact) for fact in ("subject",)],
    # The forty-sixth held-out set (1275-1299), now part of development: its faults, not yet worked on.
    *[("1278-bc-doan-kiem-tra-sct-lao-cai-hoa-chat-04-don-vi-docx", fact)
      for fact in ("issuer", "reference number", "reference date", "reference issuer", "implements")],
    *[("1280-qd-254-ubnd-son-la-bao-ve-bi-mat-nha-nuoc-2023-congbot-github", fact) for fact in ("reference issuer",)],
    *[("1282-qd-2416-bkhdt-dinh-chinh-thong-tu-15-2024-congbao-github", fact) for fact in ("subject",)],
    *[("1283-kh-34-tld-cham-lo-tet-binh-ngo-2026-24h", fact)
      for fact in ("reference number", "reference issuer", "implements")],
    *[("1287-ct-chu-tich-ubnd-thanh-hoa-xa-an-toan-thuc-pham-2018-truyenhinhthanhhoa", fact) for fact in ("implements",)],
    *[("1290-cv-sgddt-khanh-hoa-trat-tu-an-toan-giao-thong-2019-gdtxntrang", fact) for fact in ("implements",)],
    *[("1292-vb-so-tnmt-binh-thuan-moi-truong-xanh-2018-binhthuan-org", fact) for fact in ("subject",)],
    *[("1294-tb-sct-binh-duong-no-min-le-30-4-2017", fact) for fact in ("subject",)],
    *[("1295-cv-290-sct-lai-chau-gio-trai-dat-2021", fact) for fact in ("subject",)],
    *[("1296-thu-keu-goi-mttq-nam-dinh-ung-ho-mien-trung-2020", fact) for fact in ("date", "issuer", "subject", "is_document")],
    *[("1297-qd-ubnd-tp-hcm-thuong-mai-dien-tu-2021-2025-thanhuytphcm", fact) for fact in ("date",)],
    *[("1299-vb-ubnd-tp-hcm-nghi-dinh-30-2026-nang-luong-tiet-kiem-vneconomy", fact)
      for fact in ("issuer", "subject", "implements")],
    # The forty-seventh held-out set (1300-1324), now part of development: its faults, not yet worked on.
    *[("1300-kh-157-ubnd-can-tho-thi-dua-chi-tra-khong-dung-tien-mat-tvpl-github", fact) for fact in ("reference issuer",)],
    *[("1301-cd-234-ttg-chien-dich-quang-trung-tvpl-github", fact) for fact in ("reference issuer",)],
    *[("1303-cv-sct-lao-cai-phuc-dap-ho-so-gcn-hoa-chat-docx", fact)
      for fact in ("reference number", "reference date", "reference issuer")],
    *[("1306-kh-252-bcdqg1237-hai-cot-liet-si-congbot-github", fact) for fact in ("subject",)],
    *[("1307-cv-1414-tct-cs-ho-tro-nguoi-co-cong-nha-o-congbot-github", fact) for fact in ("issuer",)],
    *[("1308-nq-29-2026-cp-thi-diem-xang-e10-diepxuan-github", fact) for fact in ("reference issuer",)],
    *[("1309-tt-29-2026-bct-thi-truong-ban-buon-dien-diepxuan-github", fact) for fact in ("subject", "reference date")],
    *[("1310-cv-tong-cuc-qltt-tien-chat-cong-nghiep-2019-thuonghieucongluan", fact) for fact in ("kind", "subject")],
    *[("1311-vb-bcd-389-gia-lai-kinh-doanh-gas-2018-gialaitv", fact)
      for fact in ("subject", "reference number", "reference issuer", "implements")],
    *[("1314-cv-1259-ttg-ktth-thuc-day-tieu-dung-hddtvn-github", fact) for fact in ("subject",)],
    *[("1316-hd-mttq-vinh-phuc-ngay-hoi-dai-doan-ket-2018-daidoanket", fact) for fact in ("subject",)],
    *[("1317-hd-ubmttq-tinh-ngay-hoi-dai-doan-ket-2017-baovinhlong", fact) for fact in ("kind", "issuer", "is_document")],
    *[("1322-kh-ban-bi-thu-tw-doan-chien-dich-tinh-nguyen-he-2016-tienphong", fact)
      for fact in ("kind", "issuer", "subject", "is_document")],
    *[("1323-hd-btt-ubtw-mttq-ngay-hoi-dai-doan-ket-2011-baomoi", fact) for fact in ("subject",)],
    # The forty-eighth held-out set (1325-1350), now part of development: its faults, not yet worked on.
    *[("1327-nq-126-cp-lang-van-hoa-du-lich-cac-dan-toc-congbao-github", fact) for fact in ("reference issuer",)],
    *[("1328-qd-372-btc-dinh-chinh-thong-tu-chung-khoan-congbao-github", fact) for fact in ("subject",)],
    *[("1330-tt-24-2026-bct-quy-tac-xuat-xu-cepa-diepxuan-github", fact) for fact in ("subject",)],
    *[("1333-cv-3789-tct-cs-xu-phat-hoa-don-hddtvn-github", fact) for fact in ("reference issuer",)],
    *[("1334-tb-224-bql-kkt-lao-cai-photphoric-hddtvn-github", fact) for fact in ("issuer",)],
    *[("1335-cv-sct-lao-cai-huan-luyen-vlncn-duy-hieu-docx", fact) for fact in ("reference issuer",)],
    *[("1336-cv-3719-vpcp-v-i-tem-ruou-luatminhkhue", fact) for fact in ("reference issuer",)],
    *[("1337-kh-411-twdtn-btc-dai-hoi-doan-cac-cap-vanban123", fact) for fact in ("subject",)],
    *[("1339-kh-btt-ubmttq-bac-kan-sinh-hoat-chinh-tri-dai-hoi-mat-tran-2018-daidoanket", fact)
      for fact in ("kind", "issuer", "subject", "is_document")],
    *[("1340-kl-btv-tinh-uy-quang-ngai-cham-lo-tet-2021-quangngaidcs", fact) for fact in ("implements",)],
    *[("1341-cv-1919-sct-ttkc-ha-noi-tiet-kiem-nang-luong-2019-tieudungplus", fact) for fact in ("subject",)],
    *[("1343-kh-ttg-phong-trao-thi-dua-xay-dung-nong-thon-moi-2011-moc", fact) for fact in ("subject",)],
    *[("1345-kh-nuoc-sach-vsmt-nong-thon-ha-nam-2014-snnptnt", fact) for fact in ("issuer", "reference issuer")],
    *[("1347-cd-ttg-chong-buon-lau-gian-lan-thuong-mai-2012-cuuchienbinh", fact) for fact in ("kind", "issuer", "is_document")],
    *[("1348-vb-bct-cao-diem-kiem-soat-thi-truong-tet-ky-hoi-2019-doanhnhanvn", fact) for fact in ("issuer", "is_document")],
    *[("1349-kh-btt-ubmttq-thai-nguyen-thang-cao-diem-vi-nguoi-ngheo-2011-baothainguyen", fact)
      for fact in ("kind", "issuer", "subject", "is_document")],
    *[("1350-kh-btt-ubmttq-phu-yen-thang-cao-diem-vi-nguoi-ngheo-2012-baophuyen", fact)
      for fact in ("kind", "issuer", "subject", "is_document")],
    # The forty-ninth held-out set (1351-1375), now part of development: its faults, not yet worked on.
    *[("1351-kh-btv-hoi-lhpn-tinh-90-nam-hoi-phu-nu-2020-baodongkhoi", fact)
      for fact in ("kind", "issuer", "subject", "is_document")],
    *[("1353-kh-58-ubnd-can-tho-cum-a-h5n1-h7n9-2023-vanban123", fact) for fact in ("reference issuer",)],
    *[("1354-kh-1251-ubnd-binh-duong-sot-xuat-huyet-zika-tay-chan-mieng-2016-hethongphapluat", fact) for fact in ("subject",)],
    *[("1356-cd-15-cd-tw-bcd-tw-phong-chong-thien-tai-su-co-dien-ngap-ung-2016-luatminhkhue", fact) for fact in ("subject",)],
    *[("1357-cd-13-cd-ubnd-huyen-ky-anh-ung-pho-bao-so-5-2018-portal", fact) for fact in ("implements",)],
    *[("1358-vb-tcqltt-kiem-tra-thi-truong-nghi-le-30-4-gio-to-2023-vov1", fact) for fact in ("issuer", "is_document")],
    *[("1359-tb-ubnd-tinh-tam-hoan-lich-tiep-cong-dan-2021-baodongkhoi", fact) for fact in ("date",)],
    *[("1362-kh-711-ubnd-bac-kan-phan-vung-dich-te-ky-sinh-trung-2023-2025-tvpl", fact) for fact in ("reference issuer",)],
    *[("1365-kh-bcd-thang-thanh-nien-tay-ninh-2012-baotayninh", fact) for fact in ("kind", "issuer", "subject", "is_document")],
    *[("1366-kh-qltt-hung-yen-chong-gian-lan-thuong-mai-cuoi-nam-tet-hungyentv", fact) for fact in ("kind", "is_document")],
    *[("1368-kh-35-ubnd-son-la-phong-chong-dich-benh-truyen-nhiem-2022-tvpl", fact) for fact in ("reference issuer",)],
    *[("1369-vb-ubnd-tinh-treo-co-chao-mung-dai-hoi-dang-xii-2016-baoquangnam", fact) for fact in ("issuer", "is_document")],
    *[("1370-cd-chu-tich-ubnd-thanh-hoa-phong-chong-bao-so-3-giadinhvietnam", fact) for fact in ("issuer",)],
    *[("1371-qd-bql-attp-tphcm-doan-kiem-tra-tet-trung-thu-2018-24h", fact)
      for fact in ("kind", "issuer", "subject", "is_document")],
    *[("1372-bai-bct-kiem-soat-thi-truong-bao-ve-nguoi-tieu-dung-no-own-document-congthuong", fact)
      for fact in ("kind", "issuer", "subject", "implements")],
    *[("1373-vb-bct-tiet-kiem-xang-dau-2026-vietnamplus", fact) for fact in ("issuer", "is_document")],
    *[("1374-qd-bcd-lien-nganh-tw-attp-6-doan-kiem-tra-tet-mau-tuat-2017-cand", fact)
      for fact in ("kind", "issuer", "subject", "is_document")],
    *[("1375-vb-hoi-lhpn-vinh-long-dot-thi-dua-dac-biet-2025-thvl", fact) for fact in ("issuer", "is_document")],
}


@pytest.fixture(scope="module")
def registries():
    return read_registries(ROOT)


@pytest.mark.parametrize("name", DEVELOPMENT)
def test_every_fact_of_the_development_set(name: str, registries) -> None:
    case = DEVELOPMENT[name]
    found = import_corpus.facts(case.text, registries)
    refused_known = (name, "is_document") in KNOWN_MISSES
    assert found["is_document"] != refused_known, (f"{name} would be refused" if refused_known is False
                                                   else f"{name}: now drafted, no longer a known refusal")
    tallies: dict[str, import_corpus.Tally] = {}
    import_corpus.score(case, found, tallies)
    wrong = [item for fact, tally in tallies.items() if (name, fact) not in KNOWN_MISSES for item in tally.wrong]
    assert wrong == [], wrong  # no fact found that the text does not give, and no false reference
    missed = [fact for fact in import_corpus.OWN_FACTS if case.expected.get(fact) and (name, fact) not in KNOWN_MISSES
              and not (found[fact] and import_corpus.same(fact, case.expected[fact], found[fact]))]
    assert missed == []
    for fact in ("reference number", "reference date", "reference issuer"):
        assert tallies[fact].right == tallies[fact].expected or (name, fact) in KNOWN_MISSES, fact
    # A known miss the parser now reads right is taken off the list, so that the test holds it from then on.
    mended = [fact for fact, tally in tallies.items() if (name, fact) in KNOWN_MISSES and not (tally.wrong or tally.missed)]
    assert mended == [], f"{name}: now read right, no longer a known miss: {mended}"


def test_the_legal_bases_are_cites_and_what_the_text_carries_out_is_marked(registries) -> None:
    from sitegen.importer.normalise import logical_lines
    from sitegen.importer.parse import parse

    mended = []
    for case in DEVELOPMENT.values():
        carried = [citation.number for citation in parse(logical_lines(case.text)).citations if citation.implements]
        wanted = case.expected["implements"]
        right = sorted(map(import_corpus.number_key, carried)) == sorted(map(import_corpus.number_key, wanted))
        if (case.name, "implements") in KNOWN_MISSES:
            mended += [case.name] if right else []
            continue
        assert right, f"{case.name}: carries out {carried}, expected {wanted}"
    assert mended == [], f"now read right, no longer known misses: {mended}"


def _import(project: Path, name: str, suffix: str = ".txt", write=None) -> tuple[str, Path]:
    case = DEVELOPMENT[name]
    path = project.parent / f"{name}{suffix}"
    if write:
        write(case.text, path)
    else:
        path.write_text(case.text, encoding="utf-8")
    return import_document(project, path, TODAY), path


def _records(project: Path) -> dict[str, str]:
    """Every registry record file of `project`, by its path from the root, with its text."""
    return {path.relative_to(project).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted((project / "campaigns" / "registries").rglob("*.yml"))}


def _added(project: Path, registry: str, before: dict[str, str]) -> str:
    """The text of the record files of `registry` an import added (it writes new files, never changes one)."""
    now = _records(project)
    assert all(now[path] == text for path, text in before.items())
    return "".join(text for path, text in now.items() if path not in before and path.split("/")[2] == registry)


def _marks(text: str) -> int:
    return len(review_notes(text))


def test_a_decision_with_a_full_header_reads_as_its_clerk_would_file_it(project: Path) -> None:
    before = _records(project)
    summary, _ = _import(project, "01-qd-2646-bct")
    slug = "phe-duyet-chuong-trinh-khuyen-cong-quoc-gia-giai-doan-2026-2030"
    draft = (project / "campaigns" / f"{slug}.yml").read_text(encoding="utf-8")
    # Sentence case, the body's capitals, and never the signer's line "BỘ TRƯỞNG BỘ CÔNG THƯƠNG".
    assert "\ntitle: Phê duyệt Chương trình khuyến công quốc gia giai đoạn 2026 - 2030\n" in draft
    assert "summary: Quyết định số 2646/QĐ-BCT ngày 23/9/2025 của Bộ Công Thương về phê\n  duyệt Chương trình" in draft
    assert "BỘ TRƯỞNG" not in draft.split("\ntitle:")[1].upper() and "bo-truong" not in slug
    # The campaign carries out the decision itself; its four legal bases are the decision's cites.
    assert "\ndocuments:\n  - 2646/QĐ-BCT\nkey_messages:" in draft
    documents = _added(project, "documents", before)
    assert "cites:\n  - 45/2012/NĐ-CP\n  - 235/2025/NĐ-CP\n  - 40/2025/NĐ-CP\n  - 15-NQ/ĐUB\n" in documents
    # Cited subjects neither lose nor gain words.
    assert "number: 235/2025/NĐ-CP\nkind: Nghị định\ndate: 2025-08-27\nissuer: chinh-phu\n" in documents
    assert " ".join(documents.split()).count("subject: sửa đổi, bổ sung một số điều của Nghị định số 45/2012/NĐ-CP ngày 21 "
                                             "tháng 5 năm 2012 của Chính phủ về khuyến công ") == 1
    assert " ".join(documents.split()).count("subject: quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ "
                                             "Công Thương ") == 1
    # The issuer in the registry's form.
    organizations = _added(project, "organizations", before)
    assert "id: bo-cong-thuong\n" in organizations and "name: Bộ Công Thương\n" in organizations
    # Its executing article names no unit of the Sở: no task (a task needs an assignee), a mark saying whom it names.
    assert any(field == "tasks" and re.search(r"^điều khoản thi hành giao cho: Chánh Văn phòng Bộ, .*; không đơn vị nào có trong "
                                              r"danh mục đơn vị.*dòng \d+: \"Điều 3\.", note) for field, note in review_notes(draft))
    assert "\ntasks: []\n" in draft
    assert "  Trích yếu: Phê duyệt Chương trình khuyến công quốc gia giai đoạn 2026 - 2030 (dòng " in summary


@pytest.mark.parametrize("name", ["01-qd-2646-bct", "03-kh-dong-nai-tuan-hang-viet", "04-kh-638-sct-lai-chau"])
def test_the_printed_counts_of_marks_equal_the_marks_in_the_files(project: Path, name: str) -> None:
    before = _records(project)
    summary, _ = _import(project, name)
    printed = dict(re.findall(r"^  (campaigns/\S+\.yml): .*?(\d+) chỗ cần kiểm tra$", summary, re.MULTILINE))
    added = {path for path in _records(project) if path not in before}
    assert added == {path for path in printed if path.startswith("campaigns/registries/")}  # each new file said
    for path, count in printed.items():
        assert int(count) == _marks((project / path).read_text(encoding="utf-8")), path


def test_a_decisions_executing_article_gives_the_units_the_registry_knows(project: Path) -> None:
    decision = project.parent / "quyet-dinh.txt"
    decision.write_text("SỞ CÔNG THƯƠNG\nSố: 12/QĐ-SCT\nHải Dương, ngày 04 tháng 7 năm 2023\nQUYẾT ĐỊNH\nVề việc giao nhiệm vụ "
                        "tuyên truyền\nĐiều 1. Giao nhiệm vụ.\nĐiều 3. Chánh Văn phòng, Các phòng thuộc Sở và Website Sở chịu "
                        "trách nhiệm thi hành Quyết định này./.\n", encoding="utf-8")
    import_document(project, decision, TODAY)
    draft = (project / "campaigns" / "giao-nhiem-vu-tuyen-truyen.yml").read_text(encoding="utf-8")
    assert ("tasks:\n  - action: Tổ chức thi hành quyết định 12/QĐ-SCT\n    assignees:\n      - cac-phong-thuoc-so\n"
            "      - website-so\n    due: null\n") in draft
    assert any(field == "tasks" and note.startswith("đơn vị thực hiện lấy từ điều khoản thi hành (Chánh Văn phòng, Các phòng")
               for field, note in review_notes(draft))


def test_every_draft_of_the_development_set_fails_check_only_on_marked_fields(tmp_path: Path) -> None:
    from conftest import copy_project
    from sitegen.load.sources import LoadCache, load_sources
    from sitegen.problems import ProblemsFound

    # One copy of the project for all: the import only adds files, and they are taken away after each document.
    root = copy_project(tmp_path / "project")
    # Each file parsed and checked again only when its content changed (the cache `serve` keeps): the project's
    # own files once for all the documents.
    loads = LoadCache()
    before = set((root / "campaigns").rglob("*"))
    for name, case in DEVELOPMENT.items():
        if (name, "is_document") in KNOWN_MISSES:
            continue
        source = tmp_path / f"{name}.txt"
        source.write_text(case.text, encoding="utf-8")
        import_document(root, source, TODAY)
        try:
            load_sources(root, loads)
        except ProblemsFound as failed:
            for problem in failed.problems:
                text = (root / problem.path).read_text(encoding="utf-8")
                marked = {field for field, _ in review_notes(text)}
                assert field_at_line(text, problem.line) in marked, f"{name}: {problem} is not on a marked field"
        added = set((root / "campaigns").rglob("*")) - before
        assert added, f"{name}: the import wrote nothing"
        for path in sorted(added, reverse=True):
            path.unlink() if path.is_file() else path.rmdir()


def test_a_web_copy_without_a_header_becomes_a_draft_with_what_is_inferred_marked(project: Path) -> None:
    before = _records(project)
    summary, _ = _import(project, "04-kh-638-sct-lai-chau")
    draft = (project / "campaigns" / "to-chuc-cac-hoat-dong-huong-ung-ngay-thuong-hieu-viet-nam-20-4-nam-2022.yml")
    assert draft.exists(), summary
    added = _added(project, "documents", before)
    assert "number: 638/KH-SCT\n" in added and "date: 2022-03-31\n" in added
    notes = [note for path, text in _records(project).items() if path not in before for _, note in review_notes(text)]
    assert any(note.startswith("lấy từ câu mở đầu vì bản sao không có phần đầu văn bản, dòng 4: \"…") for note in notes)
    # The plans it carries out ("Thực hiện Kế hoạch số 2014⁄KH-UBND …; Công văn số 655⁄UBND-KTN …") direct the campaign.
    assert "documents:\n  - 638/KH-SCT\n  - 2014/KH-UBND\n  - 655/UBND-KTN\n" in draft.read_text(encoding="utf-8")


@pytest.mark.parametrize("form", ["docx", "pdf"])
def test_the_same_decision_as_word_or_pdf_gives_the_same_facts(tmp_path: Path, registries, form: str) -> None:
    case = DEVELOPMENT["01-qd-2646-bct"]
    write = import_corpus.write_docx if form == "docx" else import_corpus.write_pdf
    text = read_source(write(case.text, tmp_path / f"qd.{form}")).text
    assert import_corpus.facts(text, registries) | {"is_document": True} == import_corpus.facts(case.text, registries)


def test_the_same_decision_scanned_is_read_by_ocr(tmp_path: Path, registries) -> None:
    """One OCR test for the corpus (slow): the scan keeps the decision's own facts and most references."""
    case = DEVELOPMENT["01-qd-2646-bct"]
    pdf = import_corpus.write_pdf(case.text, tmp_path / "qd.pdf")
    source = read_source(official_letter.write_scan(pdf, tmp_path / "ban-quet.pdf"))
    assert source.by_ocr
    found = import_corpus.facts(source.text, registries)
    assert (found["number"], found["date"], found["kind"], found["issuer"]) == (
        "2646/QĐ-BCT", "2025-09-23", "Quyết định", "Bộ Công Thương")
    numbers = {import_corpus.number_key(cite["number"]) for cite in found["cites"]}
    expected = {import_corpus.number_key(cite["number"]) for cite in case.expected["cites"]}
    assert len(numbers & expected) >= 3 and numbers <= expected, numbers


@pytest.mark.parametrize("held_out", ["missing", "empty"])
def test_the_benchmark_says_when_there_is_no_held_out_set_yet(tmp_path: Path, monkeypatch, held_out: str) -> None:
    """The held-out folder is empty or missing while the next blind set is gathered (held-out-next/)."""
    import importlib.util
    import shutil

    spec = importlib.util.spec_from_file_location("import_bench", ROOT / "scripts" / "import_bench.py")
    import_bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(import_bench)
    corpus = tmp_path / "import-corpus"
    (corpus / "development").mkdir(parents=True)
    for suffix in (".txt", ".yml"):
        shutil.copy(import_corpus.CORPUS / "development" / f"14-ct-24-ttg{suffix}", corpus / "development")
    if held_out == "empty":
        (corpus / "held-out").mkdir()
    (corpus / "held-out-next").mkdir()  # a set being gathered is not read
    shutil.copy(import_corpus.CORPUS / "development" / "01-qd-2646-bct.yml", corpus / "held-out-next")
    monkeypatch.setattr(import_corpus, "CORPUS", corpus)
    assert import_corpus.cases("held-out") == []
    runs = {which: import_bench.corpus_runs(which, tmp_path) for which in import_corpus.SETS}
    assert runs["held-out"] == {} and runs["development"]["text (.txt)"]["cases"] == 1
    section = import_bench.corpus_section(runs)
    assert "There is **no held-out set yet**" in section and "- held-out: no held-out set yet." in section
    assert "| fact | development: precision / recall |\n" in section and "held-out: precision" not in section
    assert "(1 real documents" in section and "second held-out set, first run" in section


def test_a_number_or_day_left_blank_is_kept_for_the_clerk_and_scored_as_not_given(registries) -> None:
    """An unsigned letter's "Số:      /SCT-CN" and "ngày      tháng 6 năm 2026" are kept as written (the registry records
    the seed dispatch so), and the bench scores them as the expectations write them: not given. A day that is written
    is scored whole."""
    from sitegen.importer.normalise import logical_lines
    from sitegen.importer.parse import parse

    letter = ("UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố:         /SCT-CN\nV/v cập nhật công tác quản lý hóa chất\n"
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nLào Cai, ngày       tháng 6 năm 2026\n"
              "Kính gửi: Cục Hóa chất\nSở Công Thương báo cáo như sau.\n")
    parsed = parse(logical_lines(letter))
    assert (parsed.number.value, parsed.date.value.iso) == ("/SCT-CN", "2026-06")
    found = import_corpus.facts(letter, registries)
    assert (found["number"], found["date"], found["kind"]) == (None, None, "Công văn")
    filled = import_corpus.facts(letter.replace("Số:         /", "Số: 125/").replace("ngày       tháng", "ngày 5 tháng"),
                                 registries)
    assert (filled["number"], filled["date"]) == ("125/SCT-CN", "2026-06-05")


@pytest.mark.parametrize(("expected", "found", "same"), [
    ("UBND tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai", True),
    ("Ban Bí thư", "Ban Bí thư Trung ương Đảng", True),
    ("Ban Bí thư", "Ban Bí thư Trung ương Đoàn", False),
    # a Sở's province with or without its level, as a sentence and the registry write it
    ("Sở Công Thương Lào Cai", "Sở Công Thương tỉnh Lào Cai", True),
    ("Sở Xây dựng Hà Nội", "Sở Xây dựng thành phố Hà Nội", True),
    ("Sở Công Thương Lào Cai", "Sở Công Thương tỉnh Yên Bái", False),
    # a bare Sở the expectations write is met by that body with the document's province
    ("Sở Công Thương", "Sở Công Thương tỉnh Quảng Ngãi", True),
    ("Sở Công Thương", "Sở Tài chính tỉnh Quảng Ngãi", False),
    # a field abbreviated as the sentence writes it, spelled out as the registry does
    ("Bộ Nông nghiệp và PTNT", "Bộ Nông nghiệp và Phát triển nông thôn", True),
    ("Bộ Nông nghiệp và PTNT", "Bộ Nông nghiệp và Môi trường", False),
])
def test_issuers_are_compared_as_names(expected: str, found: str, same: bool) -> None:
    assert import_corpus.same_name(expected, found) is same


@pytest.mark.parametrize(("expected", "found", "same"), [
    ("Hà Tĩnh: Công nhận sản phẩm OCOP", "Công nhận sản phẩm OCOP", True),  # a site's place heading
    ("Chính phủ: Đẩy mạnh phân quyền, phân cấp", "Đẩy mạnh phân quyền, phân cấp", True),  # a body heading
    ("V/v tăng cường quản lý chợ", "tăng cường quản lý chợ.", True),
    ("Đẩy mạnh phân quyền, phân cấp", "Đẩy mạnh phân cấp", False),
])
def test_subjects_are_compared_without_a_sites_heading(expected: str, found: str, same: bool) -> None:
    assert import_corpus.same("subject", expected, found) is same
