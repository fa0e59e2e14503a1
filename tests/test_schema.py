import json

from conftest import ROOT

from presslens.model import SCHEMA_VERSION, Analysis


def test_published_schema_is_current():
    published = json.loads((ROOT / "docs" / "analysis.schema.json").read_text(encoding="utf-8"))
    assert published["version"] == SCHEMA_VERSION
    assert published["$defs"] == Analysis.model_json_schema()["$defs"], "run `make schema`"


def test_schema_and_output_file_commands(tmp_path):
    from typer.testing import CliRunner

    from presslens.cli import app

    runner = CliRunner()
    schema_path = tmp_path / "schema.json"
    assert runner.invoke(app, ["schema", "-o", str(schema_path)]).exit_code == 0
    assert json.loads(schema_path.read_text())["version"] == SCHEMA_VERSION
    article = tmp_path / "a.txt"
    article.write_text("The mayor said the bridge would reopen.", encoding="utf-8")
    report = tmp_path / "out.json"
    result = runner.invoke(app, ["analyze", str(article), "--format", "json", "-o", str(report)])
    assert result.exit_code == 0, result.output
    assert Analysis.model_validate_json(report.read_text()).attributions
