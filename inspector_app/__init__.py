"""Inspector app: journal of recorders, footage vault and inspection acts under order No. 444."""

__version__ = "0.1.0"
