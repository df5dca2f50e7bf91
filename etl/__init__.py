"""Chinese local-newspaper pages -> research database of epidemic-control measures."""
from pathlib import Path

from etl.stamp import check_compiled

__version__ = "0.1.0"

check_compiled(Path(__file__).resolve().parent / "extract")  # never run compiled code older than its source
