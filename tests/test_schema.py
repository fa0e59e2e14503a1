import json

from conftest import ROOT
from presslens.model import SCHEMA_VERSION, Analysis


def test_published_schema_is_current():
    published = json.loads((ROOT / "docs" / "analysis.schema.json").read_text(encoding="utf-8"))
    assert published["version"] == SCHEMA_VERSION
    assert published["$defs"] == Analysis.model_json_schema()["$defs"], "run `make schema`"
