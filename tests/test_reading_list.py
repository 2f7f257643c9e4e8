"""The reading list is data, complete, and rendered in full (issue 9).

`EXPECTED` is the reading list as the sources give it: for each place a source
names resources, the titles it names. It was compiled by reading the book's
chapters, appendix and fourteen interviews, the eleven staffeng.com-only
interviews, and the posts and notes, and it is the reference the data file
`docs/data/resources.yml` is checked against, in both directions: every title
here is an entry, every entry is here, and each entry's `named_in` lists exactly
the places below that name it. To add a resource, add it to both.

`EXCLUDED` records things the sources mention that are deliberately not on the
list (people without a work, products, allusions, definitions of concepts,
internal documents), so that the judgment is visible and cannot drift.
"""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from conftest import ROOT
from macros.catalogue import load_catalogue
from macros.models import Resource, Vocabulary

#: Post ids used in `named_in: [post:<id>]`, with the post's title as the sources print it.
POSTS: dict[str, str] = {
    # Seed 001: Will Larson's blog, Irrational Exuberance (2025)
    "good-engineering-management-is-a-fad": '"Good engineering management" is a fad',
    "crafting-engineering-strategy": "Crafting Engineering Strategy!",
    # Two long titles are shortened here and on the reading list page.
    "notion-agent": "An agent to use Notion docs as prompts",
    "notion-zapier": "Commenting on Notion docs via OpenAI and Zapier.",
    "orchestration-to-leadership": "Orchestration-heavy to leadership-heavy management",
    "advancing-the-industry": "Advancing the industry, part two.",
    # Seed 003: twelve playbook posts (the seven below are used here or name a resource)
    "leadership-that-scales": "Engineering Leadership That Scales",
    "human-side-of-engineering-leadership": "The Human Side of Engineering Leadership",
    "bard-playbook": "Inside Bard's Playbook",
    "modern-entrepreneurship": "Master Modern Entrepreneurship",
    "plg-playbook": "The New PLG Playbook",
    "product-wedge": "How to Find Your Product Wedge",
    "replit-playbook": "The Secret Lever Behind Replit's Hypergrowth",
    # Seed 004
    "career-track-staff": "Career track staff",
}

#: The eleven interviews published on staffeng.com but not in the book (no story page here).
STAFFENG_ONLY = (
    "aaron-suggs",
    "adam-bender",
    "alex-kessinger",
    "duretti-hirpa",
    "greg-wittel",
    "john-zittlau",
    "mikhail-chernykh",
    "rebecca-panja",
    "ryan-bergman",
    "silvia-botros",
    "stephen-kawaguchi",
)

#: The book's pieces before its first part, which have no guide page.
FRONT_MATTER = ("foreword", "preface")

#: Mentioned by a source, deliberately not on the list, and why.
EXCLUDED: dict[str, str] = {
    "The Lorax": "an allusion (book: What do Staff engineers actually do?; the foreword)",
    "Game of Thrones": "an allusion, the Hand of the King (book: Stay aligned with authority; Rick Boone)",
    "The West Wing": "an allusion, Leo McGarry (book: Stay aligned with authority; Rick Boone)",
    "Susan Fowler's blog post": "cited as an event that preceded a working group, not as reading (Rick Boone)",
    "Leadership In Practice": "an internal Stripe program and its adaptive leadership class (Michelle Bu)",
    "brag document": "a linked phrase with no title (book: Promotion packets)",
    "forty-year career": "a linked phrase in the book; the post of that name is listed as 'A forty-year career'",
    "Values Oasis": "a linked phrase with no title (book: Finding the right company)",
    "Orange Book": "an account in Diana Pojar's list of people she follows",
    "Operant conditioning": "a concept linked to an encyclopedia entry (Aaron Suggs)",
    "Internal Family Systems": "a therapy method and its institute (seed 003, post 7)",
    "Lean Startup": "named as an approach, not a title (seed 003, post 4; Stephen Kawaguchi)",
    "The lean launchpad": "a Stanford program (seed 003, post 4)",
    "Infrastructure Engineering": "a book Larson planned and shelved (Crafting Engineering Strategy! post)",
    "md2notion": "a software library (Commenting on Notion docs post)",
    "repomix": "a tool (Crafting Engineering Strategy! post)",
    "Some of Duretti's talks": "staffeng.com's boxes of an interviewee's own talks and posts, shown beside"
    " the interview; the book's interviews have none, so neither set counts",
    "Kelsey Hightower": "a person named without a work (Ras Kasa Williams; Alex Kessinger)",
    "Liz Keogh": "a person named without a work (Ryan Bergman)",
}

