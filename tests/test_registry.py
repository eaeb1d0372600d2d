"""The registry is snapshotted: adding, renaming or re-wiring a stage or store must show up as a
reviewed change of tests/golden/registry.json (``pytest --update-golden`` rewrites it)."""

import json
from importlib.metadata import entry_points

from conftest import PROJECT
from veille.pipeline import registered_stages

GOLDEN = PROJECT / "tests" / "golden" / "registry.json"


def _snapshot() -> dict:
    stages = {
        name: {"requires": list(info.requires), "assigns": list(info.assigns), "analysis": info.analysis}
        for name, info in sorted(registered_stages().items())
        if not name.startswith("test_")
    }
    stores = sorted(ep.name for ep in entry_points(group="veille.stores"))
    return {"stages": stages, "stores": stores}


def test_registry_matches_golden(request):
    snapshot = _snapshot()
    if request.config.getoption("--update-golden"):
        GOLDEN.write_text(json.dumps(snapshot, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert snapshot == json.loads(GOLDEN.read_text(encoding="utf-8"))
