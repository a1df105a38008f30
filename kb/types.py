"""The small typed core shared by every stage."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Source:
    """One instrument of the registry (sources/*.toml)."""

    id: str
    id_prefix: str
    jurisdiction: str
    language: str
    title: str
    short_name: str
    citation: str
    aliases: tuple[str, ...]
    official_url: str
    corpus_path: str
    parser: str
    as_of: str
    status: str
    status_detail: str
    licence: str
    kind: str
    extra: dict = field(default_factory=dict)

    @property
    def is_law(self) -> bool:
        return not self.status.startswith("bill")


@dataclass
class Provision:
    """A unit people cite: an article, recital, section, schedule paragraph or one of their sub-divisions.

    `text` is verbatim: the words of the source with markup removed. A child's text is a substring of its
    parent's, so a quote verified against a child is also verbatim in the parent.
    """

    id: str
    parent: str | None
    source: str
    jurisdiction: str
    instrument: str
    kind: str
    number: str
    heading: str
    path: list[str]
    text: str
    language: str
    url: str
    as_of: str
    status: str
    citation: str = ""
    pinpoint: list[str] = field(default_factory=list)
    note: str = ""

    def to_dict(self) -> dict:
        return asdict(self)

    def divisions_shared(self, other: "Provision") -> int:
        """How many divisions (livre, titre, chapitre …) the two provisions' paths share from the top."""
        n = 0
        for x, y in zip(self.path, other.path):
            if x != y:
                break
            n += 1
        return n


@dataclass
class Chunk:
    id: str
    provision_id: str
    pinpoint_id: str
    source: str
    jurisdiction: str
    language: str
    text: str
    header: str

    @property
    def embed_text(self) -> str:
        return f"{self.header}\n{self.text}"


@dataclass
class Hit:
    """One search result: a provision, with the fused score and the chunk that matched best."""

    provision: Provision
    score: float
    chunk_text: str = ""
    ranks: dict = field(default_factory=dict)