EXPECTED: dict[str, list[str]] = {
    "book:foreword": [
        "staffeng.com",
        "An Elegant Puzzle",
    ],
    "book:preface": [
        "An Elegant Puzzle",
    ],
    "book:overview-overview": [
        "The Manager's Path: A Guide for Tech Leaders Navigating Growth and Change",
        "Resilient Management",
        "An Elegant Puzzle",
        "The Making of a Manager",
    ],
    "book:what-do-staff-engineers-actually-do": [
        "Being Glue",
        "What Does Sponsorship Look Like?",
    ],
    "book:operating-at-staff": [
        "Being Glue",
        "What Does Sponsorship Look Like?",
    ],
    "book:engineering-strategy": [
        "Design Docs at Google",
        "Design Docs, Markdown, and Git",
        "Technical Decision-Making and Alignment in a Remote Culture",
        "A Framework For Responsible Innovation",
        "How Big Technical Changes Happen at Slack - Several People Are Coding",
        "Run less software",
        "Good Strategy Bad Strategy: The Difference and Why it Matters",
    ],
    "book:manage-technical-quality": [
        "A Philosophy of Software Design",
        "Accelerate: Building and Scaling High Performing Technology Organizations",
        "Building Evolutionary Architectures",
        "Software Design X-Rays: Fix Technical Debt with Behavioral Code Analysis",
        "Reclaim unreasonable software",
        "Eagerly discerning, discerningly eager",
    ],
    "book:network-of-peers": [
        "Rands Leadership Slack (#staff-principal-engineering channel)",
        "Thriving on the Technical Leadership Path",
        "What a Senior Staff Software Engineer Actually Does, Part 1: The Role and My Tasks",
    ],
    "book:present-to-executives": [
        "The Pyramid Principle",
    ],
    "book:getting-the-title-where-you-are": [
        "The Engineer/Manager Pendulum",
    ],
    "book:being-visible": [
        "ohshitgit",
        "High Growth Engineering",
    ],
    "book:interviewing-staff-plus-roles": [
        "Cracking the Coding Interview",
    ],
    "book:negotiating-the-offer": [
        "Salary Negotiation",
    ],
    "book:learning-materials": [
        "Rands Leadership Slack (#staff-principal-engineering channel)",
        "Being a principal engineer at Skyscanner",
        "Defining a Distinguished Engineer",
        "How I operated as a Staff engineer at Heroku",
        "Not all engineering leaders are engineering managers",
        "The Nuts and Bolts with Tanya Reilly",
        "On Being A Principal Engineer",
        "On Being a Senior Engineer",
        "Staff Engineering",
        "Thriving on the Technical Leadership Path",
        "What's a senior engineer's job?",
        "What a Senior Staff Software Engineer Actually Does, Part 1: The Role and My Tasks",
        "What a Senior Staff Software Engineer Actually Does, Part 2: The Mindset and Focus of the Role",
        "What does Staff level mean at GitLab?",
        "Becoming a Staff Engineer – Interview with Kristina Fox, Staff iOS Engineer at Intuit",
        "On becoming a senior technical leader",
        "On Mid-Career and Managers",
        "How does one become a Staff Software Engineer at Google?",
        "The Engineer/Manager Pendulum",
        "Things to Know About Engineering Levels",
        "Being Glue",
        "Computers can be understood",
        "Effective Mental Models for Code and Systems",
        "“I Wouldn’t Start From Here.” How to Make a Big Technical Change",
        "Migrations: the sole scalable fix to tech-debt",
        "On Mid-Career and Team Dynamics",
        "Surviving the Organisational Side Quest",
        "Systems that defy detailed understanding",
        "Team Objectives",
        "Technical Decision Making",
        "Technical Research and Preparation",
        "The Behind-the-scenes Work of Tech Leadership",
        "Understanding Project Management Will Improve Your Developer Job",
        "What Does Sponsorship Look Like?",
        "Where to Start",
        "Design Docs, Markdown and Git",
        "A practical guide to writing technical specs",
        "Design Docs at Google",
        "Design Docs, Markdown, and Git",
        "Documenting Architecture Decisions",
        "How to write a better technical design document",
        "Technical Decision-Making and Alignment in a Remote Culture",
        "Writing Technical Design Docs",
        "A Framework For Responsible Innovation",
        "How Big Technical Changes Happen at Slack - Several People Are Coding",
        "On Drafting an Engineering Strategy",
        "Defining a Tech Strategy",
        "Delivering on an architecture strategy",
        "Stepping Stones not Milestones",
        "Achieving Alignment and Efficiency Through a Technical Strategy",
        "The difficult teenage years: Setting tech strategy after a launch",
        "Learning to have an engineering vision",
        "Run less software",
        "Product Strategy",
        "A Philosophy of Software Design",
        "Accelerate: Building and Scaling High Performing Technology Organizations",
        "Becoming a Technical Leader: An Organic Problem-Solving Approach",
        "Building Evolutionary Architectures",
        "Escaping the Build Trap: How Effective Product Management Creates Real Value",
        "Good Strategy Bad Strategy: The Difference and Why it Matters",
        "High Output Management",
        "The Manager's Path: A Guide for Tech Leaders Navigating Growth and Change",
        "The Mythical Man-Month",
        "The Phoenix Project",
        "The Passionate Programmer",
        "The Pragmatic Programmer",
        "Resilient Management",
        "Software Design X-Rays: Fix Technical Debt with Behavioral Code Analysis",
        "Thinking in Systems: A Primer",
        "Irrational Exuberance's Best Books",
        "Best of 2019 in Tech Talks",
        "Best of 2018 in Tech Talks",
        "Best of 2017 in Tech Talks",
        "the morning paper",
        "How to Read an Academic Article",
        "How to Read a Paper",
        "Papers We Love",
        "ACM SIGOPS Hall of Fame Award list",
        "Irrational Exuberance's paper collection",
        "Dynamo: Amazon's Highly Available Key-value Store",
        "On Designing and Deploying Internet-Scale Services",
        "No Silver Bullet - Essence and Accident in Software Engineering",
        "Out of the Tar Pit",
        "The Chubby lock service for loosely-coupled distributed systems",
        "Bigtable: A Distributed Storage System for Structured Data",
        "Raft: In Search of an Understandable Consensus Algorithm",
        "Paxos Made Simple",
        "SWIM: Scalable Weakly-consistent Infection-style Process Group Membership Protocol",
        "Hints for Computer System Design",
        "Big Ball of Mud",
        "The Google File System",
        "CAP Twelve Years Later: How the Rules Have Changed",
        "Harvest, Yield, and Scalable Tolerant Systems",
        "MapReduce: Simplified Data Processing on Large Clusters",
        "Dapper, a Large-Scale Distributed Systems Tracing Infrastructure",
        "Kafka: a Distributed Messaging System for Log Processing",
        "Large-scale cluster management at Google with Borg",
        "Mesos: A Platform for Fine-Grained Resource Sharing in the Data Center",
        "Testing in Production, the safe way",
        "Testing in Production: the hard parts",
        "A decade in review in tech",
        "Boogeyman Problems",
    ],
    "book:managing-staff-plus-engineers": [
        "The Manager's Path: A Guide for Tech Leaders Navigating Growth and Change",
        "Resilient Management",
    ],
    "book:staff-career-ladders": [
        "Things to Know About Engineering Levels",
        "Rent the Runway",
        "Kickstarter",
        "Patreon",
        "progression.fyi",
    ],
    "story:michelle-bu": [
        "Building a manager voltron",
        "Draft No. 4",
        "Creativity Inc.",
        "Impro",
    ],
    "story:ras-kasa-williams": [
        "Delivering on an architecture strategy",
        "Stepping Stones not Milestones",
    ],
    "story:keavy-mcminn": [
        "The Passionate Programmer",
        "The Pragmatic Programmer",
    ],
    "story:katie-sylor-miller": [
        "The Manager's Path: A Guide for Tech Leaders Navigating Growth and Change",
        "Pushing through friction",
    ],
    "story:rick-boone": [
        "Freakonomics",
        "Choice-ology",
        "Hidden Brain",
        "Reading list of books about the human brain and behavior",
        "r/linux",
        "r/programming",
    ],
    "story:diana-pojar": [
        "The Manager's Path: A Guide for Tech Leaders Navigating Growth and Change",
        "Thanks for the Feedback",
        "Radical Candor",
        "Leadership and Self-Deception: Getting Out of the Box",
        "The Coaching Habit: Say Less, Ask More & Change the Way You Lead Forever",
        "First, Break All the Rules: What the World's Greatest Managers Do Differently",
        "The Courage To Be Disliked: How to free yourself, change your life and achieve real happiness",
        "Give and Take: A Revolutionary Approach to Success",
        "Mistakes Were Made (But Not by Me): Why We Justify Foolish Beliefs, Bad Decisions, and Hurtful Acts",
        "Diana Pojar's Goodreads reviews",
    ],
    "story:dan-na": [
        "The Engineer/Manager Pendulum",
        "What Does Sponsorship Look Like?",
        "High Output Management",
        "Resilient Management",
        "Building a System for Frontend Translations",
        "Irrational Exuberance",
        "Insights Blog",
    ],
    "story:damian-schenkelman": [
        "Being Glue",
        "Accelerate: Building and Scaling High Performing Technology Organizations",
        "High Output Management",
        "Scaling Up Excellence",
        "Jepsen",
        "RFC process @ Squarespace",
        "Video of David Fowler on how he became the ASP.NET Architect",
        "Fundamentals of Software Architecture",
        "Managing Humans",
        "The 7 habits of highly effective people",
    ],
    "story:stephen-wan": [
        "Bob Nystrom's blog posts",
        "Vyacheslav Egorov's blog",
        "Brandur's blog",
        "Accidentally Quadratic",
        "Vicki Pfau's Blog",
        "fail0overflow's blog",
        "Bungie's engineering publications",
        "the Dragon book",
        "Crafting Interpreters",
        "esbuild (its design and source code)",
        "A history of BART",
        "A history of Xerox PARC",
        "An overview of modern Japanese culture",
    ],
    "story:aaron-suggs": [
        "High Output Management",
        "The Manager's Path: A Guide for Tech Leaders Navigating Growth and Change",
        "Plato's Republic",
        "Eisenhower's productivity matrix",
        "First follower",
        "Surviving Black Friday: Tales from an e-commerce engineer",
    ],
    "story:adam-bender": [
        "The Pragmatic Programmer",
        "The Design of Everyday Things",
        "Clean Code",
        "Growing Object Oriented Software Guided by Tests",
        "Working Effectively with Legacy Code",
        "Refactoring",
        "Object Thinking",
        "Godel, Escher, Bach",
        "High Scalability",
        "InfoQ",
        "infrequently.org",
        "Stratechery",
        "apenwarr.ca",
        "Thoughtworks Podcast",
    ],
    "story:alex-kessinger": [
        "The Engineer/Manager Pendulum",
        "Being Glue",
        "A Framework For Responsible Innovation",
        "How Big Technical Changes Happen at Slack - Several People Are Coding",
        "The Phoenix Project",
        "Nicole Forsgren's talk on how she creates survey questions",
        "Daily Stand-Up Meetings: Start Breaking the Rules",
        "State of DevOps report (the DORA report)",
        "Digg v4",
        "How often Flickr deployed (video)",
        "stock and flow",
        "Berkeley and its casual geniuses",
        "Mr. Penumbra's 24-Hour Bookstore (the short story)",
        "The Ministry of The Future",
        "The Wire",
        "The Goal",
        "DevOpsCafe Podcast",
        "Wardley Maps",
    ],
    "story:duretti-hirpa": [
        "The Athena Factor",
        "Rebels at Work",
        "Power: Why Some People Have It And Others Don't",
    ],
    "story:greg-wittel": [
        "The Manager's Path: A Guide for Tech Leaders Navigating Growth and Change",
        "Julia Evans's blog",
        "antirez's blog",
        "Steve Klabnik's blog",
        "Edward Tufte's work on presenting data",
        "Martin Thompson's blog",
        "Richard Startin's blog",
        "aphyr's blog",
        "Rands in Repose",
    ],
    "story:mikhail-chernykh": [
        "Thinking in Systems: A Primer",
        "Crucial Conversations",
        "Level Up",
        "TechLead Journal",
        "Michael Lopp's books",
        "Martin Fowler's blog",
    ],
    "story:ryan-bergman": [
        "Ron Jeffries's blog",
        "Ron Jeffries's classic video games series",
        "The Nature of Software Development",
        "Commitment",
    ],
    "story:silvia-botros": [
        "On Being A Principal Engineer",
        "Accelerate: Building and Scaling High Performing Technology Organizations",
        "The Manager's Path: A Guide for Tech Leaders Navigating Growth and Change",
        "Rent the Runway",
        "State of DevOps report (the DORA report)",
    ],
    "story:stephen-kawaguchi": [
        "Medium Engineering Growth Framework",
    ],
    "post:good-engineering-management-is-a-fad": [
        "The Engineering Executive's Primer",
        "Manage your priorities and energy",
        "A forty-year career",
        "The Soul of A New Machine",
        "The evolution of engineering management (recorded practice run of a YCombinator CTO summit talk)",
    ],
    "post:crafting-engineering-strategy": [
        "An Elegant Puzzle",
        "Staff Engineer: Leadership beyond the management track",
        "The Engineering Executive's Primer",
        "Crafting Engineering Strategy",
        "Thoughts on writing and publishing Primer",
        "Engineering strategy notes",
        "How should you adopt LLMs?",
        "Stripe API deprecation strategy",
        "2024 year in review",
    ],
    "post:notion-agent": [
        "lethain:basic_notion-agent",
        "Walkthrough video of the Notion commenting agent",
    ],
    "post:advancing-the-industry": [
        "An Elegant Puzzle",
        "Staff Engineer: Leadership beyond the management track",
        "Crafting Engineering Strategy",
        "Advancing the industry",
        "Writers who operate",
    ],
    "post:leadership-that-scales": [
        "Accelerate: Building and Scaling High Performing Technology Organizations",
        "Good Strategy Bad Strategy: The Difference and Why it Matters",
        "An Elegant Puzzle",
        "Irrational Exuberance",
        "Staff Engineer: Leadership beyond the management track",
        "DORA",
        "SPACE (framework)",
        "Minto Pyramid (framework)",
    ],
    "post:bard-playbook": [
        "Introducing Google Assistant to Bard",
        "Meena",
        "Free courses on machine learning by Andrew Ng",
    ],
    "post:modern-entrepreneurship": [
        "The Four Steps to the Epiphany",
        "The Startup Owner's Manual",
    ],
    "post:plg-playbook": [
        "The PLG Trap",
        "The seed, land, and expand framework",
    ],
    "post:product-wedge": [
        "High Output Management",
        "The Three Horizons Model",
    ],
    "post:replit-playbook": [
        "The Mythical Man-Month",
        "The Innovator's Dilemma",
        "7 Powers",
        "On the Naturalness of Software",
        "Hacker News",
    ],
    "post:career-track-staff": [
        "staffeng.com",
        "I test in production (Increment)",
        "Design it! From programmer to software architect",
        "Leading without Authority",
        "System Design Cheatsheet",
        "Your Org Is a Product",
        "The Innovator's Dilemma",
    ],
}


