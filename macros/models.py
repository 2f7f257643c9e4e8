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
from typing import Annotated, ClassVar, Literal

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


def _question(value: str) -> str:
    if not value.endswith("?"):
        raise PydanticCustomError("question", "a question must end with '?'")
    return value


#: A reader's question (FAQ entries, the self-check): text ending with '?'.
Question = Annotated[str, AfterValidator(_question)]


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
    question: Question = Field(min_length=10, max_length=160)
    answer: str = Field(min_length=60, max_length=900, description="two to four sentences, our own words")
    anchor: str | None = Field(default=None, pattern=SLUG_PATTERN, description="heading id on this page")
    topic: TopicId


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

    name: str = Field(min_length=3, max_length=80)
    role: str = Field(min_length=3, max_length=120, description="title at the time of the interview")
    company: str = Field(min_length=2, max_length=80)
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

    title: str = Field(min_length=3, max_length=120)
    sources: list[SourceRef] = Field(min_length=1)
    stories: list[str] = Field(default=[], description="story slugs that illustrate this page")


class Archetype(ContentPage):
    """Front matter of `archetypes/<id>.md`."""

    title: str = Field(min_length=3, max_length=120)
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


#: A slug, validated per item so errors name the list index.
Slug = Annotated[str, Field(pattern=SLUG_PATTERN)]


class FaqGroupOrder(Strict):
    """One group of the FAQ page in `data/faq.yml`: a topic group and its
    questions (ids of `faq:` entries in pages' front matter) in reading order.
    That the ids exist, and each is listed once under its topic's group, is the
    catalogue's check (`macros.catalogue`)."""

    id: str = Field(pattern=SLUG_PATTERN, description="a topic group id from data/topics.yml")
    questions: list[Slug] = Field(min_length=1, description="FAQ ids, basics first")


class FaqOrderFile(Strict):
    """`data/faq.yml`: the FAQ page's groups and questions, in the order a reader meets them."""

    groups: list[FaqGroupOrder] = Field(min_length=1)


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


#: The two tracks of a dual-track career ladder.
TRACKS: tuple[str, ...] = ("individual-contributor", "management")

#: Labels of the three lists of a ladder cell, in reading order.
CELL_LISTS: tuple[str, ...] = ("expectations", "examples", "warning_signs")


class LadderSource(Strict):
    """Where a ladder cell's content comes from: exactly one of a book chapter
    (`chapter`, optionally a `section` of it), a source work (`work`, e.g. the
    ladder seed), a story page (`story`), a staffeng.com interview that has no
    story page yet (`interview` with `name`), or `synthesis` (the site's own
    reading of several sources, labeled as such on the page).

    `synthesis` may be written as a bare string: `sources: [synthesis]`.
    """

    chapter: str | None = Field(default=None, pattern=SLUG_PATTERN, description="slug of a book chapter's guide")
    section: str | None = Field(default=None, min_length=2, description="a section of that chapter")
    work: str | None = None
    title: str | None = Field(default=None, min_length=2, description="with work: the post or chapter title")
    story: str | None = Field(default=None, pattern=SLUG_PATTERN, description="slug of a story page")
    interview: str | None = Field(
        default=None, pattern=SLUG_PATTERN, description="slug of a staffeng.com interview without a story page"
    )
    name: str | None = Field(default=None, min_length=3, description="with interview: the person's name")
    synthesis: bool = False

    KINDS: ClassVar[tuple[str, ...]] = ("chapter", "work", "story", "interview", "synthesis")

    @model_validator(mode="before")
    @classmethod
    def _bare_synthesis(cls, data: object) -> object:
        if data == "synthesis":
            return {"synthesis": True}
        if isinstance(data, str):
            raise PydanticCustomError(
                "choice",
                "'{value}' is not a source; write synthesis, or a mapping with one of chapter, work, story, interview",
                {"value": data},
            )
        return data

    @field_validator("work")
    @classmethod
    def _known_work(cls, value: str | None, info: ValidationInfo) -> str | None:
        return None if value is None else require_choice(value, _vocabulary(info).works, "a source work")

    @model_validator(mode="after")
    def _exactly_one_kind(self) -> LadderSource:
        given = [kind for kind in self.KINDS if getattr(self, kind)]
        if len(given) != 1:
            raise PydanticCustomError(
                "source",
                "a source names exactly one of chapter, work, story, interview or synthesis; got {given}",
                {"given": ", ".join(given) or "none"},
            )
        for field, owner in (("section", "chapter"), ("title", "work"), ("name", "interview")):
            if getattr(self, field) is not None and not getattr(self, owner):
                raise PydanticCustomError("source", f"{field} goes with {owner} only")
        if self.interview and not self.name:
            raise PydanticCustomError("source", "an interview source needs the person's name")
        return self

    @property
    def kind(self) -> str:
        return next(kind for kind in self.KINDS if getattr(self, kind))


