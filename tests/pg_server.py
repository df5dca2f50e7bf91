"""A throwaway PostgreSQL server for the test suite.

Used when ``ETL_TEST_POSTGRES_URL`` is not set: initdb into a temporary directory, start
on a free loopback port, remove everything afterwards. initdb and postgres refuse to run
as root, so as root they run as the ``postgres`` user (runuser).
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path


class ServerUnavailable(RuntimeError):
    pass


def _bindir() -> str:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.path.exists(os.path.join(candidate, "initdb")):
            return candidate
    found = shutil.which("initdb")
    if found:
        return os.path.dirname(found)
    raise ServerUnavailable("no PostgreSQL server binaries (initdb) found; install Debian's postgresql package")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    datadir: str
    port: int
    bindir: str
    as_user: list[str]

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str, user: str = "postgres", password: str | None = None) -> str:
        auth = f"{user}:{password}" if password else user
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        subprocess.run([*self.as_user, f"{self.bindir}/pg_ctl", "-D", self.datadir, "-m", "immediate", "stop"],
                       capture_output=True, check=False)
        shutil.rmtree(os.path.dirname(self.datadir), ignore_errors=True)


def start() -> Server:
    bindir = _bindir()
    root = tempfile.mkdtemp(prefix="etl-pg-")
    datadir = os.path.join(root, "data")
    as_user: list[str] = []
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        if not runuser:
            raise ServerUnavailable("running as root and no runuser to start PostgreSQL as the postgres user")
        as_user = [runuser, "-u", "postgres", "--"]
        os.chmod(root, 0o777)
    env = dict(os.environ, LC_ALL="C.UTF-8")
    init = subprocess.run([*as_user, f"{bindir}/initdb", "-D", datadir, "-A", "trust", "-U", "postgres", "-E", "UTF8",
                           "--locale=C.UTF-8"], capture_output=True, text=True, env=env, cwd=root)
    if init.returncode != 0:
        raise ServerUnavailable(f"initdb failed: {init.stderr.strip()[-500:]}")
    port = _free_port()
    opts = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400"
    run = subprocess.run([*as_user, f"{bindir}/pg_ctl", "-D", datadir, "-o", opts, "-l", os.path.join(root, "server.log"), "-w", "start"],
                         capture_output=True, text=True, env=env, cwd=root)
    if run.returncode != 0:
        log_file = Path(root) / "server.log"
        log = log_file.read_text(errors="replace")[-800:] if log_file.exists() else ""
        raise ServerUnavailable(f"pg_ctl start failed: {run.stderr.strip()[-300:]} {log}")
    return Server(datadir=datadir, port=port, bindir=bindir, as_user=as_user)
