"""A read-only PostgreSQL login for BI tools and analysts (`etl db grant-readonly`).

The role may connect, read every table and view of the schema (including ones later
migrations create, through default privileges) and nothing else. Identifiers and the
password go into SQL only through psycopg.sql (Identifier, Literal), and the role name
must also pass a strict pattern, so no user input is ever spliced into a statement.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import Engine

ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
RESERVED = {"public", "postgres", "pg_database_owner", "none", "current_user", "session_user", "current_role"}


class RoleError(Exception):
    """A grant that cannot be made, told in a sentence."""


class Cursor(Protocol):
    """The part of a DB-API cursor (psycopg 3's) the grants use; every query here returns a row."""

    def execute(self, query: Any, params: Any = ..., /) -> object: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


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
    """Create ``role`` (LOGIN) if missing and make it read-only on the current schema.

    An existing role is stripped of whatever else it could do (memberships, write grants,
    CREATEDB/CREATEROLE), each removal named in a note; when a right cannot be removed by
    the user running this, the command fails instead of reporting a read-only role.
    """
    from psycopg import sql

    if engine.dialect.name != "postgresql":
        raise RoleError(f"read-only roles exist only on PostgreSQL; {engine.dialect.name} has no users "
                        "(share a SQLite file read-only through file permissions instead)")
    validate_role_name(role)
    with engine.begin() as conn:
        driver = conn.connection.driver_connection  # psycopg 3 connection, inside this transaction
        if driver is None:
            raise RoleError("the database connection is closed")
        cur: Cursor = driver.cursor()
        cur.execute("SELECT current_database(), current_schema(), current_user")
        database, schema, me = cur.fetchone()
        if schema is None:
            raise RoleError("no current schema (check search_path)")
        if role == me:
            raise RoleError(f"{role!r} is the user running this command; choose another name for the read-only role")
        cur.execute("SELECT rolsuper FROM pg_roles WHERE rolname = %s", (role,))
        existing = cur.fetchone()
        result = GrantResult(role=role, database=database, schema=schema, created=existing is None)
        r = sql.Identifier(role)
        pw = sql.SQL(" PASSWORD {}").format(sql.Literal(password)) if password is not None else sql.SQL("")
        try:
            if existing is None:
                cur.execute(
                    sql.SQL(
                        "CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOINHERIT{}"
                    ).format(r, pw)
                )
                if password is None:
                    result.notes.append(
                        f"{role} has no password: set one with --password unless the server trusts it otherwise"
                    )
            else:
                if existing[0]:
                    raise RoleError(f"{role!r} is a superuser and cannot be made read-only")
                _strip(cur, role, database, schema, result)
                cur.execute(sql.SQL("ALTER ROLE {} LOGIN NOCREATEDB NOCREATEROLE{}").format(r, pw))
            _grant_reading(cur, role, database, schema, me, result)
            _close_public_writes(cur, role, database, schema, result)
            _close_large_objects(cur, role, result)
        except Exception as exc:  # psycopg.Error: a right this user may not take away
            if isinstance(exc, RoleError):
                raise
            raise RoleError(f"cannot make {role!r} read-only: {str(exc).strip().splitlines()[0]} "
                            "(run as the database owner or a superuser)") from None
    return result


def _strip(cur: Cursor, role: str, database: str, schema: str, result: GrantResult) -> None:
    """Take from an existing role every membership and every grant beyond reading."""
    from psycopg import sql

    r = sql.Identifier(role)
    cur.execute("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s ORDER BY 1", (role,))
    for (group,) in cur.fetchall():
        cur.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), r))
        result.notes.append(f"removed {role} from role {group}")
    cur.execute("SELECT rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = %s", (role,))
    if cur.fetchone()[0]:
        result.notes.append(f"removed CREATEDB/CREATEROLE from {role}")
    s, d = sql.Identifier(schema), sql.Identifier(database)
    for what in ("TABLES", "SEQUENCES", "FUNCTIONS"):
        cur.execute(sql.SQL("REVOKE ALL ON ALL {} IN SCHEMA {} FROM {}").format(sql.SQL(what), s, r))
    cur.execute(sql.SQL("REVOKE ALL ON SCHEMA {} FROM {}").format(s, r))
    cur.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM {}").format(d, r))
    result.notes.append(f"revoked every earlier grant of {role} on database {database} and schema {schema}")