class LadderCell(Strict):
    """What one level expects along one dimension: three separate lists (any of
    them may be `[]`), the change from the level below, and where it comes from.
    A cell the sources say nothing about is kept with `empty: <why>` instead."""

    empty: str | None = Field(default=None, min_length=10, description="why this cell is intentionally empty")
    what_changes: str | None = Field(
        default=None, min_length=10, description="what is new compared with the level below"
    )
    expectations: list[str] | None = None
    examples: list[str] | None = None
    warning_signs: list[str] | None = None
    stories: list[str] = Field(default=[], description="story slugs that illustrate this cell")
    sources: list[LadderSource] | None = None

    @model_validator(mode="after")
    def _filled_or_empty(self) -> LadderCell:
        if self.empty is not None:
            extra = [name for name in ("what_changes", *CELL_LISTS, "sources") if getattr(self, name) is not None]
            if extra or self.stories:
                raise PydanticCustomError(
                    "empty",
                    "an empty cell holds only empty: <why>; remove {fields}",
                    {"fields": ", ".join(extra + (["stories"] if self.stories else []))},
                )
            return self
        missing = [name for name in CELL_LISTS if getattr(self, name) is None]
        if missing:
            raise PydanticCustomError(
                missing[0],
                "required (write [] when there is nothing to list), or mark the whole cell empty: <why>",
            )
        if not any(getattr(self, name) for name in CELL_LISTS):
            raise PydanticCustomError("cell", "all three lists are []; mark the cell empty: <why> instead")
        if not self.sources:
            raise PydanticCustomError(
                "sources",
                "a cell must name its source: a book chapter (chapter:), a work (work:), a story (story:), "
                "an interview (interview:) or synthesis",
            )
        return self

    @property
    def is_empty(self) -> bool:
        return self.empty is not None

    @property
    def filled_lists(self) -> tuple[str, ...]:
        """The names of the lists that hold at least one item, in reading order."""
        return tuple(name for name in CELL_LISTS if getattr(self, name))

    @property
    def is_synthesis(self) -> bool:
        return any(source.synthesis for source in self.sources or [])


class LadderLevel(Strict):
    id: str = Field(pattern=SLUG_PATTERN)
    title: str = Field(min_length=2)
    track: Literal["individual-contributor", "management"]
    order: int = Field(ge=1, description="position on its track, 1 for the first level")
    summary: str | None = Field(default=None, min_length=10)
    compared_with: list[str] = Field(
        default=[], description="ids of levels on the other track it is usually compared with"
    )
    cells: dict[str, LadderCell] = Field(description="one cell per dimension id")


class LadderDimension(Strict):
    id: str = Field(pattern=SLUG_PATTERN)
    title: str = Field(min_length=2)
    summary: str = Field(min_length=10)
    guides: list[str] = Field(default=[], description="slugs of guides that develop this dimension")
    archetypes: list[ArchetypeId] = Field(default=[], description="archetypes it matters most to")


class Ladder(Strict):
    """`data/ladders/<id>.yml`: a career ladder, rendered on `ladders/<id>.md`.

    Levels (on one or two tracks) cross dimensions; each level has one cell per
    dimension. The catalogue checks ids, order and cross-references."""

    title: str = Field(min_length=3, max_length=120)
    summary: str = Field(min_length=20)
    position: int = Field(default=99, ge=1, description="place on the ladders page, 1 first")
    sources: list[SourceRef] = Field(min_length=1, description="the works the ladder draws on")
    dimensions: list[LadderDimension] = Field(min_length=1)
    levels: list[LadderLevel] = Field(min_length=1)

    def track_levels(self, track: str) -> list[LadderLevel]:
        """The levels of one track, lowest first."""
        return sorted((level for level in self.levels if level.track == track), key=lambda level: level.order)

    @property
    def tracks(self) -> list[str]:
        return [track for track in TRACKS if any(level.track == track for level in self.levels)]

    def level(self, level_id: str) -> LadderLevel:
        return next(level for level in self.levels if level.id == level_id)

    @property
    def has_synthesis(self) -> bool:
        return any(cell.is_synthesis for level in self.levels for cell in level.cells.values())

    @property
    def has_empty_cells(self) -> bool:
        return any(cell.is_empty for level in self.levels for cell in level.cells.values())


