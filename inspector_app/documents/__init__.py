"""Printed documents: the journal of issue and return (Appendix 1 of order No. 444) as a PDF.

Texts come from `resources/templates/<kind>/<lang>.json`; layout is reportlab with the shipped
DejaVu fonts embedded, so every Kazakh letter prints.
"""

from inspector_app.documents.journal_pdf import JournalPrinter, PrintResult

__all__ = ["JournalPrinter", "PrintResult"]
