"""Thin command-line shell over the generator; every editor's mistake ends
here as clean lines and exit status 1, never as a traceback.

The Makefile passes each value the webmaster typed as `--name=value` (or after
`--`), so a value that starts with a dash arrives as it is, and an unset one
arrives empty: empty means "not given" for every option here.
"""

from __future__ import annotations

import argparse
import errno
import re
import shlex
import sys
from pathlib import Path
from typing import NoReturn

from .build.pipeline import BuildFailed, build, generate, site_url_from_environment
from .control_chars import escaped, escaped_lines
from .failures import RunFailed
from .load.schema import export_schemas
from .load.sources import load_sources
from .locks import project_lock
from .model.dates import build_date
from .problems import Problem, ProblemsFound, report, report_warnings
from .render.cms_backend import backend_from_environment
from .release.deploy import MAX_KEEP, MIN_KEEP, check_keep, is_remote, remote_mistake

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_ADDRESS = "127.0.0.1:8000"


def _today():
    try:
        return build_date()
    except ValueError:
        # Not a Problem: an environment variable has no file, line or column to name.
        raise RunFailed("Biến môi trường SOURCE_DATE_EPOCH không phải số giây: đặt một số nguyên, "
                        "ví dụ SOURCE_DATE_EPOCH=1688169600, hoặc bỏ biến này; chưa thay đổi gì.") from None


def _check(args: argparse.Namespace) -> int:
    from .fmt.files import form_problems

    sources = load_sources(args.root, today=_today())
    # The form only once the content is right: one thing at a time for an editor. A file
    # out of the web editor's layout is a warning (fmt/files.py); a "# KIỂM TRA" mark is an error.
    found = form_problems(args.root)
    report_warnings([*sources.warnings, *(problem for problem in found if problem.warning)])
    problems = [problem for problem in found if not problem.warning]
    if problems:
        raise ProblemsFound(problems)
    print(f"Hợp lệ: {len(sources.campaigns)} chiến dịch.")
    return 0


def _fmt(args: argparse.Namespace) -> int:
    from .fmt.files import format_files

    changed = format_files(args.root)
    for path in changed:
        print(f"Đã viết lại {path}")
    print(f"Đã viết lại {len(changed)} tệp theo dạng chuẩn; nội dung không đổi." if changed
          else "Mọi tệp đã theo dạng chuẩn; không có gì thay đổi.")
    return 0


def _generate(args: argparse.Namespace) -> int:
    site = generate(args.root, _today())
    report_warnings(site.warnings)
    print(f"Đã sinh trang cho {len(site.campaigns)} chiến dịch vào build/docs.")
    return 0


def _build(args: argparse.Namespace) -> int:
    site = build(args.root, _today())
    report_warnings(site.warnings)
    print(f"Đã dựng trang cho {len(site.campaigns)} chiến dịch vào site/.{_editor_line()}")
    return 0


def _editor_line() -> str:
    """Where the built form editor writes, said after a build (nothing when there is none)."""
    backend = backend_from_environment()
    if backend is None:
        return ""
    return f" Trình biên tập: bien-tap/, ghi vào kho {backend.config['repo']} ({backend.config['name']}, nhánh {backend.config['branch']})."


def _address(text: str) -> str:
    """ADDRESS (127.0.0.1 or localhost, then a port), refused in Vietnamese before anything starts."""
    from .build.preview_server import loopback_address

    address = text.strip() or DEFAULT_ADDRESS
    loopback_address(address)
    return address


def _serve(args: argparse.Namespace) -> int:
    address = _address(args.address)
    from .build.serve import serve

    return serve(args.root, _today, address)


def _build_check_and_pack(args: argparse.Namespace) -> Path:
    """Build, run the publish gate on the fresh site, pack it; the caller holds the lock."""
    from .release import make_dist
    from .release.gate import require_sound_site

    today = _today()
    build(args.root, today)
    print(require_sound_site(args.root / "site"))
    return make_dist(args.root, args.root / "site", today)


def _dist(args: argparse.Namespace) -> int:
    with project_lock(args.root):
        archive = _build_check_and_pack(args)
    print(f"Đã đóng gói {archive.relative_to(args.root)} (kèm dist/SHA256SUMS).")
    return 0


def _dest(args: argparse.Namespace, command: str) -> str:
    """DEST, refused at once when it cannot be a publishing folder (before any build)."""
    if not args.dest:
        raise RunFailed(f"Chưa có nơi đăng: make {command} DEST=/var/www/chien-dich "
                        "(hoặc DEST=user@may-chu:/var/www/chien-dich); chưa thay đổi gì.")
    if (mistake := remote_mistake(args.dest)) is not None:
        raise RunFailed(mistake)
    if not is_remote(args.dest) and Path(args.dest).exists() and not Path(args.dest).is_dir():
        raise RunFailed(f"DEST={args.dest} là một tệp, không phải thư mục: chọn thư mục đăng, ví dụ /var/www/chien-dich; "
                        "chưa thay đổi gì.")
    return args.dest


