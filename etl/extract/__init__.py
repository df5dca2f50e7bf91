"""Pure extraction stages: no database, no CLI, no I/O beyond shipped data files."""

# Bump when any extraction rule changes: stored facts carry it and `etl reprocess` uses it.
EXTRACTOR_VERSION = "0.1.0"