class CompanyLevels(Strict):
    company: str
    levels: list[str] = Field(min_length=1, description="IC levels from Senior upward")
    note: str
    stories: list[str] = Field(default=[], description="slugs of the story pages that give these facts")
    sources: list[LadderSource] = Field(default=[], description="other sources, e.g. interviews without a page")


class LevelsFile(Strict):
    """`data/levels.yml`: how companies in the stories name their IC levels."""

    companies: list[CompanyLevels] = Field(min_length=1)


class Framework(Strict):
    """One public career framework (or collection of them) that a source names."""

    name: str = Field(min_length=3)
    company: str | None = Field(default=None, description="whose framework it is; none for a collection or guide")
    kind: Literal["ladder", "growth-framework", "collection", "guide"]
    covers: str = Field(min_length=20, description="what it covers, as far as the sources say")
    url: HttpUrl | None = Field(default=None, description="only where a source gives one")
    ladder: str | None = Field(default=None, description="id of the ladder in data/ladders/ that renders it here")
    named_by: list[LadderSource] = Field(min_length=1, description="the sources that name it")


class FrameworksFile(Strict):
    """`data/frameworks.yml`: the directory of public career frameworks the sources name."""

    frameworks: list[Framework] = Field(min_length=1)


#: The weight an answer may give an archetype in the self-check: how strongly it points there.
WEIGHT_RANGE: tuple[int, int] = (1, 3)


class SelfCheckAnswer(Strict):
    """One answer to a self-check question and the archetypes it points to.

    `weights` maps archetype ids to whole numbers from 1 to 3; an archetype an
    answer does not point to is left out.
    """

    text: str = Field(min_length=3, max_length=200)
    weights: dict[str, int] = Field(description="archetype id -> weight from 1 to 3")

    @field_validator("weights", mode="before")
    @classmethod
    def _known_weights(cls, value: object) -> object:
        low, high = WEIGHT_RANGE
        if not isinstance(value, dict) or not value:
            raise PydanticCustomError(
                "choice",
                "expected a mapping of archetype ids to weights (for example solver: 2); got {value}",
                {"value": repr(value)},
            )
        for key, weight in value.items():
            require_choice(str(key), ARCHETYPE_IDS, "an archetype")
            if type(weight) is not int or not low <= weight <= high:
                raise PydanticCustomError(
                    "choice",
                    "{key}: {weight} is not a weight; allowed: a whole number from {low} to {high}",
                    {"key": key, "weight": repr(weight), "low": low, "high": high},
                )
        return value


class SelfCheckQuestion(Strict):
    """One question of the archetype self-check, with two to five answers."""

    id: str = Field(pattern=SLUG_PATTERN, description="lowercase words joined by hyphens, unique in the file")
    question: Question = Field(min_length=10, max_length=200)
    answers: list[SelfCheckAnswer] = Field(min_length=2, max_length=5)


class SelfCheckFile(Strict):
    """`data/self-check.yml`: the archetype self-check on `archetypes/self-check.md`.

    `results` holds, for each archetype, the short reason the page gives when
    that archetype comes out closest; the catalogue checks that every archetype
    has one and can come out closest (`macros.self_check`)."""

    sources: list[SourceRef] = Field(min_length=1, description="the works the questions draw on")
    results: dict[str, str] = Field(description="archetype id -> why it came out closest, in one or two sentences")
    questions: list[SelfCheckQuestion] = Field(min_length=8, max_length=12)

    @field_validator("results")
    @classmethod
    def _one_per_archetype(cls, value: dict[str, str]) -> dict[str, str]:
        for key in value:
            require_choice(key, ARCHETYPE_IDS, "an archetype")
        missing = [archetype for archetype in ARCHETYPE_IDS if archetype not in value]
        if missing:
            raise PydanticCustomError("choice", "missing a reason for {missing}", {"missing": ", ".join(missing)})
        for key, text in value.items():
            if not 20 <= len(text) <= 300:
                raise PydanticCustomError(
                    "choice", "{key}: a reason is 20 to 300 characters; got {n}", {"key": key, "n": len(text)}
                )
        return value
