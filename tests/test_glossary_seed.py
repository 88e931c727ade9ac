"""The glossary against the seed set: every wrong rendering the reference names is found, and the official
terms of the project's renderings are found in every inflected or quoted form they use."""

import re

import polars as pl
import pytest
from click.testing import CliRunner

from aligner.cli import cli
from aligner.glossary import load_glossary
from tests.conftest import ROOT, SEED_SET, SHARED

GLOSSARY = load_glossary(ROOT / "glossary")
REFERENCE = SHARED / "reference" / "official-terms.md"

# The seed's wrong and nonstandard renderings named in the reference, as they stand in the seed.
SEED_WRONG = {
    "cfawc_conference": ["meeting of the Central Committee of the Communist Party on foreign policy work"],
    "major_country_diplomacy": ["diplomacy of a large country with Chinese characteristics"],
    "xi_thought_diplomacy": [
        "Xi Jinping’s Ideas on diplomacy",
        "Xi Jinping’s Idea of diplomacy",
        "Xi Jinping’s Ideas about diplomacy",
    ],
    "community_shared_future": [
        "community of the common destiny of mankind",
        "community of a common destiny of mankind",
    ],
    "central_military_commission": ["Central Military Council"],
    "cmc_joint_staff": ["Joint Staff of the Central Military Council"],
    "general_secretary": ["Secretary General Xi Jinping"],
    "vice_president_prc": ["Vice Chairman of the People’s Republic of China"],
    "pbsc": ["Standing Committee of the Politburo of the CPC Central Committee"],
    "politburo": ["Politburo of the CPC Central Committee"],
    "cpc_18th_congress": ["18th CPC Congress"],
    "cppcc_national_committee": [
        "National Committee of the People’s Political Consultative Council of China"
    ],
    "supreme_peoples_procuratorate": ["Supreme People’s Prosecutor’s Office"],
    "xpcc": ["Xinjiang Industrial and Construction Corps"],
    "cities_specifically_designated": [
        "cities included in the state plan as separate self-supporting entities"
    ],
    "municipalities": ["cities of central subordination"],
    "publicity_department": ["Propaganda Department of the CPC Central Committee"],
    "international_department": ["Department of International Relations of the CPC Central Committee"],
    "central_commission_foreign_affairs": ["CPC Central Committee Commission on Foreign Affairs"],
    "xi_thought_new_era": ["Xi Jinping’s Idea of socialism with Chinese characteristics in the new era"],
    "new_journey": ["new campaign", "new path"],
    "national_rejuvenation": ["revival of the Chinese nation"],
    "belt_and_road": ["One Belt and One Road initiative"],
    "high_quality_bri": ["high-quality cooperation within the framework of the Belt and Road"],
    "equal_orderly_multipolarity": ["equitable and orderly multipolar world"],
    "inclusive_globalization": [
        "inclusive and inclusive economic globalization",
        "Inclusive and inclusive economic globalization",
    ],
    "consultation_contribution_benefit": ["broad consultation, shared contributions and shared benefits"],
    "common_values_humanity": ["universal values"],
    "strategic_autonomy": ["Strategic independence"],
    "hegemonism_power_politics": ["hegemonism and the politics of force"],
    "major_country_relations": ["architecture of relations between large countries"],
    "peaceful_coexistence_stability": ["peaceful coexistence, stability in general and balanced development"],
    "head_of_state_diplomacy": ["diplomacy of the heads of State"],
}
# Official terms the seed does use (verdict ok in the reference).
SEED_OFFICIAL = {
    "general_secretary": "General Secretary of the CPC Central Committee",
    "president_prc": "Chinese President",
    "supreme_peoples_court": "Supreme People’s Court",
    "perm_rep_un": "Permanent Representative of the People’s Republic of China to the United Nations",
    "socialism_new_era": "socialism with Chinese characteristics in the new era",
    "chinese_modernization": "Chinese modernization",
    "gdi": "Global Development Initiative",
    "gsi": "Global Security Initiative",
    "gci": "Global Civilization Initiative",
    "equal_orderly_multipolarity": "equal and orderly multipolar world",
    "true_multilateralism": "true multilateralism",
    "global_governance": "global governance",
    "new_type_ir": "new type of international relations",
    "power_politics": "power politics",
    "global_partnership_network": "global partnership network",
    "un_charter": "UN Charter",
}


