"""The content model: every story, guide, archetype, FAQ entry, resource and
ladder of the site, loaded from `docs/` and validated once per build.

`load_catalogue(docs_dir)` is the only entry point. It reads:

- `data/topics.yml`, `data/sources.yml`, `data/book.yml`, `data/resources.yml`,
  `data/levels.yml`, `data/frameworks.yml` and `data/ladders/*.yml` (each ladder
  is rendered on `ladders/<id>.md`);
- `data/faq.yml`, the FAQ page's groups and questions in reading order;
- the front matter of `archetypes/*.md`, `stories/*.md`, `guides/*.md` and
  `beyond/*.md` (each folder's `index.md` is a hub page and is skipped);
- every file below `docs/`, for what untrusted contributions may not contain
  (`macros.safety`: links to outside files, active content in pages).

It collects every problem it finds before raising one `ContentError`, so a
contributor sees all of them at once. Nothing here depends on MkDocs.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel, ValidationError

from macros.models import (
    ARCHETYPE_IDS,
    SLUG_PATTERN,
    Archetype,
    BookFile,
    FaqEntry,
    FaqOrderFile,
    FrameworksFile,
    Guide,
    Ladder,
    LadderCell,
    LadderDimension,
    LadderLevel,
    LadderSource,
    LevelsFile,
    Part,
    ResourcesFile,
    SelfCheckFile,
    Story,
    TopicGroup,
    TopicsFile,
    Vocabulary,
    Work,
    suggest,
)
from macros.problems import ContentError, Problem, display_path, format_field, from_validation_error, line_of
from macros.reader import Document, read_markdown, read_yaml
from macros.safety import check_markdown, check_tree, is_hub
from macros.self_check import unreachable

M = TypeVar("M", bound=BaseModel)

#: Content folders below docs/ and the model of their pages' front matter.
CONTENT_FOLDERS: dict[str, type[BaseModel]] = {
    "archetypes": Archetype,
    "stories": Story,
    "guides": Guide,
    "beyond": Guide,
}

#: Sections every story profile has, in this order (see CONTRIBUTING.md).
STORY_SECTIONS = ("the-role", "path-to-staff", "how-they-work", "lessons")


@dataclass(frozen=True)
class Page(Generic[M]):
    """A validated content page: its front matter model plus what the build derives."""

    src: str  # path below docs/, e.g. "stories/dan-na.md"
    slug: str
    meta: M
    headings: dict[str, str]

    @property
    def title(self) -> str:
        return getattr(self.meta, "title", None) or self.meta.name


@dataclass(frozen=True)
class FaqItem:
    """A FAQ entry and the page (and section) that answers it at length."""

    entry: FaqEntry
    page: Page
    section: str | None  # heading text of entry.anchor


@dataclass(frozen=True)
class FaqGroup:
    """One group of the FAQ page: a topic group and its questions in reading
    order (from `data/faq.yml`)."""

    group: TopicGroup
    items: list[FaqItem]


@dataclass(frozen=True)
class BookPart:
    part: Part
    chapters: list[Page[Guide]]


@dataclass(frozen=True)
class LadderRow:
    """One dimension of one ladder: what a guide or an archetype page links to."""

    ladder_id: str
    ladder: Ladder
    dimension: LadderDimension

    @property
    def page(self) -> str:
        return ladder_page(self.ladder_id)

    def cells(self) -> list[tuple[LadderLevel, LadderCell]]:
        """The row's cells, track by track, lowest level first."""
        return [
            (level, level.cells[self.dimension.id])
            for track in self.ladder.tracks
            for level in self.ladder.track_levels(track)
        ]


@dataclass(frozen=True)
class LadderCellRef:
    """One cell of one ladder, with where it is: what a story page links to."""

    ladder_id: str
    ladder: Ladder
    level: LadderLevel
    dimension: LadderDimension
    cell: LadderCell

    @property
    def page(self) -> str:
        return ladder_page(self.ladder_id)

    @property
    def anchor(self) -> str:
        return cell_anchor(self.level, self.dimension)


def ladder_page(ladder_id: str) -> str:
    """The page (below docs/) that renders the ladder `data/ladders/<ladder_id>.yml`."""
    return f"ladders/{ladder_id}.md"


def cell_anchor(level: LadderLevel, dimension: LadderDimension) -> str:
    """The id of a ladder cell on its ladder's page."""
    return f"{level.id}-{dimension.id}"


def adjacent_pairs(ladder: Ladder) -> list[tuple[LadderLevel, LadderLevel]]:
    """Each level with the next one up on its track, track by track."""
    pairs = []
    for track in ladder.tracks:
        levels = ladder.track_levels(track)
        pairs += list(itertools.pairwise(levels))
    return pairs


def cross_track_pairs(ladder: Ladder) -> list[tuple[LadderLevel, LadderLevel]]:
    """Each level with the levels on the other track it is usually compared with."""
    return [(level, ladder.level(other)) for level in ladder.levels for other in level.compared_with]