@pytest.fixture(scope="module")
def resources():
    return {resource.title: resource for resource in load_catalogue(ROOT / "docs").resources.resources}


def expected_pairs() -> set[tuple[str, str]]:
    return {(where, title) for where, titles in EXPECTED.items() for title in titles}


def test_every_expected_title_is_in_the_catalogue(resources):
    missing = sorted({title for _, title in expected_pairs()} - set(resources))
    assert not missing, f"named by a source but not in data/resources.yml: {missing}"


def test_the_catalogue_holds_nothing_the_sources_do_not_name(resources):
    extra = sorted(set(resources) - {title for _, title in expected_pairs()})
    assert not extra, f"in data/resources.yml but in no source's list here: {extra}"


def test_named_in_matches_where_the_sources_name_each_resource(resources):
    actual = {(where, title) for title, resource in resources.items() for where in resource.named_in}
    assert actual == expected_pairs()


def test_issue_9_titles_are_listed(resources):
    # The titles the issue found missing, by their catalogue titles.
    for title in (
        "The Pyramid Principle",
        "Salary Negotiation",
        "Cracking the Coding Interview",
        "An Elegant Puzzle",
        "The Making of a Manager",
        "Draft No. 4",
        "Creativity Inc.",
        "Impro",
        "Radical Candor",
        "The Coaching Habit: Say Less, Ask More & Change the Way You Lead Forever",
        "Scaling Up Excellence",
        "Managing Humans",
        "Crafting Interpreters",
        "DORA",
        "SPACE (framework)",
        "The Engineering Executive's Primer",
        "Crafting Engineering Strategy",
    ):
        assert title in resources, title


