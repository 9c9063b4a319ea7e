"""The territorial unit of the Industrial Safety Committee that runs this app."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from inspector_app.domain.validation import required_text

NAME_MAX = 300
CODE_MAX = 32


@dataclass
class Unit:
    name_kk: str
    name_ru: str
    code: str
    created_at: datetime | None = None
    id: int | None = None

    @classmethod
    def create(cls, name_kk: str, name_ru: str, code: str) -> "Unit":
        return cls(
            name_kk=required_text(name_kk, "Unit name (Kazakh)", NAME_MAX),
            name_ru=required_text(name_ru, "Unit name (Russian)", NAME_MAX),
            code=required_text(code, "Unit code", CODE_MAX),
        )

    def name(self, lang: str) -> str:
        return self.name_kk if lang == "kk" else self.name_ru