@dataclass
class Catalogue:
    """All content of the site, validated, with the lookups macros need."""

    topics: TopicsFile
    works: dict[str, Work]
    archetypes: dict[str, Page[Archetype]]
    stories: dict[str, Page[Story]]
    guides: dict[str, Page[Guide]]
    beyond: dict[str, Page[Guide]]
    parts: list[BookPart]
    reading_path: list[Page[Guide]]
    faq: list[FaqItem]  # in the FAQ page's reading order (data/faq.yml)
    resources: ResourcesFile
    ladders: dict[str, Ladder]
    levels: LevelsFile
    frameworks: FrameworksFile
    faq_groups: list[FaqGroup] = field(default_factory=list)
    self_check: SelfCheckFile | None = None  # data/self-check.yml, when the self-check page exists
    _pages: dict[str, Page] = field(default_factory=dict, repr=False)

    _memo: dict = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for group in (self.archetypes, self.stories, self.guides, self.beyond):
            self._pages.update({page.src: page for page in group.values()})

    def _index(self, name: str, build: Callable[[], object]):
        """An index over the whole catalogue, built on first use and kept: a
        page looks things up instead of scanning every story (which would make
        a build quadratic in the number of pages)."""
        if name not in self._memo:
            self._memo[name] = build()
        return self._memo[name]

    def _stories_by_topic(self) -> dict[str, list[Page[Story]]]:
        def build() -> dict[str, list[Page[Story]]]:
            index: dict[str, list[Page[Story]]] = {}
            for story in sorted(self.stories.values(), key=_by_title):
                for topic in story.meta.topics:
                    index.setdefault(topic, []).append(story)
            return index

        return self._index("stories_by_topic", build)

    def _all_guides(self) -> list[Page[Guide]]:
        return self._index("all_guides", lambda: [*self.book_order, *self.beyond.values()])

    # Lookups used by the macros -------------------------------------------

    def page(self, src: str) -> Page | None:
        """The content page at `src` (path below docs/), or None for hub pages."""
        return self._pages.get(src)

    @property
    def book_order(self) -> list[Page[Guide]]:
        """Every book chapter's guide, in reading order."""
        return self._index("book_order", lambda: [chapter for part in self.parts for chapter in part.chapters])

    def stories_for(self, archetype: str, source: str = "book") -> list[Page[Story]]:
        """Stories placed in `archetype`, sorted by name: by the book's lists
        (`source="book"`, the default) or in the person's own words (`"self"`)."""

        def build() -> dict[tuple[str, str], list[Page[Story]]]:
            index: dict[tuple[str, str], list[Page[Story]]] = {}
            for story in sorted(self.stories.values(), key=_by_title):
                for placed in story.meta.archetypes:
                    index.setdefault((placed, story.meta.archetype_source), []).append(story)
            return index

        return list(self._index("stories_by_archetype", build).get((archetype, source), []))

    def related_stories(self, story: Page[Story], archetype: str, limit: int = 5) -> list[Page[Story]]:
        """Up to `limit` other stories placed in `archetype` (by the book, then
        self-described), those sharing most topics with `story` first, then by name."""
        shared: dict[str, int] = {}
        for topic in story.meta.topics:
            for other in self._stories_by_topic().get(topic, []):
                shared[other.slug] = shared.get(other.slug, 0) + 1
        placed = [s for s in self.stories_for(archetype) + self.stories_for(archetype, "self") if s is not story]
        ranked = sorted(enumerate(placed), key=lambda item: (-shared.get(item[1].slug, 0), item[0]))
        return [other for _, other in ranked[:limit]]

    def unassigned_stories(self) -> list[Page[Story]]:
        """Stories placed in no archetype, by the book or by the person."""
        return sorted((s for s in self.stories.values() if not s.meta.archetypes), key=_by_title)

    def stories_from(self, origin: str) -> list[Page[Story]]:
        """Stories whose interview is in the book (`"book"`) or only on staffeng.com (`"staffeng"`)."""
        return sorted((s for s in self.stories.values() if s.meta.origin == origin), key=_by_title)

    def stories_illustrating(self, guide: Page[Guide]) -> list[Page[Story]]:
        """Stories related to a guide (see `related`): those it names first, in its order."""
        named = [self.stories[slug] for slug in guide.meta.stories]
        others = [s for s in self._stories_by_topic().get(guide.meta.topics[0], []) if s not in named]
        return named + others

    def guides_for_story(self, story: Page[Story]) -> list[Page[Guide]]:
        """Guides related to a story (see `related`), book chapters in order, then beyond the book."""

        def build() -> tuple[dict[str, list[int]], dict[str, list[int]], list[Page[Guide]]]:
            order = self._all_guides()
            by_topic: dict[str, list[int]] = {}
            naming: dict[str, list[int]] = {}
            for position, guide in enumerate(order):
                by_topic.setdefault(guide.meta.topics[0], []).append(position)
                for slug in guide.meta.stories:
                    naming.setdefault(slug, []).append(position)
            return by_topic, naming, order

        by_topic, naming, order = self._index("guides_by_relation", build)
        positions = set(naming.get(story.slug, []))
        for topic in story.meta.topics:
            positions.update(by_topic.get(topic, []))
        return [order[position] for position in sorted(positions)]

    def tagged(self, topic: str) -> tuple[list[Page[Guide]], list[Page[Story]], list[FaqItem]]:
        """The guides (book order, then beyond), stories and FAQ items carrying `topic`."""
        guides = [g for g in [*self.book_order, *self.beyond.values()] if topic in g.meta.topics]
        stories = sorted((s for s in self.stories.values() if topic in s.meta.topics), key=_by_title)
        return guides, stories, [item for item in self.faq if item.entry.topic == topic]

    def faq_for(self, page: Page) -> list[FaqItem]:
        """The FAQ entries a page's front matter carries, in order."""

        def build() -> dict[str, list[FaqItem]]:
            index: dict[str, list[FaqItem]] = {}
            for item in self.faq:
                index.setdefault(item.page.src, []).append(item)
            return index

        return list(self._index("faq_by_page", build).get(page.src, []))

    def neighbours(self, guide: Page[Guide]) -> tuple[Page[Guide] | None, Page[Guide] | None]:
        """The chapters before and after `guide` in book order."""
        order = self.book_order
        positions = self._index("book_positions", lambda: {g.src: i for i, g in enumerate(order)})
        if guide.src not in positions:
            return None, None
        index = positions[guide.src]
        return (order[index - 1] if index else None, order[index + 1] if index + 1 < len(order) else None)

    def part_of(self, guide: Page[Guide]) -> BookPart | None:
        return next((part for part in self.parts if guide in part.chapters), None)

    def resources_for(self, guide: Page[Guide]) -> list:
        return [r for r in self.resources.resources if guide.slug in r.guides]

    def topic_label(self, topic: str) -> str:
        return self.topics.topics[topic].label

    # Ladders --------------------------------------------------------------

    def ladder_rows(self) -> list[LadderRow]:
        return [LadderRow(i, ladder, d) for i, ladder in self.ladders.items() for d in ladder.dimensions]

    def ladder_rows_for_guide(self, guide: Page[Guide]) -> list[LadderRow]:
        """The ladder dimensions that name `guide` as developing them."""
        return [row for row in self.ladder_rows() if guide.slug in row.dimension.guides]

    def ladder_rows_for_archetype(self, archetype: str) -> list[LadderRow]:
        """The ladder dimensions that matter most to `archetype`, its own rows first
        (those naming it alone), then the rows it shares with other archetypes."""
        rows = [row for row in self.ladder_rows() if archetype in row.dimension.archetypes]
        return sorted(rows, key=lambda row: len(row.dimension.archetypes) > 1)

    def ladder_cells_for_story(self, story: Page[Story]) -> list[LadderCellRef]:
        """The ladder cells a story illustrates or is cited by."""
        return [
            LadderCellRef(ladder_id, ladder, level, dimension, level.cells[dimension.id])
            for ladder_id, ladder in self.ladders.items()
            for level in ladder.levels
            for dimension in ladder.dimensions
            if story.slug in level.cells[dimension.id].stories
            or any(source.story == story.slug for source in level.cells[dimension.id].sources or [])
        ]

    def source_target(self, source: LadderSource) -> str | None:
        """The page (below docs/) a ladder source links to, or None for a work,
        an interview without a story page, or synthesis."""
        if source.chapter:
            return self.guides[source.chapter].src
        story = self.stories.get(source.story or source.interview or "")
        return story.src if story else None


