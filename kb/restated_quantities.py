"""Whether the quantities a sentence gives are those of the unit it restates (kb/restates.py): "… pour une durée de
40 à 210 heures" restates art. 131-8's words but not its "vingt à quatre cents heures"."""
from __future__ import annotations

from .quantities import HOURS, HOURS_FROM, MONEY_AFTER, MONEY_BEFORE, PERCENT, extract
from .units import short


QUANTITY_FIELDS = (("hours", "hours"), ("percents", "%"), ("money", ""))


def differs(claim: str, unit: str, provision: str) -> tuple[str, str] | str | None:
    """Whether a quantity the sentence gives (hours, a percentage, an amount) is not the unit's: ("40, 210 hours",
    "20, 400 hours") when the unit gives that kind of quantity otherwise, "absent" when the provision gives none of
    that kind, None when each is the unit's."""
    said, stated, whole = extract(claim), extract(unit), extract(provision)
    for field, name in QUANTITY_FIELDS:
        given, own = getattr(said, field), getattr(stated, field)
        if not given or given <= getattr(whole, field):
            continue
        if not own:
            return "absent"

        def shown(values) -> str:
            return ", ".join(f"{v[0]:g} {v[1]}" if isinstance(v, tuple) else f"{v:g}" for v in sorted(values)) + (
                f" {name}" if name and name != "%" else name)
        return shown(given), shown(own)
    return None


def around(unit: str, width: int = 70) -> str:
    """The unit's words around the first quantity it states, whole words, marked as cut where they are."""
    m = next((m for rx in (HOURS_FROM, HOURS, PERCENT, MONEY_AFTER, MONEY_BEFORE) for m in [rx.search(unit)] if m), None)
    if m is None:
        return short(unit, 160)
    a, b = max(0, m.start() - width), min(len(unit), m.end() + width)
    a = unit.rfind(" ", 0, a) + 1 if a else 0
    b = unit.find(" ", b) if b < len(unit) and unit.find(" ", b) != -1 else len(unit)
    return ("… " if a else "") + unit[a:b].strip() + (" …" if b < len(unit) else "")
