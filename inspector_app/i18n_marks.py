"""Marks for translatable strings outside Qt code.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; `pyside6-lupdate` finds the
calls by name and puts the strings in the `.ts` files, and the UI translates them at
display time with `QCoreApplication.translate(context, text)`. The domain thus names
its labels once without importing Qt.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