def _keep(args: argparse.Namespace) -> int:
    text = args.keep.strip() or "5"
    if not re.fullmatch(r"[0-9]+", text):
        raise RunFailed(f"KEEP phải là một số nguyên từ {MIN_KEEP} trở lên, ví dụ KEEP=5 (đang là “{escaped(args.keep)}”); "
                        "chưa thay đổi gì.")
    # More digits than MAX_KEEP has is too large (int() would refuse over 4300 of them).
    keep = int(text) if len(text.lstrip("0")) <= len(str(MAX_KEEP)) else MAX_KEEP + 1
    check_keep(keep, typed=text)
    return keep


def _checked_archive(archive: Path) -> Path:
    """An archive built elsewhere (by CI): its sum, then the same gate as a fresh build."""
    from .release.archive import unpacked, verify_archive
    from .release.gate import require_sound_site

    verify_archive(archive)
    with unpacked(archive) as site:
        print(require_sound_site(site))
    return archive


def _publish(args: argparse.Namespace) -> int:
    from .release.deploy import publish

    dest, keep = _dest(args, "publish"), _keep(args)
    site_url_from_environment()  # a malformed SITE_URL stops here, not after the build
    if args.archive:
        name = publish(_checked_archive(Path(args.archive)), dest, keep)
    else:
        # The lock covers the upload too: no other build can replace site/ or dist/ meanwhile.
        with project_lock(args.root):
            name = publish(_build_check_and_pack(args), dest, keep)
    print(escaped(f"Đã đăng bản {name} lên {dest}; quay lại bản trước bằng: {_make_command('rollback', DEST=dest)}"))
    return 0


def _make_command(target: str, **variables: str) -> str:
    """A make command line that can be pasted into a shell as it is (the
    Makefile takes DEST unexpanded, so only the shell's quoting is needed)."""
    return " ".join(["make", target, *(shlex.quote(f"{name}={value}") for name, value in variables.items())])


def _rollback(args: argparse.Namespace) -> int:
    from .release import rollback

    rollback(_dest(args, "rollback"))
    return 0


def _ask(prompt: str) -> str | None:
    try:
        return input(prompt)
    except EOFError:
        return None


def _new(args: argparse.Namespace) -> int:
    from .scaffold import ask_campaign, new_campaign

    start, end = args.start.strip() or None, args.end.strip() or None  # empty: not given, so asked
    if sys.stdin.isatty() and not args.title:
        title, start, end = ask_campaign(args.root, _ask, print, start, end)
    else:
        title, start, end = args.title, start or "", end or ""
    path = new_campaign(args.root, title, start, end)
    print(f"Đã tạo {path.relative_to(args.root)}: điền tóm tắt, văn bản, nhiệm vụ rồi chạy “make check”.")
    return 0


def _import(args: argparse.Namespace) -> int:
    from .importer.run import import_document

    if not args.file.strip():
        raise RunFailed("Chưa chỉ tệp cần nhập: make import FILE=~/Downloads/ke-hoach.docx (.docx, .pdf, .txt, .md "
                        "hoặc ảnh chụp); chưa ghi gì.")
    print(escaped_lines(import_document(args.root, Path(args.file).expanduser(), _today(), args.so.strip() or None)))
    return 0


def _dispatch(args: argparse.Namespace) -> int:
    from .letters import LetterIncomplete, write_dispatches

    try:
        written = write_dispatches(args.root, _today(), args.id.strip())
    except LetterIncomplete as incomplete:
        raise RunFailed(f"{incomplete} Chưa ghi gì.") from None
    for path in written:
        print(f"Đã viết công văn {path.relative_to(args.root)}: mở bằng Word hoặc LibreOffice, điền số và ngày còn để trống.")
    return 0


def _schemas(args: argparse.Namespace) -> int:
    for path in export_schemas(args.root / "schemas"):
        print(path.relative_to(args.root))
    return 0


# argparse's own messages (Python 3.11 to 3.13), in Vietnamese; {0}, {1}… are its values.
_ARGPARSE_MESSAGES = (
    (r"unrecognized arguments: (.*)", "không hiểu phần thừa “{0}”"),
    (r"the following arguments are required: (.*)", "thiếu {0}"),
    (r"argument (\S+): expected one argument", "{0} cần một giá trị (viết liền {0}=giá-trị khi giá trị bắt đầu bằng “-”)"),
    (r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)", "không có lệnh {1} (có: {2})"),
    (r"argument (\S+): ignored explicit argument (.*)", "{0} không nhận giá trị {1}"),
    (r"ambiguous option: (\S+) could match (.*)", "{0} có thể là {1}: viết đủ tên"),
)


def _vietnamese(message: str) -> str:
    for english, vietnamese in _ARGPARSE_MESSAGES:
        found = re.fullmatch(english, message, re.DOTALL)
        if found:
            return vietnamese.format(*found.groups())
    return f"không đúng cách viết ({message})"