def _by_title(page: Page) -> str:
    return page.title.lower()


def related(story: Page[Story], guide: Page[Guide]) -> bool:
    """A story relates to a guide when the guide names it, or when the story
    carries the guide's main (first) topic. The same rule links both ways."""
    return story.slug in guide.meta.stories or guide.meta.topics[0] in story.meta.topics


# Loading ---------------------------------------------------------------------


class _Loader:
    """Reads and validates the files of one docs folder, collecting problems."""

    def __init__(self, docs_dir: Path):
        self.docs_dir = docs_dir
        self.problems: list[Problem] = []
        self.vocabulary = Vocabulary(topics=(), works=())
        self.works: dict[str, Work] = {}
        # Slugs of every page file, valid or not: cross-references check against
        # these, so one broken page does not cascade into errors elsewhere.
        self.slugs: dict[str, set[str]] = {}
        # FAQ ids in every page's front matter, valid or not, for the same reason.
        self.faq_ids: set[str] = set()
        self.unreadable = False  # a page could not be read at all (its error is reported)

    def read(self, path: Path, reader: Callable[[Path], Document]) -> Document | None:
        if not path.is_file():
            self.problems.append(Problem(str(path), 1, "file", "missing"))
            return None
        try:
            return reader(path)
        except ContentError as error:
            self.problems.extend(error.problems)
            return None

    def validate(self, doc: Document, model: type[M], data: dict | None = None, prefix: tuple = ()) -> M | None:
        """Validate `data` (default: the whole document) against `model`.

        Placeholders left by the scaffold scripts are reported once per field,
        instead of the model's complaint about the placeholder's form.
        """
        data = doc.data if data is None else data
        placeholders = [(prefix + loc, text) for loc, text in _placeholders(data)]
        if not prefix:
            placeholders += [(("body",), line) for line in doc.body.splitlines() if PLACEHOLDER in line]
        for loc, text in placeholders:
            line = line_of(doc.lines, loc) if loc != ("body",) else doc.body_line(text)
            self.problems.append(Problem(doc.display, line, format_field(loc), f"still to fill in: '{text.strip()}'"))
        try:
            return None if placeholders else model.model_validate(data, context=self.vocabulary)
        except ValidationError as error:
            self.problems.extend(from_validation_error(error, model, doc.display, doc.lines, prefix))
            return None

    def data_file(self, name: str, model: type[M]) -> tuple[Document | None, M | None]:
        doc = self.read(self.docs_dir / "data" / name, read_yaml)
        return doc, (self.validate(doc, model) if doc else None)

    def problem(self, doc: Document, loc: tuple, message: str) -> None:
        self.problems.append(Problem(doc.display, line_of(doc.lines, loc), format_field(loc), message))

    def require_ref(self, doc: Document, loc: tuple, value: str, folders: tuple[str, ...], what: str) -> None:
        """Report `value` at `loc` unless it is the slug of a page file in one of `folders`."""
        known = tuple(sorted(set().union(*(self.slugs.get(folder, set()) for folder in folders))))
        if value not in known:
            self.problem(doc, loc, f"'{value}' is not {what}{suggest(value, known)}")

    def pages(self, folder: str, model: type[M]) -> dict[str, tuple[Document, Page[M]]]:
        """Validate every page of a content folder, keyed by slug (sorted)."""
        found: dict[str, tuple[Document, Page[M]]] = {}
        for path in sorted((self.docs_dir / folder).glob("*.md")):
            if is_hub(f"{folder}/{path.name}"):  # each folder's index.md, the self-check page
                continue
            slug = path.stem
            self.slugs.setdefault(folder, set()).add(slug)
            doc = self.read(path, read_markdown)
            if doc is None:
                self.unreadable = True  # its questions are unknown: don't report them as strangers
                continue
            self.faq_ids.update(
                item.get("id") for _, item in _items(doc.data.get("faq")) if isinstance(item.get("id"), str)
            )
            if not re.match(SLUG_PATTERN, slug):
                wanted = re.sub(r"[^a-z0-9]+", "-", slug.lower()).strip("-")
                self.problems.append(
                    Problem(doc.display, 1, "slug", f"file name '{slug}' is not a slug; rename it to '{wanted}.md'")
                )
                continue
            meta = self.validate(doc, model)
            if meta is not None:
                found[slug] = (doc, Page(f"{folder}/{path.name}", slug, meta, doc.headings))
        return found