def _grant_reading(cur: Cursor, role: str, database: str, schema: str, me: str, result: GrantResult) -> None:
    """CONNECT, USAGE and SELECT now, and SELECT on tables any owner of the schema's tables creates later."""
    from psycopg import sql

    r, s, d = sql.Identifier(role), sql.Identifier(schema), sql.Identifier(database)
    cur.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(d, r))
    cur.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(s, r))
    cur.execute(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA {} TO {}").format(s, r))  # tables and views
    cur.execute(sql.SQL("ALTER ROLE {} SET default_transaction_read_only = on").format(r))
    # Default privileges belong to the creating role: set them for every role that owns
    # tables here or owns the schema, so tables a later migration creates are readable too.
    cur.execute(
        "SELECT DISTINCT pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = %s UNION SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = %s "
        "UNION SELECT %s",
        (schema, schema, me),
    )
    for (owner,) in sorted(cur.fetchall()):
        cur.execute("SAVEPOINT owner_defaults")
        try:
            cur.execute(sql.SQL("ALTER DEFAULT PRIVILEGES FOR ROLE {} IN SCHEMA {} GRANT SELECT ON TABLES TO {}")
                        .format(sql.Identifier(owner), s, r))
            cur.execute("RELEASE SAVEPOINT owner_defaults")
        except Exception:
            cur.execute("ROLLBACK TO SAVEPOINT owner_defaults")
            result.notes.append(
                f"tables {owner} creates later will not be readable by {role} until this command runs again "
                f"as {owner} or a superuser"
            )


def _close_public_writes(cur: Cursor, role: str, database: str, schema: str, result: GrantResult) -> None:
    """Rights every role holds through PUBLIC: CREATE on the schema (before PostgreSQL 15) and
    TEMP on the database. A PUBLIC grant cannot be revoked for one role, so it is closed for
    all (PostgreSQL's own advice); the owner keeps them."""
    from psycopg import sql

    s, d = sql.Identifier(schema), sql.Identifier(database)
    checks = (
        (
            "SELECT has_schema_privilege(%s, %s, 'CREATE')",
            (role, schema),
            sql.SQL("REVOKE CREATE ON SCHEMA {} FROM PUBLIC").format(s),
            f"CREATE on schema {schema}",
        ),
        (
            "SELECT has_database_privilege(%s, %s, 'TEMP')",
            (role, database),
            sql.SQL("REVOKE TEMP ON DATABASE {} FROM PUBLIC").format(d),
            f"TEMP (temporary tables) on database {database}",
        ),
    )
    for test, args, revoke, what in checks:
        cur.execute(test, args)
        if not cur.fetchone()[0]:
            continue
        cur.execute(revoke)
        cur.execute(test, args)
        if cur.fetchone()[0]:
            raise RoleError(f"{role!r} holds {what} (granted directly or through another role); revoke it first")
        result.notes.append(f"revoked {what} from PUBLIC: other roles that need it must be granted it by name")


# Functions that create or write large objects; PUBLIC may execute them by default.
LARGE_OBJECT_WRITERS = (
    "lo_create(oid)",
    "lo_creat(integer)",
    "lo_from_bytea(oid, bytea)",
    "lo_put(oid, bigint, bytea)",
    "lowrite(integer, bytea)",
)
REVOKE_LARGE_OBJECT_WRITERS = tuple(
    f"REVOKE EXECUTE ON FUNCTION pg_catalog.{f} FROM PUBLIC" for f in LARGE_OBJECT_WRITERS
)


def _close_large_objects(cur: Cursor, role: str, result: GrantResult) -> None:
    """Large objects are storage outside every table grant: only their functions' owner (a
    superuser) can take them from PUBLIC; anyone else is told the role can still create them."""
    cur.execute("SELECT has_function_privilege(%s, 'lo_from_bytea(oid, bytea)', 'EXECUTE'), "
                "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user)", (role,))
    can_write, superuser = cur.fetchone()
    if not can_write:
        return
    if not superuser:
        result.notes.append(f"{role} can still create large objects (lo_from_bytea): only a superuser can revoke "
                            "EXECUTE on those functions from PUBLIC")
        return
    for statement in REVOKE_LARGE_OBJECT_WRITERS:
        cur.execute(statement)
    result.notes.append(
        "revoked EXECUTE on the large-object writers (lo_create, lo_from_bytea, lo_put, lowrite) from PUBLIC"
    )
