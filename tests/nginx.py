"""A real nginx (Debian's package) on a loopback port, with the sample config."""

from __future__ import annotations

import os
import subprocess
from contextlib import contextmanager
from pathlib import Path

from browser import free_port, wait_until_answers

NGINX = "/usr/sbin/nginx"
DEPLOY = Path(__file__).resolve().parent.parent / "deploy" / "nginx"


@contextmanager
def nginx_serving(dest: Path, workdir: Path):
    """Serve DEST/current under /chien-dich/ with deploy/nginx/*.conf; yield the base URL."""
    workdir.mkdir(parents=True, exist_ok=True)
    for name in ("chien-dich.conf", "csp-map.conf"):
        text = (DEPLOY / name).read_text(encoding="utf-8").replace("/var/www/chien-dich", str(dest))
        (workdir / name).write_text(text, encoding="utf-8")
    (workdir / "empty").mkdir(exist_ok=True)
    port = free_port()
    # As root, nginx's workers would run as www-data, who cannot enter pytest's
    # private temporary folders; the workers keep the test's own user instead.
    user = "user root;\n" if os.geteuid() == 0 else ""
    temp = "".join(f"{kind}_temp_path {workdir}/{kind};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (workdir / "nginx.conf").write_text(f"""
{user}worker_processes 1;
pid {workdir}/nginx.pid;
error_log {workdir}/error.log;
daemon off;
events {{}}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    {temp}
    include {workdir}/csp-map.conf;
    server {{
        listen 127.0.0.1:{port};
        root {workdir}/empty;
        include {workdir}/chien-dich.conf;
    }}
}}
""", encoding="utf-8")
    process = subprocess.Popen([NGINX, "-c", str(workdir / "nginx.conf"), "-e", str(workdir / "error.log"), "-p", str(workdir)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/chien-dich/"
        wait_until_answers(url, "nginx", lambda: process.poll() is not None and process.stdout.read().decode(), seconds=10)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()
