from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from presslens.nlp import shared_pipeline

    return shared_pipeline()


@pytest.fixture(scope="session")
def seed_analysis(nlp):
    import presslens

    return presslens.analyze((ROOT / "examples" / "seed-article.txt").read_text(encoding="utf-8"))


def require_shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs the shared data at {path}, which is absent on this machine")
    return path