#: Marks text a contributor still has to replace (the scaffold scripts write it).
PLACEHOLDER = "TODO"


def _placeholders(data: object, loc: tuple = ()) -> list[tuple[tuple, str]]:
    """Every string value below `data` that still contains the placeholder marker."""
    if isinstance(data, dict):
        return [found for key, value in data.items() for found in _placeholders(value, (*loc, key))]
    if isinstance(data, list):
        return [found for index, value in enumerate(data) for found in _placeholders(value, (*loc, index))]
    return [(loc, data)] if isinstance(data, str) and PLACEHOLDER in data else []


def load_catalogue(docs_dir: str | Path) -> Catalogue:
    """Load and validate all content below `docs_dir`.

    Returns the `Catalogue`. Raises `ContentError` listing every problem
    (`path:line: field: message`) when any file is missing, malformed, or refers
    to something that does not exist.
    """
    load = _Loader(Path(docs_dir))
    load.problems.extend(check_tree(load.docs_dir))
    _check_pages(load)
    _, topics = load.data_file("topics.yml", TopicsFile)
    sources_doc = load.read(load.docs_dir / "data" / "sources.yml", read_yaml)
    works = {}
    if sources_doc:
        for work_id in sources_doc.data:
            work = load.validate(sources_doc, Work, sources_doc.data[work_id], prefix=(work_id,))
            if work:
                works[work_id] = work
    if topics is None or sources_doc is None:
        raise ContentError(load.problems)
    load.works = works
    load.vocabulary = Vocabulary(topics=tuple(topics.topics), works=tuple(works))

    folders = {folder: load.pages(folder, model) for folder, model in CONTENT_FOLDERS.items()}
    book_doc, book = load.data_file("book.yml", BookFile)
    resources_doc, resources = load.data_file("resources.yml", ResourcesFile)
    levels_doc, levels = load.data_file("levels.yml", LevelsFile)
    frameworks_doc, frameworks = load.data_file("frameworks.yml", FrameworksFile)
    faq_order_doc, faq_order = load.data_file("faq.yml", FaqOrderFile)
    ladders = {}
    for path in sorted((load.docs_dir / "data" / "ladders").glob("*.yml")):
        load.slugs.setdefault("ladders", set()).add(path.stem)
        doc = load.read(path, read_yaml)
        if doc is None:
            continue
        ladder = load.validate(doc, Ladder)
        if _check_ladder(load, doc, path.stem) and ladder:
            ladders[path.stem] = ladder

    _check_archetypes(load, folders["archetypes"])
    _check_stories(load, folders["stories"])
    _check_guides(load, folders, book_doc, book)
    faq = _collect_faq(load, folders)
    faq_groups = _order_faq(load, faq_order_doc, faq_order, topics, faq) if faq_order_doc and faq_order else []
    if resources_doc and resources:
        for index, resource in enumerate(resources.resources):
            for position, slug in enumerate(resource.guides):
                load.require_ref(
                    resources_doc, ("resources", index, "guides", position), slug, ("guides", "beyond"), "a guide"
                )
    if levels_doc and levels:
        for index, company in enumerate(levels.companies):
            for position, slug in enumerate(company.stories):
                load.require_ref(levels_doc, ("companies", index, "stories", position), slug, ("stories",), "a story")
            for position, source in enumerate(company.sources):
                _check_source(load, levels_doc, ("companies", index, "sources", position), source)
    if frameworks_doc and frameworks:
        for index, framework in enumerate(frameworks.frameworks):
            for position, source in enumerate(framework.named_by):
                _check_source(load, frameworks_doc, ("frameworks", index, "named_by", position), source)
            if framework.ladder and framework.ladder not in load.slugs.get("ladders", set()):
                known = tuple(sorted(load.slugs.get("ladders", set())))
                load.problem(
                    frameworks_doc,
                    ("frameworks", index, "ladder"),
                    f"'{framework.ladder}' is not a ladder in data/ladders/{suggest(framework.ladder, known)}",
                )
    self_check = _load_self_check(load)
    if load.problems or None in (book, resources, levels, frameworks, faq_order):
        raise ContentError(load.problems)

    pages = {folder: {slug: page for slug, (_, page) in found.items()} for folder, found in folders.items()}
    guides = pages["guides"]
    return Catalogue(
        topics=topics,
        works=works,
        archetypes={archetype: pages["archetypes"][archetype] for archetype in ARCHETYPE_IDS},
        stories=pages["stories"],
        guides=guides,
        beyond=pages["beyond"],
        parts=[BookPart(part, [guides[slug] for slug in part.chapters]) for part in book.parts],
        reading_path=[guides[slug] for slug in book.reading_path],
        faq=[item for group in faq_groups for item in group.items],
        resources=resources,
        ladders=ladders,
        levels=levels,
        frameworks=frameworks,
        faq_groups=faq_groups,
        self_check=self_check,
    )