def test_every_named_in_points_to_a_real_place():
    catalogue = load_catalogue(ROOT / "docs")
    chapters = {slug for part in catalogue.parts for slug in part.part.chapters} - {"systems-thinking"}
    known = (
        {f"book:{slug}" for slug in (*chapters, *FRONT_MATTER)}
        | {f"story:{slug}" for slug in (*catalogue.stories, *STAFFENG_ONLY)}
        | {f"post:{post}" for post in POSTS}
    )
    assert set(EXPECTED) <= known, sorted(set(EXPECTED) - known)
    assert set(STAFFENG_ONLY) <= set(catalogue.stories)


def test_every_resource_says_where_it_is_named(resources):
    assert all(resource.named_in for resource in resources.values())


def test_exclusions_stay_excluded(resources):
    listed = {title.lower() for title in resources}
    assert not [name for name in EXCLUDED if name.lower() in listed]


def test_named_in_is_validated():
    vocabulary = Vocabulary(topics=("staff-role",), works=())
    entry = {"title": "T", "kind": "book", "topic": "staff-role"}
    assert Resource.model_validate({**entry, "named_in": ["story:dan-na"]}, context=vocabulary)
    for bad in ("chapter:foo", "story:Dan Na", "book:"):
        with pytest.raises(ValidationError):
            Resource.model_validate({**entry, "named_in": [bad]}, context=vocabulary)


