"""Pure extraction stages: no database, no CLI, no I/O beyond shipped data files."""

# Bump when any extraction rule changes: stored facts carry it and `etl reprocess` uses it.
EXTRACTOR_VERSION = "0.15.0"  # 0.15.0: issue 12 round 19 (zone lists, untitled copies, bulletin breakdowns)


def compiled() -> bool:
    """Whether the extraction stages run as mypyc-compiled modules (an ``ETL_COMPILE=1 pip
    install .``, see setup.py) rather than from their .py sources: the two give the same output,
    the compiled ones sooner, so a benchmark or a load report says which it measured."""
    from importlib.machinery import EXTENSION_SUFFIXES

    from etl.extract import events

    return str(events.__file__).endswith(tuple(EXTENSION_SUFFIXES))