def _find(runner: CliRunner, path, lang: str) -> pl.DataFrame:
    result = runner.invoke(cli, ["glossary", "find", str(path), "--lang", lang])
    assert result.exit_code == 0, result.stderr
    header = result.stdout.splitlines()[0].split("\t")
    assert header[:6] == ["start", "end", "text", "concept", "status", "preferred"]
    return pl.read_csv(
        result.stdout.encode(), separator="\t", quote_char=None, schema_overrides={"contains": pl.String}
    )


def test_find_on_the_seed_lists_every_wrong_rendering_with_its_preferred_term(runner: CliRunner) -> None:
    found = _find(runner, SEED_SET / "000_7bb629c7fcce0667.txt", "en")
    rows = {(r["concept"], r["text"]): r for r in found.iter_rows(named=True)}
    for concept, texts in SEED_WRONG.items():
        for text in texts:
            row = rows.get((concept, text))
            assert row is not None, f"{concept}: {text!r} not found"
            assert row["status"] in ("deprecated", "forbidden")
            assert row["preferred"] == GLOSSARY.preferred(concept, "en")
    for concept, text in SEED_OFFICIAL.items():
        assert rows[(concept, text)]["status"] in ("preferred", "admitted"), concept


def test_the_lists_cover_every_non_ok_verdict_of_the_reference() -> None:
    if not REFERENCE.exists():
        pytest.skip("../shared is not beside the project")
    verdicts = {}
    for line in REFERENCE.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 8 and re.fullmatch(r"[a-z0-9_]+", cells[0]) and cells[0] != "concept":
            verdicts[cells[0]] = cells[6]
    assert len(verdicts) == 47
    assert {c.id for c in GLOSSARY.concepts} == set(verdicts)
    not_ok = {c for c, v in verdicts.items() if not v.startswith("ok")}
    assert not_ok <= set(SEED_WRONG)


def test_unverified_cells_are_marked_not_guessed() -> None:
    unverified = {(t.concept, t.lang) for t in GLOSSARY.terms if not t.verified}
    assert ("xpcc", "ru") in unverified
    assert ("cities_specifically_designated", "en") in unverified
    assert ("common_values_humanity", "ru") in unverified
    assert all(t.verified for t in GLOSSARY.terms if t.lang == "zh")


def test_every_concept_has_chinese_english_and_russian_terms() -> None:
    for concept in GLOSSARY.concepts:
        assert {t.lang for t in GLOSSARY.terms_of(concept.id)} == {"zh", "en", "ru"}, concept.id


@pytest.mark.parametrize(("name", "lang"), [("ru", "ru"), ("zh", "zh"), ("en-official", "en")])
def test_project_renderings_use_only_official_terms_and_all_of_them(
    runner: CliRunner, name: str, lang: str
) -> None:
    found = _find(runner, SEED_SET / f"{name}.txt", lang)
    assert set(found["status"]) <= {"preferred", "admitted"}
    contained = {c for cell in found["contains"].drop_nulls() for c in cell.split(",") if c}
    # Belt and Road appears only inside 'high-quality Belt and Road cooperation' in these renderings
    assert set(found["concept"]) | contained == {c.id for c in GLOSSARY.concepts}


def test_russian_inflected_and_chinese_quoted_forms_are_found(runner: CliRunner) -> None:
    ru = _find(runner, SEED_SET / "ru.txt", "ru")
    forms = set(ru.filter(pl.col("concept") == "community_shared_future")["text"])
    assert forms == {"сообщества единой судьбы человечества"}
    forms = set(ru.filter(pl.col("concept") == "xi_thought_diplomacy")["text"])
    assert forms == {
        "идеи Си Цзиньпина о дипломатии",
        "идей Си Цзиньпина о дипломатии",
        "идеями Си Цзиньпина о дипломатии",
    }
    zh = _find(runner, SEED_SET / "zh.txt", "zh")
    assert set(zh.filter(pl.col("concept") == "high_quality_bri")["text"]) == {"高质量共建“一带一路"}
