"""The GitHub Actions workflows: valid against the workflow schema, and clean
under zizmor's security audit (both offline)."""

from __future__ import annotations

import fnmatch
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    return str(BIN / name) if (BIN / name).exists() else shutil.which(name) or name


def test_workflows_exist():
    assert {path.name for path in WORKFLOWS} == {"ci.yml", "pages.yml"}


def test_workflows_match_the_github_schema():
    result = subprocess.run(
        [tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("schema", "pattern"),
    [
        ("vendor.github-issue-forms", "ISSUE_TEMPLATE/[!c]*.yml"),
        ("vendor.github-issue-config", "ISSUE_TEMPLATE/config.yml"),
        ("vendor.dependabot", "dependabot.yml"),
    ],
)
def test_repository_config_matches_its_schema(schema, pattern):
    files = sorted(map(str, (ROOT / ".github").glob(pattern)))
    assert files
    result = subprocess.run(
        [tool("check-jsonschema"), "--builtin-schema", schema, *files], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing():
    result = subprocess.run(
        [tool("zizmor"), "--offline", "--no-progress", str(ROOT / ".github" / "workflows")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_pull_requests_get_no_write_token():
    ci = yaml.safe_load((ROOT / ".github/workflows/ci.yml").read_text())
    assert ci["permissions"] == {"contents": "read"}
    assert "pull_request_target" not in ci[True]


def test_only_the_deploy_job_may_write_pages():
    pages = yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text())
    assert pages["permissions"] == {"contents": "read"}
    deploy = pages["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert "permissions" not in pages["jobs"]["build"] or "write" not in str(pages["jobs"]["build"]["permissions"])
    assert pages["concurrency"]["cancel-in-progress"] is False


def owners_of(path: str) -> list[str]:
    """The owners CODEOWNERS gives `path` (the last matching rule wins)."""
    owners: list[str] = []
    for line in (ROOT / ".github/CODEOWNERS").read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pattern, *names = line.split()
        rule = pattern.lstrip("/")
        if pattern == "*" or (rule.endswith("/") and path.startswith(rule)) or fnmatch.fnmatchcase(path, rule):
            owners = names
    return owners


def test_hub_pages_and_the_safety_rules_are_owned_by_maintainers():
    from macros.safety import HUB_PAGES

    hubs = [f"docs/{page.replace('*', 'any-page')}" for page in HUB_PAGES]
    for path in [*hubs, "macros/safety.py", "docs/assets/extra.css"]:
        assert owners_of(path) == ["@staffplus-guide/maintainers"], path
    assert owners_of("docs/stories/dan-na.md") == ["@staffplus-guide/story-editors"]
    assert owners_of("docs/data/ladders/dual-track.yml") == ["@staffplus-guide/ladder-editors"]