#: The self-check page and its data file, below docs/: the data is required when the page exists.
SELF_CHECK_PAGE = "archetypes/self-check.md"
SELF_CHECK_DATA = "self-check.yml"


def _load_self_check(load: _Loader) -> SelfCheckFile | None:
    """Validate `data/self-check.yml` (required when the self-check page exists):
    question ids are unique and every archetype can come out closest."""
    path = load.docs_dir / "data" / SELF_CHECK_DATA
    if not path.is_file() and not (load.docs_dir / SELF_CHECK_PAGE).is_file():
        return None
    doc, self_check = load.data_file(SELF_CHECK_DATA, SelfCheckFile)
    if doc is None or self_check is None:
        return None
    seen: dict[str, int] = {}
    for index, question in enumerate(self_check.questions):
        if question.id in seen:
            load.problem(
                doc,
                ("questions", index, "id"),
                f"duplicate id '{question.id}': already used by questions[{seen[question.id]}]",
            )
        seen.setdefault(question.id, index)
    for archetype in unreachable(self_check.questions):
        load.problem(
            doc,
            ("questions",),
            f"no combination of answers makes '{archetype}' the closest archetype; give it more weight in some answers",
        )
    return self_check


#: `check_markdown`, remembered for unchanged pages (`mkdocs serve` reloads the
#: catalogue after every save); its result is only ever read.
_checked_markdown = functools.lru_cache(maxsize=16384)(check_markdown)


