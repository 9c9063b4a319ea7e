"""Storage of the unit's catalogue of normative legal acts (reference data: an import adds new codes and
updates the lines of codes it already has; a violation keeps its own copy of the citation it printed)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector_app.domain.normative_catalogue import NormativeRequirement, parse_clause
from storage.orm import NormativeRequirementRow
from storage.text_search import contains

_FIELDS = ("kind", "title_kk", "title_ru", "cited_kk", "cited_ru", "issuer_kk", "issuer_ru", "number", "date",
           "requirement_kk", "requirement_ru")


def _requirement(row: NormativeRequirementRow) -> NormativeRequirement:
    return NormativeRequirement(code=row.code, clause=parse_clause(row.clause) if row.clause else None,
                                **{name: getattr(row, name) for name in _FIELDS})


class SqlCatalogueRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def count(self) -> int:
        return self.session.scalar(select(func.count(NormativeRequirementRow.id))) or 0

    def get(self, code: str) -> NormativeRequirement | None:
        row = self.session.scalars(select(NormativeRequirementRow).where(NormativeRequirementRow.code == code)).first()
        return None if row is None else _requirement(row)

    def list(self, search: str = "", limit: int = 500) -> list[NormativeRequirement]:
        query = select(NormativeRequirementRow)
        text = search.strip()
        if text:
            query = query.where(contains(text, *(getattr(NormativeRequirementRow, name) for name in (
                "code", "title_kk", "title_ru", "requirement_kk", "requirement_ru", "number"))))
        return [_requirement(r) for r in self.session.scalars(query.order_by(NormativeRequirementRow.code)
                                                              .limit(limit))]

    def upsert(self, requirements: list[NormativeRequirement], at) -> tuple[int, int]:
        """Add new codes, update known ones; (added, updated)."""
        existing = {row.code: row for row in self.session.scalars(select(NormativeRequirementRow).where(
            NormativeRequirementRow.code.in_([r.code for r in requirements])))}
        added = updated = 0
        for req in requirements:
            values = {name: getattr(req, name) for name in _FIELDS}
            values["clause"] = str(req.clause) if req.clause else ""
            row = existing.get(req.code)
            if row is None:
                self.session.add(NormativeRequirementRow(code=req.code, updated_at=at, **values))
                added += 1
            elif any(getattr(row, k) != v for k, v in values.items()):
                for key, value in values.items():
                    setattr(row, key, value)
                row.updated_at = at
                updated += 1
        self.session.flush()
        return added, updated
