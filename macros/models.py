"""Pydantic models of the site's content: what each kind of page's front matter
and each data file may contain.

The models validate one document at a time. Vocabularies that live in data
files (topics, source works) are passed in through the validation context
(`Vocabulary`); cross-document checks (unique ids, links between pages) are the
catalogue's job (`macros.catalogue`).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    HttpUrl,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

#: The closed set of Staff archetypes, in the book's order.
ARCHETYPE_IDS: tuple[str, ...] = ("tech-lead", "architect", "solver", "right-hand")

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

#: Front matter keys that MkDocs or Material read and any page may carry.
THEME_KEYS = ("hide", "search", "status", "icon", "template")


@dataclass(frozen=True)
class Vocabulary:
    """The allowed values that come from data files, passed as validation context."""

    topics: tuple[str, ...]
    works: tuple[str, ...]


def suggest(value: object, allowed: tuple[str, ...] | list[str]) -> str:
    """Return ` (did you mean 'x'?)` for the allowed value closest to `value`, or ''."""
    if not isinstance(value, str):
        return ""
    close = difflib.get_close_matches(value.lower(), list(allowed), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def require_choice(value: str, allowed: tuple[str, ...], what: str) -> str:
    """Return `value` if it is one of `allowed`; otherwise raise a pydantic error
    whose message names the value, what is allowed and the closest match."""
    if value not in allowed:
        raise PydanticCustomError(
            "choice",
            "'{value}' is not {what}; allowed: {allowed}{hint}",
            {"value": value, "what": what, "allowed": ", ".join(allowed), "hint": suggest(value, allowed)},
        )
    return value


def _vocabulary(info: ValidationInfo) -> Vocabulary:
    if not isinstance(info.context, Vocabulary):
        raise TypeError("validate content models with context=Vocabulary(...)")
    return info.context


def _topic(value: str, info: ValidationInfo) -> str:
    return require_choice(value, _vocabulary(info).topics, "a topic")


def _archetype(value: str) -> str:
    return require_choice(value, ARCHETYPE_IDS, "an archetype")


#: A topic id from data/topics.yml (validated per item, so errors name the index).
TopicId = Annotated[str, AfterValidator(_topic)]
ArchetypeId = Annotated[str, AfterValidator(_archetype)]


#: Characters no front-matter or data value may hold: markup delimiters, control
#: characters and the bidirectional overrides that make text read differently
#: from how it is stored.
UNSAFE_TEXT = re.compile(r"[<>\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def _unsafe_text(value: object, where: str = "") -> str | None:
    """The first disallowed character in `value` (a string, or strings nested in
    lists and mappings) as a message, or None when every string is plain text."""
    if isinstance(value, str):
        match = UNSAFE_TEXT.search(value)
        if not match:
            return None
        char = match.group()
        shown = f"'{char}'" if char in "<>" else f"U+{ord(char):04X}"
        excerpt = value if len(value) <= 60 else value[:57] + "..."
        return (
            f"{where}{shown} is not allowed in {excerpt!r}: values are plain text "
            "(no markup with < or >, no control characters)"
        )
    if isinstance(value, (list, tuple)):
        return next((m for i, v in enumerate(value) if (m := _unsafe_text(v, f"{where}[{i}]: "))), None)
    if isinstance(value, dict):
        return next((m for k, v in value.items() if (m := _unsafe_text(v, f"{where}{k}: "))), None)
    return None


class Strict(BaseModel):
    """Base for every model: unknown keys are errors, strings are trimmed, and
    every string value is plain text (no markup or control characters)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    @field_validator("*", mode="after")
    @classmethod
    def _plain_text(cls, value: object) -> object:
        message = _unsafe_text(value)
        if message:
            raise PydanticCustomError("plain_text", message)
        return value


class FaqEntry(Strict):
    """One question answered by the page whose front matter carries it."""

    id: str = Field(pattern=SLUG_PATTERN, description="stable anchor on the FAQ page")
    question: str = Field(min_length=10, max_length=160)
    answer: str = Field(min_length=60, max_length=900, description="two to four sentences, our own words")
    anchor: str | None = Field(default=None, pattern=SLUG_PATTERN, description="heading id on this page")
    topic: TopicId

    @field_validator("question")
    @classmethod
    def _is_question(cls, value: str) -> str:
        if not value.endswith("?"):
            raise PydanticCustomError("question", "a question must end with '?'")
        return value


class SourceRef(Strict):
    """Where a page's facts come from: a work from `data/sources.yml`, the chapter
    or post within it, and its public URL where one exists."""

    work: str
    title: str | None = Field(default=None, description="chapter or post title")
    url: HttpUrl | None = None

    @field_validator("work")
    @classmethod
    def _known_work(cls, value: str, info: ValidationInfo) -> str:
        return require_choice(value, _vocabulary(info).works, "a source work")


class ContentPage(Strict):
    """Fields every content page (story, guide, archetype) shares."""

    description: str = Field(
        min_length=20,
        max_length=200,
        pattern=r'^[^"<>]*$',
        description='one sentence for search engines, without " < >',
    )
    topics: list[TopicId] = Field(min_length=1)
    faq: list[FaqEntry] = []
    hide: list[str] = []
    search: dict = {}