# The pages that claim to hold the complete list -------------------------------


def test_reading_list_page_renders_every_entry_and_its_count(html, resources):
    article = html("resources/").select_one("article")
    text = article.get_text(" ", strip=True)
    count = int(re.search(r"It has (\d+) entries", text).group(1))
    assert count == len(resources) == len({title for _, title in expected_pairs()})
    for title in resources:
        assert title in text, title


def test_reading_list_page_shows_every_source_that_names_something(html):
    article = html("resources/").select_one("article")
    section = article.find(id="where-the-sources-name-them")
    assert section is not None
    items = [li.get_text(" ", strip=True) for li in section.find_all_next("li")]
    catalogue = load_catalogue(ROOT / "docs")
    for where in EXPECTED:
        kind, slug = where.split(":", 1)
        if kind == "post":
            label = POSTS[slug]
        elif kind == "story":
            label = catalogue.stories[slug].title if slug in catalogue.stories else slug.replace("-", " ").title()
        else:
            label = slug.title() if slug in FRONT_MATTER else catalogue.guides[slug].title
        item = next((item for item in items if item.startswith(label)), None)
        assert item is not None, where
        for title in EXPECTED[where]:
            assert title in item, (where, title)


def test_learning_materials_points_to_the_complete_list(html):
    article = html("guides/learning-materials/").select_one("article")
    text = article.get_text(" ", strip=True)
    assert any(a.get("href", "").rstrip("/").endswith("resources") for a in article.find_all("a"))
    assert "by accident" not in text
    assert "reread" not in text


def test_about_the_sources_lists_the_books_in_order(html):
    text = html("about-the-sources/").select_one("article").get_text(" ", strip=True)
    books = (
        "An Elegant Puzzle",
        "Staff Engineer",
        "The Engineering Executive's Primer",
        "Crafting Engineering Strategy",
    )
    table = text[text.index("books, in order") :]
    positions = [table.index(book) for book in books]
    assert positions == sorted(positions)
