"""A read-only PostgreSQL login for BI tools and analysts (`etl db grant-readonly`).

The role may connect, read every table and view of the schema (including ones later
migrations create, through default privileges) and nothing else. Identifiers and the
password go into SQL only through psycopg.sql (Identifier, Literal), and the role name
must also pass a strict pattern, so no user input is ever spliced into a statement.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import Engine

ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
RESERVED = {"public", "postgres", "pg_database_owner", "none", "current_user", "session_user", "current_role"}


class RoleError(Exception):
    """A grant that cannot be made, told in a sentence."""


@dataclass
class GrantResult:
    role: str
    database: str
    schema: str
    created: bool
    notes: list[str] = field(default_factory=list)


def validate_role_name(role: str) -> str:
    """Lower-case letters, digits and underscores, not starting with a digit, at most 63 characters."""
    if not ROLE_NAME.fullmatch(role) or role in RESERVED or role.startswith("pg_"):
        raise RoleError(f"{role!r} is not an acceptable role name: use lower-case letters, digits and _ "
                        "(not starting with a digit or pg_, at most 63 characters)")
    return role


def grant_readonly(engine: Engine, role: str, password: str | None = None) -> GrantResult:
    """Create ``role`` (LOGIN) if missing and give it read-only access to the current schema."""
    from psycopg import sql

    if engine.dialect.name != "postgresql":
        raise RoleError(f"read-only roles exist only on PostgreSQL; {engine.dialect.name} has no users "
                        "(share a SQLite file read-only through file permissions instead)")
    validate_role_name(role)
    r = sql.Identifier(role)
    with engine.begin() as conn:
        cur = conn.connection.driver_connection.cursor()  # psycopg 3 connection, inside this transaction
        cur.execute("SELECT current_database(), current_schema(), current_user")
        database, schema, me = cur.fetchone()
        if schema is None:
            raise RoleError("no current schema (check search_path)")
        cur.execute("SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = %s", (role,))
        existing = cur.fetchone()
        result = GrantResult(role=role, database=database, schema=schema, created=existing is None)
        if role == me:
            raise RoleError(f"{role!r} is the user running this command; choose another name for the read-only role")
        pw = sql.SQL(" PASSWORD {}").format(sql.Literal(password)) if password is not None else sql.SQL("")
        if existing is None:
            cur.execute(sql.SQL("CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION{}").format(r, pw))
        else:
            if existing[0]:
                raise RoleError(f"{role!r} is a superuser and cannot be made read-only")
            if existing[1] or existing[2]:
                result.notes.append(f"{role} keeps its CREATEROLE/CREATEDB attributes; remove them with ALTER ROLE")
            cur.execute(sql.SQL("ALTER ROLE {} LOGIN{}").format(r, pw))
        if password is None and existing is None:
            result.notes.append(f"{role} has no password: set one with --password unless the server trusts it otherwise")
        d, s = sql.Identifier(database), sql.Identifier(schema)
        cur.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(d, r))
        cur.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(s, r))
        cur.execute(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA {} TO {}").format(s, r))  # tables and views
        cur.execute(sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA {} GRANT SELECT ON TABLES TO {}").format(s, r))
        # Before PostgreSQL 15 every role may CREATE in schema public through PUBLIC; a grant
        # to PUBLIC cannot be revoked for one role, so close it for all (PostgreSQL's own advice).
        cur.execute("SELECT has_schema_privilege(%s, %s, 'CREATE')", (role, schema))
        if cur.fetchone()[0]:
            cur.execute(sql.SQL("REVOKE CREATE ON SCHEMA {} FROM PUBLIC").format(s))
            cur.execute("SELECT has_schema_privilege(%s, %s, 'CREATE')", (role, schema))
            if cur.fetchone()[0]:
                raise RoleError(f"{role!r} holds CREATE on schema {schema} (granted directly or through another role); "
                                "revoke it first")
            result.notes.append(f"revoked CREATE on schema {schema} from PUBLIC (the default before PostgreSQL 15)")
    return result
