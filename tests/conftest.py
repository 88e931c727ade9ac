from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_SET = ROOT / "seeds" / "cfawc-2023"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
