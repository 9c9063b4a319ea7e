"""Turn an `AppError` into a message in the interface language.

Services raise English messages with a `code` and `params`; known codes have a translatable template
(in the modules `ui/error_texts_*.py`, one per area), unknown ones fall back to the English text. A code
whose raise sites pass different params may have a tuple of templates: the first one whose placeholders
the error's params fill is shown. The params `field` and `what` are English names the services pass;
they are translated in the "Fields" and "Things" contexts below, and a list param is shown comma-separated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from inspector_app.errors import AppError
from ui import error_texts_accounts, error_texts_documents, error_texts_server, error_texts_vault

TEMPLATE_MODULES = (error_texts_accounts, error_texts_vault, error_texts_documents, error_texts_server)
_TEMPLATES: dict[str, str | tuple[str, ...]] = {
    code: template for module in TEMPLATE_MODULES for code, template in module.TEMPLATES.items()}

# Field names passed by the domain validators (`required_text` and `optional_text`), listed here so they
# get translated too.
_FIELDS = [
    QT_TRANSLATE_NOOP("Fields", "Inventory number"), QT_TRANSLATE_NOOP("Fields", "Serial number"),
    QT_TRANSLATE_NOOP("Fields", "Model"), QT_TRANSLATE_NOOP("Fields", "Vendor profile"),
    QT_TRANSLATE_NOOP("Fields", "Reason"), QT_TRANSLATE_NOOP("Fields", "Note"),
    QT_TRANSLATE_NOOP("Fields", "Full name"), QT_TRANSLATE_NOOP("Fields", "Position"),
    QT_TRANSLATE_NOOP("Fields", "Unit name (Kazakh)"), QT_TRANSLATE_NOOP("Fields", "Unit name (Russian)"),
    QT_TRANSLATE_NOOP("Fields", "Unit code"), QT_TRANSLATE_NOOP("Fields", "Order reference"),
    QT_TRANSLATE_NOOP("Fields", "Registration index"), QT_TRANSLATE_NOOP("Fields", "Condition"),
    QT_TRANSLATE_NOOP("Fields", "Description of the fault"),
    QT_TRANSLATE_NOOP("Fields", "The facility's address"), QT_TRANSLATE_NOOP("Fields", "The facility's name"),
    QT_TRANSLATE_NOOP("Fields", "The facility's type"), QT_TRANSLATE_NOOP("Fields", "The subject's name"),
    QT_TRANSLATE_NOOP("Fields", "The legal address"), QT_TRANSLATE_NOOP("Fields", "The comment"),
    QT_TRANSLATE_NOOP("Fields", "The note"), QT_TRANSLATE_NOOP("Fields", "The number of the act of appointment"),
    QT_TRANSLATE_NOOP("Fields", "The place"), QT_TRANSLATE_NOOP("Fields", "The position"),
    QT_TRANSLATE_NOOP("Fields", "The proof of elimination"), QT_TRANSLATE_NOOP("Fields", "The reason for the change"),
    QT_TRANSLATE_NOOP("Fields", "The reason for the hold"), QT_TRANSLATE_NOOP("Fields", "The reason for the release"),
    QT_TRANSLATE_NOOP("Fields", "The registration number"), QT_TRANSLATE_NOOP("Fields", "The registration of the act"),
    QT_TRANSLATE_NOOP("Fields", "The representative"),
]
# What a `NotFoundError` did not find, and what a server identifier names (the `what` param).
_THINGS = [
    QT_TRANSLATE_NOOP("Things", "User"), QT_TRANSLATE_NOOP("Things", "Recorder"),
    QT_TRANSLATE_NOOP("Things", "Recording"), QT_TRANSLATE_NOOP("Things", "Bookmark"),
    QT_TRANSLATE_NOOP("Things", "Flag"), QT_TRANSLATE_NOOP("Things", "Inspection"),
    QT_TRANSLATE_NOOP("Things", "Violation"), QT_TRANSLATE_NOOP("Things", "Document"),
    QT_TRANSLATE_NOOP("Things", "Legal hold"), QT_TRANSLATE_NOOP("Things", "Destruction list"),
    QT_TRANSLATE_NOOP("Things", "Destruction act"), QT_TRANSLATE_NOOP("Things", "Journal entry"),
    QT_TRANSLATE_NOOP("Things", "Journal volume"), QT_TRANSLATE_NOOP("Things", "Unit"),
    QT_TRANSLATE_NOOP("Things", "The schema"), QT_TRANSLATE_NOOP("Things", "The role"),
]
_NAME_CONTEXTS = {"field": "Fields", "what": "Things"}


def templates_of(code: str) -> tuple[str, ...]:
    """The English templates of `code`, in the order they are tried; empty when it has none."""
    template = _TEMPLATES.get(code)
    if template is None:
        return ()
    return template if isinstance(template, tuple) else (template,)


def _shown(name: str, value: object) -> object:
    if name in _NAME_CONTEXTS:
        return QCoreApplication.translate(_NAME_CONTEXTS[name], str(value))
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(str(item) for item in value)
    return value


def error_text(error: AppError) -> str:
    params = {name: _shown(name, value) for name, value in error.params.items()}
    for template in templates_of(error.code):
        try:
            return QCoreApplication.translate("Errors", template).format(**params)
        except (KeyError, IndexError, ValueError):
            continue
    return str(error)
