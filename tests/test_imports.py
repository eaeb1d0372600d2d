"""``import veille`` must stay light: no NLP model, HTML parser or web stack at import time."""

import subprocess
import sys

HEAVY = ("spacy", "thinc", "trafilatura", "lxml", "fastapi", "uvicorn", "typer", "rich", "numpy", "ray", "dateparser")


def test_import_veille_loads_no_heavy_module():
    code = "import sys, veille; print(','.join(sorted({m.split('.')[0] for m in sys.modules})))"
    loaded = set(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip().split(","))
    assert not loaded & set(HEAVY), loaded & set(HEAVY)
