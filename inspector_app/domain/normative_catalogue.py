"""The catalogue of normative legal acts an inspection act cites: the act, its number and date, and the
clause whose requirement was violated, in Kazakh and Russian.

The catalogue is a UTF-8 CSV with a header row, one requirement (or a whole act) a line; the starter one
ships in `resources/catalogue/normative_acts.csv`. Its columns:

- `code`: a stable id (lower-case Latin letters, digits and `.`, `_`, `/`, `-`), unique in the file;
- `kind`: `law`, `code` (a code of laws), `rules` or `instruction` (both approved by an order);
- `title_kk`, `title_ru`: the act's name as it names itself; `cited_kk`, `cited_ru`: the same name in the
  form it takes after a clause (the genitive: «Правил …», «… қағидаларының»);
- `issuer_kk`, `issuer_ru`: who signed the approving order, in the genitive (rules and instructions only);
- `number`, `date` (ISO): of the law, the code or the approving order;
- `clause`: empty for the act as a whole, else `art. N`, `p. N`, `sub. N` or a chain of them from the
  largest down, comma-separated (`art. 76, p. 4`; `p. 4, sub. 3`); N may carry a dash (`art. 12-2`);
- `requirement_kk`, `requirement_ru`: what the clause requires; required when there is a clause.

Spaces and line breaks inside a cell count as one space. `parse_catalogue_csv` takes every line or none: a
file with mistakes is refused with all of them listed by line number. `reference_text` writes the citation
the way acts write it; its words (п., ст., «утвержденных приказом», month names) come from
`resources/templates/catalogue/<lang>.json`.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from dataclasses import dataclass
from datetime import date

from inspector_app.documents.templates import load_texts
from inspector_app.domain.validation import required_text
from inspector_app.errors import ValidationError
from resources.paths import catalogue_dir

logger = logging.getLogger(__name__)

STARTER_FILE = "normative_acts.csv"
LANGUAGES = ("kk", "ru")
KINDS = ("law", "code", "rules", "instruction")
APPROVED_BY_ORDER = frozenset({"rules", "instruction"})
COLUMNS = ("code", "kind", "title_kk", "title_ru", "cited_kk", "cited_ru", "issuer_kk", "issuer_ru", "number",
           "date", "clause", "requirement_kk", "requirement_ru")
CODE_RE = re.compile(r"^[a-z0-9]+(?:[._/-][a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NUMBER_RE = re.compile(r"^(?=.*\d)[\w/ -]{1,40}$")
CLAUSE_PART_RE = re.compile(r"^(art|p|sub)\.\s*(\d+(?:-\d+)?)$")
CLAUSE_LEVELS = ("art", "p", "sub")
FIRST_DATE = date(1991, 12, 16)  # the independence of the Republic of Kazakhstan
MAX_TITLE, MAX_ISSUER, MAX_REQUIREMENT, MAX_CODE = 600, 300, 3000, 80
MAX_PROBLEMS_SHOWN = 20


class CatalogueError(ValidationError):
    """A catalogue file with mistakes; `problems` lists (line, message), the message shows the first ones."""

    code = "catalogue"

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        shown = "; ".join(f"line {line}: {message}" for line, message in problems[:MAX_PROBLEMS_SHOWN])
        more = len(problems) - MAX_PROBLEMS_SHOWN
        super().__init__(f"The catalogue has {len(problems)} mistake(s), nothing was read: {shown}"
                         + (f"; and {more} more" if more > 0 else ""), problems=problems)
        self.problems = problems


@dataclass(frozen=True)
class Clause:
    """Article, point and subpoint of an act, each a number such as '76' or '12-2', or '' when not cited."""

    art: str = ""
    p: str = ""
    sub: str = ""

    @property
    def key(self) -> str:
        """Which levels are cited: 'art', 'art_p', 'p_sub', ... (a template key)."""
        return "_".join(level for level in CLAUSE_LEVELS if getattr(self, level))

    def __str__(self) -> str:
        return ", ".join(f"{level}. {getattr(self, level)}" for level in CLAUSE_LEVELS if getattr(self, level))


@dataclass(frozen=True)
class NormativeRequirement:
    code: str
    kind: str
    title_kk: str
    title_ru: str
    cited_kk: str
    cited_ru: str
    issuer_kk: str
    issuer_ru: str
    number: str
    date: date
    clause: Clause | None
    requirement_kk: str
    requirement_ru: str

    def text(self, field: str, lang: str) -> str:
        """`field` ('title', 'cited', 'issuer', 'requirement') in `lang`."""
        if lang not in LANGUAGES:
            raise ValidationError(f"The catalogue is in Kazakh (kk) or Russian (ru), not '{lang}'",
                                  code="catalogue_language", lang=lang)
        return getattr(self, f"{field}_{lang}")


def parse_clause(text: str) -> Clause | None:
    """'art. 76, p. 4' -> Clause(art='76', p='4'); '' -> None; ValueError with the reason otherwise."""
    if not text.strip():
        return None
    levels: dict[str, str] = {}
    for part in text.split(","):
        match = CLAUSE_PART_RE.match(part.strip())
        if not match:
            raise ValueError(f"clause '{text}': each part is 'art. N', 'p. N' or 'sub. N', not '{part.strip()}'")
        level, number = match.groups()
        if levels and CLAUSE_LEVELS.index(level) <= CLAUSE_LEVELS.index(list(levels)[-1]):
            raise ValueError(f"clause '{text}': the parts go from the largest down (art., p., sub.), each once")
        levels[level] = number
    return Clause(**levels)


def _text(row: dict, column: str, max_length: int, required: bool = True) -> str:
    value = " ".join((row.get(column) or "").split())  # a line break inside a cell is a space
    if not value and not required:
        return ""
    try:
        return required_text(value, column, max_length)
    except ValidationError as error:
        raise ValueError(str(error)) from None


def _row(row: dict) -> NormativeRequirement:
    code = _text(row, "code", MAX_CODE)
    if not CODE_RE.match(code):
        raise ValueError(f"code '{code}' must be lower-case Latin letters and digits joined by '.', '_', '/' or '-'")
    kind = _text(row, "kind", 20)
    if kind not in KINDS:
        raise ValueError(f"kind '{kind}' must be one of {', '.join(KINDS)}")
    approved = kind in APPROVED_BY_ORDER
    issuer_kk = _text(row, "issuer_kk", MAX_ISSUER, required=approved)
    issuer_ru = _text(row, "issuer_ru", MAX_ISSUER, required=approved)
    if not approved and (issuer_kk or issuer_ru):
        raise ValueError(f"a {kind} has no issuer; issuer_kk and issuer_ru are for rules and instructions")
    number = _text(row, "number", 40)
    if not NUMBER_RE.match(number):
        raise ValueError(f"number '{number}' must hold a digit and only letters, digits, '/', '-' and spaces")
    raw_date = _text(row, "date", 10)
    try:
        when = date.fromisoformat(raw_date) if DATE_RE.match(raw_date) else None
    except ValueError:
        when = None
    if when is None or when < FIRST_DATE:
        raise ValueError(f"date '{raw_date}' must be a real date written YYYY-MM-DD, not before {FIRST_DATE}")
    clause = parse_clause(row.get("clause") or "")
    has_clause = clause is not None
    requirement_kk = _text(row, "requirement_kk", MAX_REQUIREMENT, required=has_clause)
    requirement_ru = _text(row, "requirement_ru", MAX_REQUIREMENT, required=has_clause)
    if not has_clause and (requirement_kk or requirement_ru):
        raise ValueError("a requirement needs its clause; a row without a clause stands for the whole act")
    return NormativeRequirement(
        code=code, kind=kind, title_kk=_text(row, "title_kk", MAX_TITLE), title_ru=_text(row, "title_ru", MAX_TITLE),
        cited_kk=_text(row, "cited_kk", MAX_TITLE), cited_ru=_text(row, "cited_ru", MAX_TITLE),
        issuer_kk=issuer_kk, issuer_ru=issuer_ru, number=number, date=when, clause=clause,
        requirement_kk=requirement_kk, requirement_ru=requirement_ru)


def _act_fields(req: NormativeRequirement) -> tuple:
    return (req.title_kk, req.title_ru, req.cited_kk, req.cited_ru, req.issuer_kk, req.issuer_ru)


def parse_catalogue_csv(text: str) -> list[NormativeRequirement]:
    """Every requirement of a catalogue file, in its order; CatalogueError listing each bad line otherwise."""
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), strict=True)
    problems: list[tuple[int, str]] = []
    try:
        header = [name.strip() for name in next(reader, [])]
    except csv.Error as error:
        raise CatalogueError([(1, f"not CSV: {error}")]) from None
    missing = [c for c in COLUMNS if c not in header]
    unknown = [c for c in header if c not in COLUMNS]
    if missing or unknown or len(set(header)) != len(header):
        raise CatalogueError([(1, "the header must name the columns " + ", ".join(COLUMNS)
                               + (f"; missing: {', '.join(missing)}" if missing else "")
                               + (f"; unknown: {', '.join(unknown)}" if unknown else ""))])
    result: list[NormativeRequirement] = []
    codes: dict[str, int] = {}
    acts: dict[tuple, tuple[int, tuple]] = {}
    line = reader.line_num
    while True:
        start = line + 1
        try:
            cells = next(reader, None)
        except csv.Error as error:
            problems.append((start, f"not CSV: {error}"))
            break
        if cells is None:
            break
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            problems.append((start, f"{len(cells)} cells, the header has {len(header)}"))
            continue
        try:
            req = _row(dict(zip(header, cells, strict=True)))
        except ValueError as error:
            problems.append((start, str(error)))
            continue
        if req.code in codes:
            problems.append((start, f"code '{req.code}' is already used on line {codes[req.code]}"))
            continue
        codes[req.code] = start
        act = (req.kind, req.number, req.date, req.issuer_ru)
        first = acts.setdefault(act, (start, _act_fields(req)))
        if first[1] != _act_fields(req):
            problems.append((start, f"act {req.kind} No. {req.number} of {req.date} is named differently "
                                    f"on line {first[0]}"))
            continue
        result.append(req)
    if problems:
        raise CatalogueError(problems)
    return result


def starter_catalogue() -> list[NormativeRequirement]:
    """The catalogue shipped with the app."""
    path = catalogue_dir() / STARTER_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ValidationError(f"The catalogue {path} cannot be read: {error}", code="catalogue_file",
                              path=str(path)) from error
    requirements = parse_catalogue_csv(text)
    logger.debug("read %d catalogue rows from %s", len(requirements), path)
    return requirements


def reference_text(req: NormativeRequirement, lang: str) -> str:
    """The citation as an act writes it, e.g. «п. 5 Правил …, утвержденных приказом … от 30 декабря 2014 года
    № 343» or «… бұйрығымен бекітілген … қағидаларының 5-тармағы»; the whole act when there is no clause."""
    if lang not in LANGUAGES:
        raise ValidationError(f"A citation is written in Kazakh (kk) or Russian (ru), not '{lang}'",
                              code="catalogue_language", lang=lang)
    texts = load_texts("catalogue", lang)
    months = texts.items("months", 12)
    when = texts.text("date", day=req.date.day, month=months[req.date.month - 1], year=req.date.year)
    values = {"title": req.text("title", lang), "cited": req.text("cited", lang), "issuer": req.text("issuer", lang),
              "date": when, "number": req.number}
    if req.clause is None:
        return texts.text(f"whole.{req.kind}", **values)
    clause = texts.text(f"clause.{req.clause.key}", art=req.clause.art, p=req.clause.p, sub=req.clause.sub)
    return texts.text(f"cited.{req.kind}", clause=clause, **values)