def _check_pages(load: _Loader) -> None:
    """Every page's own Markdown is free of active content, and only hub pages
    are templates (see `macros.safety`)."""
    for path in sorted(load.docs_dir.rglob("*.md")):
        relative = path.relative_to(load.docs_dir).as_posix()
        if is_hub(relative) or relative.startswith("data/") or path.is_symlink():
            continue
        content_page = relative.split("/", 1)[0] in CONTENT_FOLDERS
        try:
            doc = read_markdown(path, require_front_matter=False)
        except ContentError as error:
            if not content_page:  # content pages report it where their folder is read
                load.problems.extend(error.problems)
            continue
        load.problems.extend(_checked_markdown(doc.display, doc.body, doc.body_start))
        if "render_macros" in doc.data and not content_page:
            load.problem(
                doc,
                ("render_macros",),
                "only the maintainers' hub pages (HUB_PAGES in macros/safety.py) are rendered as templates; "
                "remove render_macros",
            )


def _check_archetypes(load: _Loader, found: dict) -> None:
    for slug, (doc, _) in found.items():
        if slug not in ARCHETYPE_IDS:
            load.problems.append(
                Problem(
                    doc.display,
                    1,
                    "slug",
                    (
                        f"'{slug}' is not an archetype; allowed: {', '.join(ARCHETYPE_IDS)}"
                        f"{suggest(slug, ARCHETYPE_IDS)}"
                    ),
                )
            )
    for archetype in ARCHETYPE_IDS:
        if archetype not in found:
            path = load.docs_dir / "archetypes" / f"{archetype}.md"
            if path.exists():
                continue  # already reported as invalid
            load.problems.append(Problem(str(path), 1, "file", "missing: every archetype needs its page"))


def _check_stories(load: _Loader, found: dict) -> None:
    def url_slug(page: Page[Story]) -> str:
        return str(page.meta.staffeng_url).rstrip("/").rsplit("/", 1)[-1]

    # A slug belongs to the file of that name; another file claiming it is a duplicate.
    owners = {slug: doc.display for slug, (doc, page) in found.items() if url_slug(page) == slug}
    names: dict[str, str] = {}
    for slug, (doc, page) in found.items():
        story: Story = page.meta
        url = str(story.staffeng_url).rstrip("/")
        claimed = url_slug(page)
        if claimed != slug and claimed in owners:
            load.problem(doc, ("staffeng_url",), f"duplicate slug '{claimed}': already used by {owners[claimed]}")
        elif claimed != slug or not url.startswith("https://staffeng.com/stories/"):
            load.problem(
                doc, ("staffeng_url",), f"'{url}' must be https://staffeng.com/stories/{slug} (the file's slug)"
            )
        owner = names.setdefault(story.name, doc.display)
        if owner != doc.display:
            load.problem(doc, ("name",), f"duplicate: '{story.name}' already has a story, {owner}")
        missing = [section for section in STORY_SECTIONS if section not in page.headings]
        if missing:
            load.problems.append(
                Problem(
                    doc.display,
                    doc.body_start,
                    "sections",
                    (
                        f"missing {', '.join(missing)}; a story has the sections "
                        "## The role, ## Path to Staff, ## How they work, ## Lessons"
                    ),
                )
            )


#: A page saying it is not from the book (its sources must then not cite it).
NOT_FROM_THE_BOOK = re.compile(
    r"\bnot (?:in|from|part of|a chapter of) (?:the book|\*?Staff Engineer\b)", re.IGNORECASE
)


def _check_guides(load: _Loader, folders: dict, book_doc: Document | None, book: BookFile | None) -> None:
    stories = folders["stories"]
    books = {work_id for work_id, work in load.works.items() if work.kind == "book"}
    for folder in ("guides", "beyond"):
        for doc, page in folders[folder].values():
            for position, slug in enumerate(page.meta.stories):
                load.require_ref(doc, ("stories", position), slug, ("stories",), "a story")
                if slug in stories and not set(stories[slug][1].meta.topics) & set(page.meta.topics):
                    load.problem(
                        doc,
                        ("stories", position),
                        f"'{slug}' shares no topic with this page (topics: {', '.join(page.meta.topics)}); "
                        "add a topic they share to one of them, or remove the story",
                    )
            if NOT_FROM_THE_BOOK.search(doc.body):
                for position, ref in enumerate(page.meta.sources):
                    if ref.work in books and load.works[ref.work].title.startswith("Staff Engineer"):
                        load.problem(
                            doc,
                            ("sources", position, "work"),
                            f"'{ref.work}': the page says it is not from the book, yet cites it; "
                            "cite the work it does come from",
                        )
    if book_doc is None or book is None:
        return
    guides = load.slugs.get("guides", set())
    listed: dict[str, str] = {}
    for index, part in enumerate(book.parts):
        if not (load.docs_dir / part.page).is_file():
            load.problem(book_doc, ("parts", index, "page"), f"'{part.page}' does not exist below docs/")
        for position, slug in enumerate(part.chapters):
            if slug not in guides:
                load.problem(
                    book_doc,
                    ("parts", index, "chapters", position),
                    f"'{slug}' has no page docs/guides/{slug}.md{suggest(slug, tuple(sorted(guides)))}",
                )
            if slug in listed:
                load.problem(book_doc, ("parts", index, "chapters", position), f"'{slug}' is listed twice")
            listed[slug] = part.id
    for position, slug in enumerate(book.reading_path):
        load.require_ref(book_doc, ("reading_path", position), slug, ("guides",), "a guide")
    for slug, (doc, _) in folders["guides"].items():
        if slug not in listed:
            load.problems.append(
                Problem(
                    doc.display, 1, "slug", (f"guide '{slug}' is not in data/book.yml; add it to a part's chapters")
                )
            )