class _Parser(argparse.ArgumentParser):
    """argparse, speaking Vietnamese: a mistake is one line and status 1, as every other here."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.pop("add_help", None)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title, self._optionals.title = "đối số", "tùy chọn"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="in hướng dẫn này rồi thoát")

    def format_help(self) -> str:
        return super().format_help().replace("usage: ", "Cách dùng: ", 1)

    def error(self, message: str) -> NoReturn:
        print(escaped(f"Lệnh không đúng: {_vietnamese(message)}; gõ lệnh make như README.md hướng dẫn. "
                      "Chưa thay đổi gì."), file=sys.stderr)
        self.exit(1)


class _Text(argparse.Action):
    """A value as typed. argparse before Python 3.13 drops every "--" it is
    given, so --dest=-- would arrive as an empty list."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        setattr(namespace, self.dest, values if isinstance(values, str) else "--")


def parser() -> argparse.ArgumentParser:
    main_parser = _Parser(prog="sitegen", description="Bộ sinh trang chiến dịch tuyên truyền.")
    main_parser.add_argument("--root", type=Path, default=ROOT, help="thư mục gốc của kho")
    commands = main_parser.add_subparsers(dest="command", required=True, title="lệnh", metavar="lệnh")
    commands.add_parser("check", help="kiểm tra các tệp chiến dịch").set_defaults(run=_check)
    commands.add_parser("fmt", help="viết lại các tệp YAML theo dạng trình biên tập web ghi").set_defaults(run=_fmt)
    commands.add_parser("generate", help="sinh trang Markdown vào build/docs").set_defaults(run=_generate)
    commands.add_parser("build", help="kiểm tra, sinh trang và dựng site/").set_defaults(run=_build)
    serve_parser = commands.add_parser("serve", help="xem trước, tự tải lại khi sửa tệp")
    serve_parser.add_argument("--address", action=_Text, default="", help=f"máy:cổng, mặc định {DEFAULT_ADDRESS}")
    serve_parser.set_defaults(run=_serve)
    new_parser = commands.add_parser("new", help="tạo tệp chiến dịch mới")
    new_parser.add_argument("--title", action=_Text, default="")
    new_parser.add_argument("--start", action=_Text, default="")
    new_parser.add_argument("--end", action=_Text, default="")
    new_parser.set_defaults(run=_new)
    commands.add_parser("dist", help="dựng và đóng gói dist/*.tar.gz").set_defaults(run=_dist)
    publish_parser = commands.add_parser("publish", help="đăng bản mới lên DEST")
    publish_parser.add_argument("--dest", action=_Text, default="")
    publish_parser.add_argument("--keep", action=_Text, default="5", help="số bản giữ lại trên máy chủ (từ 2)")
    publish_parser.add_argument("--archive", action=_Text, default="",
                                help="đăng gói đã dựng sẵn (dist/*.tar.gz của CI) thay vì dựng lại")
    publish_parser.set_defaults(run=_publish)
    rollback_parser = commands.add_parser("rollback", help="quay lại bản trước trên DEST")
    rollback_parser.add_argument("--dest", action=_Text, default="")
    rollback_parser.set_defaults(run=_rollback)
    import_parser = commands.add_parser("import", help="nhập văn bản đến (.docx, .pdf, .txt, .md, ảnh) "
                                                       "vào sổ văn bản, kèm chiến dịch nháp")
    import_parser.add_argument("file", nargs="?", default="")
    import_parser.add_argument("--so", action=_Text, default="",
                               help="số ký hiệu của văn bản được nhập, khi bản sao không có phần đầu ghi “Số: …”")
    import_parser.set_defaults(run=_import)
    dispatch_parser = commands.add_parser("cong-van", help="viết công văn của Sở (trong sổ văn bản) thành tệp Word "
                                                           "vào dist/cong-van/")
    dispatch_parser.add_argument("--id", action=_Text, default="",
                                 help="mã hoặc số công văn; bỏ trống thì viết mọi công văn của Sở")
    dispatch_parser.set_defaults(run=_dispatch)
    commands.add_parser("schemas", help="xuất JSON Schema vào schemas/").set_defaults(run=_schemas)
    return main_parser


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    args.root = args.root.resolve()
    try:
        return args.run(args)
    except ProblemsFound as found:
        report(found.problems)
        return 1
    except BuildFailed:
        print("MkDocs không dựng được trang (xem thông báo ở trên); site/ giữ nguyên bản cũ.", file=sys.stderr)
        return 1
    except RunFailed as failed:
        print(escaped_lines(str(failed)), file=sys.stderr)
        return 1
    except OSError as error:
        print(_os_error_line(error), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _os_error_line(error: OSError) -> str:
    """A failed read or write in one Vietnamese line, e.g. a full disk."""
    cause = {errno.ENOSPC: "hết chỗ trống trên đĩa", errno.EDQUOT: "vượt hạn mức đĩa",
             errno.EACCES: "không có quyền", errno.EROFS: "ổ đĩa chỉ đọc",
             errno.ENOENT: "không tìm thấy"}.get(error.errno, error.strerror or str(error))
    where = f" ({escaped(str(error.filename))})" if error.filename else ""
    return f"Lỗi đọc/ghi tệp: {cause}{where}. Đã dừng; chưa đăng gì lên máy chủ."
