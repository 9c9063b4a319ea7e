"""Sample contents of an inspection's documents, with Kazakh letters in the names, for the PDF tests."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta

from inspector_app.documents.inspection_content import (
    Acknowledged,
    ActContent,
    Appointment,
    Evidence,
    Facility,
    Localized,
    Official,
    PrescriptionContent,
    Refused,
    Still,
    SubjectOfControl,
    Violation,
)

AUTHORITY = Localized(
    kk="ҚР ТЖМ Өнеркәсіптік қауіпсіздік комитетінің Қарағанды облысы бойынша департаменті",
    ru="Департамент Комитета промышленной безопасности МЧС РК по Карагандинской области")
INSPECTOR = Localized(kk="Бас маман – мемлекеттік инспектор", ru="Главный специалист – государственный инспектор")
LEAD = Official("Әбілқайыров Ғалымжан Өмірұлы", INSPECTOR)
SECOND = Official("Құрманғалиева Әйгерім Серікқызы", Localized(kk="Мемлекеттік инспектор",
                                                              ru="Государственный инспектор"))
REPRESENTATIVE = Official("Үсенов Нұрлан Һашимұлы", Localized(kk="Өндірістік бақылау қызметінің бастығы",
                                                              ru="Начальник службы производственного контроля"))
SUBJECT = SubjectOfControl("«Қарағанды Көмір Өңдеу» ЖШС / ТОО «Карагандинская угольная переработка»", "180540012345",
                           Localized(kk="Қарағанды қ., Бұқар жырау даңғылы, 47",
                                     ru="г. Караганда, пр. Бухар жырау, 47"))
FACILITY = Facility(Localized(kk="№ 2 байыту фабрикасы", ru="Обогатительная фабрика № 2"),
                    Localized(kk="Қарағанды қ., Өнеркәсіп көшесі, 12", ru="г. Караганда, ул. Промышленная, 12"),
                    Localized(kk="Қауіптіліктің II сыныбы", ru="II класс опасности"), "ҚӨО-09-000321")
VIOLATIONS = (
    Violation("1", "Көтергіш кранның жүк ілгішінде сақтандырғыш құлыбы жоқ (№ 3 цех).",
              "ҚР ТЖМ 2014 жылғы 30 желтоқсандағы № 359 бұйрығымен бекітілген Қағидалардың 156-тармағы",
              date(2026, 12, 22), "№ 3 цех, көпір краны ККТ-10"),
    Violation("2", "Жұмыскерлер өнеркәсіптік қауіпсіздік бойынша мерзімді білім тексеруінен өтпеген.",
              "«Азаматтық қорғау туралы» ҚР Заңының 16-бабы 2-тармағының 9) тармақшасы", date(2027, 1, 15)),
)


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def evidence(count: int) -> tuple[Evidence, ...]:
    start = datetime(2026, 11, 22, 9, 30, 0)
    items = []
    for n in range(count):
        begin = start + timedelta(minutes=20 * n)
        stills = (Still(begin + timedelta(minutes=4), "Ілгіште құлып жоқ", sha(f"still-{n}")),
                  Still(begin + timedelta(minutes=9), "Өкілдің түсініктемесі")) if n % 3 == 0 else ()
        end = begin + timedelta(minutes=19, seconds=58)
        items.append(Evidence(f"ВР-0042_20261122_{n:04d}.MP4", "ВР-0042", begin, end, sha(f"recording-{n}"), stills))
    return tuple(items)


def act(evidence_count: int = 3, **changes) -> ActContent:
    values = dict(
        number="12/2026", drawn_up_at=datetime(2026, 11, 22, 16, 30), place=Localized(kk="Қарағанды қ.",
                                                                                      ru="г. Караганда"),
        authority=AUTHORITY, basis=Appointment("88", date(2026, 11, 16), "2611202600123", date(2026, 11, 17)),
        control_kind="unscheduled_inspection", inspectors=(LEAD, SECOND), subject=SUBJECT,
        period_from=date(2026, 11, 18), period_to=date(2026, 11, 22), facility=FACILITY,
        representative=REPRESENTATIVE,
        findings="Тексеру барысында № 2 байыту фабрикасының жүк көтергіш механизмдері мен персоналдың "
                 "даярлығы қаралды. Құжаттар ұсынылды, өндірістік бақылау журналы жүргізіледі.",
        violations=VIOLATIONS, evidence=evidence(evidence_count),
        acknowledgement=Acknowledged(REPRESENTATIVE, date(2026, 11, 22)),
        footer="Құжаттың SHA-256 / SHA-256 документа: " + sha("issued-act") + " · Ed25519",
    )
    values.update(changes)
    return ActContent(**values)


def prescription(**changes) -> PrescriptionContent:
    values = dict(
        number="7/2026", issued_on=date(2026, 11, 22), authority=AUTHORITY, subject=SUBJECT, act_number="12/2026",
        act_date=date(2026, 11, 22), violations=VIOLATIONS, inspectors=(LEAD, SECOND),
        place=Localized(kk="Қарағанды қ.", ru="г. Караганда"), facility=FACILITY,
        receipt=Refused(LEAD, date(2026, 11, 22), REPRESENTATIVE, "Бас тарту бейнежазбаға түсірілді."),
    )
    values.update(changes)
    return PrescriptionContent(**values)