def _collect_faq(load: _Loader, folders: dict) -> list[tuple[FaqEntry, Page]]:
    entries: list[tuple[FaqEntry, Page]] = []
    owners: dict[str, str] = {}
    for found in folders.values():
        for doc, page in found.values():
            for index, entry in enumerate(page.meta.faq):
                owner = owners.setdefault(entry.id, doc.display)
                if owner != doc.display or any(e.id == entry.id for e, p in entries if p is page):
                    load.problem(
                        doc, ("faq", index, "id"), f"duplicate: FAQ id '{entry.id}' is already used by {owner}"
                    )
                if entry.anchor and entry.anchor not in page.headings:
                    load.problem(
                        doc,
                        ("faq", index, "anchor"),
                        (
                            f"'{entry.anchor}' is not a heading id on this page; "
                            f"headings: {', '.join(page.headings) or 'none'}"
                            f"{suggest(entry.anchor, tuple(page.headings))}"
                        ),
                    )
                entries.append((entry, page))
    return entries


def _order_faq(
    load: _Loader, doc: Document, order: FaqOrderFile, topics: TopicsFile, entries: list[tuple[FaqEntry, Page]]
) -> list[FaqGroup]:
    """Place every FAQ entry in the reading order of `data/faq.yml` (`doc`, `order`).

    Reports, at the line in `data/faq.yml`: a group that is not a topic group or
    is listed twice; a question id no page defines, listed twice, or listed
    under a group other than its topic's; and every entry of a page that the
    file does not list. Returns the groups in the file's order, each with its
    items (complete only when nothing was reported).
    """
    by_id: dict[str, tuple[FaqEntry, Page]] = {}
    for entry, page in entries:
        by_id.setdefault(entry.id, (entry, page))  # a second one is reported as a duplicate

    def group_of(question: str) -> str:
        return topics.topics[by_id[question][0].topic].group

    groups = {group.id: group for group in topics.groups}
    group_ids = tuple(groups)
    listed = {question for group in order.groups for question in group.questions}
    placed: dict[str, str] = {}
    seen_groups: dict[str, str] = {}
    result: list[FaqGroup] = []
    for index, group in enumerate(order.groups):
        known = group.id in groups and group.id not in seen_groups
        if group.id not in groups:
            load.problem(
                doc,
                ("groups", index, "id"),
                f"'{group.id}' is not a topic group of data/topics.yml; allowed: {', '.join(group_ids)}"
                f"{suggest(group.id, group_ids)}",
            )
        elif group.id in seen_groups:
            load.problem(
                doc,
                ("groups", index, "id"),
                f"duplicate: group '{group.id}' is already listed at {seen_groups[group.id]}",
            )
        seen_groups.setdefault(group.id, f"groups[{index}]")
        items: list[FaqItem] = []
        for position, question in enumerate(group.questions):
            loc = ("groups", index, "questions", position)
            if question not in by_id:
                if question in load.faq_ids or load.unreadable:
                    continue  # its page is invalid (or unreadable), and reported
                unlisted = tuple(q for q in by_id if q not in listed and (not known or group_of(q) == group.id))
                allowed = ", ".join(unlisted) if unlisted else "the id of a faq entry in a page's front matter"
                load.problem(
                    doc,
                    loc,
                    f"'{question}' is not the id of any page's FAQ entry; allowed: {allowed}"
                    f"{suggest(question, tuple(by_id))}",
                )
            elif question in placed:
                load.problem(doc, loc, f"duplicate: '{question}' is already listed at {placed[question]}")
            else:
                placed[question] = format_field(loc)
                entry, page = by_id[question]
                if known and group_of(question) != group.id:
                    load.problem(
                        doc,
                        loc,
                        f"'{question}' has topic '{entry.topic}', of group '{group_of(question)}'; "
                        f"allowed: only questions whose topic is in group '{group.id}'; move it to that group's list",
                    )
                items.append(FaqItem(entry, page, page.headings.get(entry.anchor or "")))
        if known:
            result.append(FaqGroup(groups[group.id], items))
    for question, (_, page) in by_id.items():
        if question in placed:
            continue
        group = group_of(question)
        index = next((i for i, listed_group in enumerate(order.groups) if listed_group.id == group), None)
        where = f"to the questions of group '{group}'" if index is not None else f"in a new group with id: {group}"
        load.problem(
            doc,
            ("groups", index, "questions") if index is not None else ("groups",),
            f"missing '{question}' (a faq entry of {display_path(load.docs_dir / page.src)}); "
            f"add it {where}, where a reader should meet it",
        )
    return result


