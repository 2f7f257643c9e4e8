"""The pinned requirements: `make serve` and `make build` install only
requirements.txt, so every third-party module the build imports (the macros
package, which mkdocs-macros loads) must be pinned there, not only in
requirements-dev.txt; and every requirement is pinned exactly."""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pinned(name: str) -> dict[str, str]:
    """Distribution name (normalized) -> pinned line, from a requirements file."""
    found = {}
    for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("-r "):
            found[re.sub(r"[-_.]+", "-", re.split(r"[=<>!~\[ ;]", line, maxsplit=1)[0]).lower()] = line
    return found


def imported_modules(folder: Path) -> set[str]:
    """Top-level names of every module imported anywhere in `folder`'s Python files."""
    names = set()
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names


def test_every_module_the_build_imports_is_pinned_in_the_site_requirements():
    site = pinned("requirements.txt")
    distributions = packages_distributions()
    third_party = imported_modules(ROOT / "macros") - set(sys.stdlib_module_names) - {"macros", "__future__"}
    assert third_party, "the macros package imports no third-party module?"
    missing = []
    for module in sorted(third_party):
        names = {re.sub(r"[-_.]+", "-", name).lower() for name in distributions.get(module, [module])}
        if not names & set(site):
            missing.append(f"{module} (from {', '.join(sorted(names))})")
    assert missing == [], f"imported by macros/ but not pinned in requirements.txt: {missing}"


def test_every_requirement_is_pinned_exactly():
    for name in ("requirements.txt", "requirements-dev.txt"):
        loose = [line for line in pinned(name).values() if not re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[^=\s]+", line)]
        assert loose == [], f"{name}: not pinned with ==: {loose}"


def test_no_requirement_is_pinned_twice():
    twice = set(pinned("requirements.txt")) & set(pinned("requirements-dev.txt"))
    assert twice == set(), f"pinned in both files (requirements-dev.txt includes requirements.txt): {twice}"
