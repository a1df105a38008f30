"""The three classes of offence of French law (art. 111-1: crimes, délits, contraventions), as a text names them: a
time bar or a penalty set for one class is not another's (art. 133-2 to 133-4)."""
from __future__ import annotations

import re

from .glossary import fold

CLASS = re.compile(r"\b(crime|délit|delit|contravention)s?\b", re.I)


def classes(text: str) -> set[str]:
    return {fold(m.group(1)) for m in CLASS.finditer(text)}