def _check_source(load: _Loader, doc: Document, loc: tuple, source: object) -> None:
    """Report a ladder source (a model or its raw mapping) whose chapter or story does not exist."""
    chapter = getattr(source, "chapter", None) or (source.get("chapter") if isinstance(source, dict) else None)
    story = getattr(source, "story", None) or (source.get("story") if isinstance(source, dict) else None)
    if isinstance(chapter, str):
        load.require_ref(doc, (*loc, "chapter"), chapter, ("guides",), "a book chapter's guide")
    if isinstance(story, str):
        load.require_ref(doc, (*loc, "story"), story, ("stories",), "a story")
    interview = getattr(source, "interview", None) or (source.get("interview") if isinstance(source, dict) else None)
    if isinstance(interview, str) and interview in load.slugs.get("stories", set()):
        load.problem(doc, (*loc, "interview"), f"'{interview}' has a story page now; write story: {interview} instead")


def _items(value: object) -> list[tuple[int, dict]]:
    """The mappings of a list in raw YAML data, with their indexes."""
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)] if isinstance(value, list) else []


def _strings(value: object) -> list[tuple[int, str]]:
    return [(i, item) for i, item in enumerate(value) if isinstance(item, str)] if isinstance(value, list) else []


def _check_ladder(load: _Loader, doc: Document, ladder_id: str) -> bool:
    """Check what the model cannot see in one ladder file: unique ids, one cell
    per dimension on every level, levels numbered 1, 2, 3... on each track, and
    every level, guide, story and chapter it names. Works on the raw data, so
    these problems are reported alongside the model's own. Returns False when
    it found a problem."""
    before = len(load.problems)
    if not (load.docs_dir / ladder_page(ladder_id)).is_file():
        load.problems.append(
            Problem(doc.display, 1, "file", f"no page docs/{ladder_page(ladder_id)} renders this ladder; add one")
        )
    dimensions = _items(doc.data.get("dimensions"))
    levels = _items(doc.data.get("levels"))

    seen: dict[str, str] = {}
    for kind, items in (("dimensions", dimensions), ("levels", levels)):
        for index, item in items:
            item_id = item.get("id")
            if not isinstance(item_id, str):
                continue
            if item_id in seen:
                load.problem(doc, (kind, index, "id"), f"duplicate id '{item_id}': already used by {seen[item_id]}")
            else:
                seen[item_id] = f"{kind}[{index}]"

    tracks: dict[str, list[tuple[int, int]]] = {}
    for index, level in levels:
        if isinstance(level.get("track"), str) and type(level.get("order")) is int:
            tracks.setdefault(level["track"], []).append((level["order"], index))
    for track, orders in tracks.items():
        expected = 1
        for order, index in sorted(orders):
            if order != expected:
                wanted = "repeats" if order < expected else "leaves a gap"
                load.problem(
                    doc,
                    ("levels", index, "order"),
                    f"order {order} {wanted} on the {track} track; number its levels 1, 2, 3... (expected {expected})",
                )
            expected = order + 1

    dimension_ids = tuple(d["id"] for _, d in dimensions if isinstance(d.get("id"), str))
    for index, level in levels:
        loc = ("levels", index)
        others = tuple(
            other["id"]
            for _, other in levels
            if isinstance(other.get("id"), str) and other.get("track") != level.get("track")
        )
        for position, other in _strings(level.get("compared_with")):
            if other not in others:
                load.problem(
                    doc,
                    (*loc, "compared_with", position),
                    f"'{other}' is not a level on the other track; allowed: {', '.join(others) or 'none'}"
                    f"{suggest(other, others)}",
                )
        cells = level.get("cells")
        if not isinstance(cells, dict):
            continue
        for key in cells:
            if key not in dimension_ids:
                load.problem(
                    doc,
                    (*loc, "cells", key),
                    f"'{key}' is not a dimension of this ladder; allowed: {', '.join(dimension_ids)}"
                    f"{suggest(key, dimension_ids)}",
                )
        for dimension_id in dimension_ids:
            if dimension_id not in cells:
                load.problem(
                    doc,
                    (*loc, "cells"),
                    f"missing cell '{dimension_id}': add it, or mark it empty with {dimension_id}: {{empty: <why>}}",
                )
        for key, cell in cells.items():
            if not isinstance(cell, dict):
                continue
            for position, slug in _strings(cell.get("stories")):
                load.require_ref(doc, (*loc, "cells", key, "stories", position), slug, ("stories",), "a story")
            for position, source in _items(cell.get("sources")):
                _check_source(load, doc, (*loc, "cells", key, "sources", position), source)

    for index, dimension in dimensions:
        for position, slug in _strings(dimension.get("guides")):
            load.require_ref(doc, ("dimensions", index, "guides", position), slug, ("guides", "beyond"), "a guide")
    return len(load.problems) == before