class Story(ContentPage):
    """Front matter of `stories/<slug>.md`: a profile of one interviewee."""

    name: str = Field(min_length=3)
    role: str = Field(min_length=3, description="title at the time of the interview")
    company: str = Field(min_length=2)
    interviewed: str = Field(
        pattern=r"^(19|20)\d\d-(0[1-9]|1[0-2])$", description="YYYY-MM, the month the interview was published"
    )
    archetypes: list[ArchetypeId] = Field(description="archetype ids; [] when the book assigns none")
    archetype_source: Literal["book", "self"] | None = Field(
        default=None, description="book = the book's lists; self = the person's own words"
    )
    staffeng_url: HttpUrl
    origin: Literal["book", "staffeng"] = Field(
        description="book = one of the fourteen interviews in Staff Engineer; staffeng = published on staffeng.com only"
    )

    @field_validator("archetypes")
    @classmethod
    def _no_repeats(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise PydanticCustomError("duplicate", "an archetype is listed twice")
        return value

    @model_validator(mode="after")
    def _source_given_with_archetypes(self) -> Story:
        if self.archetypes and self.archetype_source is None:
            raise PydanticCustomError(
                "archetype_source", "archetype_source: required when archetypes is not empty; allowed: book, self"
            )
        if not self.archetypes and self.archetype_source is not None:
            raise PydanticCustomError("archetype_source", "archetype_source: must be left out when archetypes is empty")
        if self.archetype_source == "book" and self.origin != "book":
            raise PydanticCustomError(
                "archetype_source",
                "archetype_source: the book's lists only cover its own fourteen interviews; "
                "use 'self' where the person places themselves in an archetype",
            )
        return self


class Guide(ContentPage):
    """Front matter of `guides/<slug>.md` (a book chapter) and `beyond/<slug>.md`
    (a page drawn from the other sources)."""

    title: str = Field(min_length=3)
    sources: list[SourceRef] = Field(min_length=1)
    stories: list[str] = Field(default=[], description="story slugs that illustrate this page")


class Archetype(ContentPage):
    """Front matter of `archetypes/<id>.md`."""

    title: str = Field(min_length=3)
    summary: str = Field(min_length=20, max_length=300, description="shown on the home page card")
    sources: list[SourceRef] = Field(min_length=1)


class Topic(Strict):
    label: str
    group: str


class TopicGroup(Strict):
    id: str = Field(pattern=SLUG_PATTERN)
    label: str


class TopicsFile(Strict):
    """`data/topics.yml`: the controlled vocabulary of topics and their groups."""

    groups: list[TopicGroup] = Field(min_length=1)
    topics: dict[str, Topic] = Field(min_length=1)

    @model_validator(mode="after")
    def _groups_exist(self) -> TopicsFile:
        group_ids = tuple(group.id for group in self.groups)
        for topic in self.topics.values():
            require_choice(topic.group, group_ids, "a topic group")
        return self


class Work(Strict):
    """One entry of `data/sources.yml`."""

    title: str
    author: str | None = None
    year: int | None = None
    kind: Literal["book", "post", "blog", "essay", "notes"]
    url: HttpUrl | None = None


class Part(Strict):
    """One part of the book in `data/book.yml`."""

    id: str = Field(pattern=SLUG_PATTERN)
    title: str
    page: str = Field(pattern=r"^[a-z0-9/-]+\.md$", description="the part's introduction page")
    chapters: list[str] = Field(min_length=1)


class BookFile(Strict):
    """`data/book.yml`: the book's parts and chapters in reading order."""

    parts: list[Part] = Field(min_length=1)
    reading_path: list[str] = []


class Resource(Strict):
    """One entry of `data/resources.yml`: a book, article, talk or paper."""

    title: str
    author: str | None = None
    kind: Literal["book", "article", "talk", "paper", "community", "series", "collection", "ladder"]
    topic: TopicId
    url: HttpUrl | None = Field(default=None, description="only where a source gives one")
    guides: list[str] = Field(default=[], description="guide slugs this resource supports")
    named_in: list[Annotated[str, Field(pattern=r"^(book|story|post):[a-z0-9]+(-[a-z0-9]+)*$")]] = Field(
        default=[], description="where the sources name it: book:<chapter slug>, story:<slug> or post:<id>"
    )


class ResourcesFile(Strict):
    resources: list[Resource] = Field(min_length=1)


class LadderDimension(Strict):
    id: str = Field(pattern=SLUG_PATTERN)
    title: str
    summary: str
    responsibilities: list[str] = Field(min_length=1)
    examples: list[str] = []
    anti_patterns: list[str] = []


class Ladder(Strict):
    """`data/ladders/<id>.yml`: one career ladder's expectations at one level."""

    title: str
    level: str
    track: str
    summary: str
    sources: list[SourceRef] = Field(min_length=1)
    dimensions: list[LadderDimension] = Field(min_length=1)


class CompanyLevels(Strict):
    company: str
    levels: list[str] = Field(min_length=1, description="IC levels from Senior upward")
    note: str
    stories: list[str] = []


class LevelsFile(Strict):
    """`data/levels.yml`: how companies in the stories name their IC levels."""

    companies: list[CompanyLevels] = Field(min_length=1)
