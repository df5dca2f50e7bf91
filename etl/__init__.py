"""Chinese local-newspaper pages -> research database of epidemic-control measures."""
__version__ = "0.1.0"
