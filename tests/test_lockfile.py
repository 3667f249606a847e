"""The lock files in deploy/ are not stale: each dependency pyproject.toml names is pinned there.

deploy/requirements.lock holds the core dependencies and the `telegram` and `matrix` extras (the
container image, the systemd guide and `dev.py brug` install it); deploy/requirements-test.lock
adds the `test` extra (`dev.py test`, and so CI, installs it); deploy/requirements-build.lock
the `build` extra (mypy, to compile the reading: the container image and the systemd guide).
Each dependency must be pinned to one version that pyproject.toml allows, with hashes; a
dependency's extras (the `marisa-trie` of `simplemma[marisa-trie]`) must bring their packages
into the lock too. `python3 dev.py lock` writes the files again.
"""

from __future__ import annotations

import copy
import re
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
DEPLOY_LOCK = ROOT / "deploy" / "requirements.lock"
TEST_LOCK = ROOT / "deploy" / "requirements-test.lock"
BUILD_LOCK = ROOT / "deploy" / "requirements-build.lock"
LOCKS = {DEPLOY_LOCK: ("telegram", "matrix"), TEST_LOCK: ("test",), BUILD_LOCK: ("build",)}
PROJECT: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]

# What the locks are compiled for (LOCK_FLAGS in dev.py): markers are read for this machine.
TARGET = {
    "python_version": "3.11",
    "python_full_version": "3.11.0",
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
    "os_name": "posix",
    "sys_platform": "linux",
    "platform_system": "Linux",
    "platform_machine": "x86_64",
}


@dataclass(frozen=True)
class Pin:
    version: str
    hashes: tuple[str, ...]


def parse_lock(text: str) -> dict[str, Pin]:
    """`name==version --hash=… --hash=…` entries of a requirements file, by normalised name."""
    pins: dict[str, Pin] = {}
    for line in text.replace("\\\n", " ").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        spec, *options = re.split(r"\s+(?=--)", line)
        requirement = Requirement(spec)
        (pinned,) = requirement.specifier  # exactly one specifier ...
        assert pinned.operator == "==", line  # ... and it pins one version
        hashes = tuple(o.removeprefix("--hash=") for o in options if o.startswith("--hash="))
        pins[canonicalize_name(requirement.name)] = Pin(pinned.version, hashes)
    return pins


def declared(project: dict[str, Any], extras: tuple[str, ...]) -> list[Requirement]:
    """The core dependencies and those of `extras`, with the project's own extras expanded."""
    own = canonicalize_name(project["name"])
    optional = project.get("optional-dependencies", {})
    todo = [Requirement(r) for r in project["dependencies"]]
    seen: set[str] = set()
    found: list[Requirement] = []
    pending = list(extras)
    while pending or todo:
        if pending:
            extra = pending.pop()
            if extra not in seen:
                seen.add(extra)
                todo += [Requirement(r) for r in optional[extra]]
            continue
        requirement = todo.pop(0)
        if canonicalize_name(requirement.name) == own:  # "brug[telegram,matrix]"
            pending += sorted(requirement.extras)
        elif requirement.marker is None or requirement.marker.evaluate({**TARGET, "extra": ""}):
            found.append(requirement)
    return found


def extra_requirements(name: str, version: str, extra: str) -> list[Requirement] | None:
    """What `name[extra]` adds, read from the installed package; None unless that is `version`
    (`dev.py test` installs exactly the test lock, so in CI it always is)."""
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return None
    if dist.version != version:
        return None
    found = []
    for text in dist.requires or []:
        requirement = Requirement(text)
        marker = requirement.marker
        if (
            marker is not None
            and marker.evaluate({**TARGET, "extra": extra})
            and not marker.evaluate({**TARGET, "extra": ""})  # not a plain dependency
        ):
            found.append(requirement)
    return found


def problems(project: dict[str, Any], pins: dict[str, Pin], extras: tuple[str, ...]) -> list[str]:
    """Why this lock does not fit pyproject.toml's dependencies (with `extras`), if it doesn't."""
    found = [f"{name}=={pin.version} has no hash" for name, pin in pins.items() if not pin.hashes]
    for requirement in declared(project, extras):
        name = canonicalize_name(requirement.name)
        pin = pins.get(name)
        if pin is None:
            found.append(f"{requirement} is not in the lock")
            continue
        if not requirement.specifier.contains(pin.version, prereleases=True):
            found.append(f"{requirement} does not allow the locked {name}=={pin.version}")
        for extra in sorted(requirement.extras):
            for needed in extra_requirements(name, pin.version, extra) or []:
                if canonicalize_name(needed.name) not in pins:
                    found.append(
                        f"{canonicalize_name(needed.name)} (for {requirement}) is not in the lock"
                    )
    return found


@pytest.mark.parametrize("lock", LOCKS, ids=lambda path: path.name)
def test_the_lock_pins_every_declared_dependency_with_hashes(lock: Path) -> None:
    text = lock.read_text()
    assert "python3 dev.py lock" in text.split("\n", 3)[1], "the header names the refresh command"
    found = problems(PROJECT, parse_lock(text), LOCKS[lock])
    assert not found, f"{lock.name} is stale; run `python3 dev.py lock`:\n" + "\n".join(found)


def test_the_tests_run_the_versions_that_are_deployed() -> None:
    deploy, test = parse_lock(DEPLOY_LOCK.read_text()), parse_lock(TEST_LOCK.read_text())
    assert deploy.keys() <= test.keys()
    assert {name: test[name] for name in deploy} == deploy


def test_a_stale_lock_is_found() -> None:
    pins = parse_lock(DEPLOY_LOCK.read_text())
    assert problems(PROJECT, pins, LOCKS[DEPLOY_LOCK]) == []
    project = copy.deepcopy(PROJECT)
    project["dependencies"].append("leftpad>=1")  # a new dependency, not locked yet
    project["optional-dependencies"]["matrix"].append("signedjson>=99")  # a raised bound
    stale = dict(pins)
    del stale["aiosqlite"]  # a dependency missing from the lock
    stale["pyyaml"] = Pin(pins["pyyaml"].version, ())  # a pin without its hashes
    expected = [
        f"pyyaml=={pins['pyyaml'].version} has no hash",
        "aiosqlite>=0.20 is not in the lock",
        "leftpad>=1 is not in the lock",
        f"signedjson>=99 does not allow the locked signedjson=={pins['signedjson'].version}",
    ]
    assert problems(project, stale, LOCKS[DEPLOY_LOCK]) == expected
    # An extra of a dependency brings its own packages (read from the installed package).
    if extra_requirements("simplemma", pins["simplemma"].version, "marisa-trie") is None:
        pytest.skip("simplemma is not installed at its locked version")
    del stale["marisa-trie"]
    assert "marisa-trie (for simplemma[marisa-trie]>=2.0) is not in the lock" in problems(
        project, stale, LOCKS[DEPLOY_LOCK]
    )
