"""Term matching: exact offsets for the hard cases of English, Russian and Chinese."""

import pytest

from aligner.glossary import Concept, Glossary, Term, TermMatcher, load_glossary
from tests.conftest import ROOT

BUNDLED = load_glossary(ROOT / "glossary")
EXTRA = Glossary(
    (Concept("multipolar"), Concept("summit")),
    (
        Term("multipolar", "en", "multipolar world", "preferred"),
        Term("multipolar", "en", "major-country diplomacy", "admitted"),
        Term("summit", "zh", "G20峰会", "preferred"),
    ),
)


def _found(lang: str, text: str, glossary: Glossary = BUNDLED, **kw: bool) -> list[tuple[str, str, str]]:
    return [
        (text[o.start : o.end], o.concept, o.status) for o in TermMatcher(glossary, lang, **kw).find(text)
    ]


def _span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


EN = [
    (
        "the central military council met",
        [("central military council", "central_military_commission", "forbidden")],
    ),
    ("The CMC met; the cmc did not.", [("CMC", "central_military_commission", "admitted")]),
    (
        "a multi-polar world, a multipolar world, a multi polar world",
        [("multi-polar world", "multipolar", "preferred"), ("multipolar world", "multipolar", "preferred")],
    ),
    (
        "major country diplomacy and major-country diplomacy",
        [
            ("major country diplomacy", "multipolar", "admitted"),
            ("major-country diplomacy", "multipolar", "admitted"),
        ],
    ),
    (
        "Xi Jinping’s Ideas on diplomacy and Xi Jinping's Ideas on diplomacy",
        [
            ("Xi Jinping’s Ideas on diplomacy", "xi_thought_diplomacy", "forbidden"),
            ("Xi Jinping's Ideas on diplomacy", "xi_thought_diplomacy", "forbidden"),
        ],
    ),
    ("the Global Development Initiative's goals", [("Global Development Initiative", "gdi", "preferred")]),
    ("two Global Security Initiatives were launched", [("Global Security Initiatives", "gsi", "preferred")]),
    (
        "the Central Military\nCommission",
        [("Central Military\nCommission", "central_military_commission", "preferred")],
    ),
    (
        "building a community with a shared future for mankind",
        [("community with a shared future for mankind", "community_shared_future", "preferred")],
    ),
    (
        "Joint Staff Department of the Central Military Commission",
        [("Joint Staff Department of the Central Military Commission", "cmc_joint_staff", "preferred")],
    ),
    ("superpower politics and power politics", [("power politics", "power_politics", "preferred")]),
    (
        "broad consultation shared contributions and shared benefits",
        [
            (
                "broad consultation shared contributions and shared benefits",
                "consultation_contribution_benefit",
                "deprecated",
            )
        ],
    ),
    (
        'the "Belt and Road Initiative" and the Belt and Road',
        [
            ("Belt and Road Initiative", "belt_and_road", "preferred"),
            ("Belt and Road", "belt_and_road", "preferred"),
        ],
    ),
    ("GLOBAL GOVERNANCE", [("GLOBAL GOVERNANCE", "global_governance", "preferred")]),
    (
        "head of state diplomacy; head-of-state diplomacy",
        [
            ("head of state diplomacy", "head_of_state_diplomacy", "preferred"),
            ("head-of-state diplomacy", "head_of_state_diplomacy", "preferred"),
        ],
    ),
    (
        "an equitable and orderly multipolar world",
        [("equitable and orderly multipolar world", "equal_orderly_multipolarity", "forbidden")],
    ),
]

RU = [
    (
        "сообщество единой судьбы человечества",
        [("сообщество единой судьбы человечества", "community_shared_future", "preferred")],
    ),
    (
        "построение сообщества единой судьбы человечества",
        [("сообщества единой судьбы человечества", "community_shared_future", "preferred")],
    ),
    (
        "сообществом единой судьбы человечества",
        [("сообществом единой судьбы человечества", "community_shared_future", "preferred")],
    ),
    (
        "СООБЩЕСТВО ЕДИНОЙ СУДЬБЫ ЧЕЛОВЕЧЕСТВА",
        [("СООБЩЕСТВО ЕДИНОЙ СУДЬБЫ ЧЕЛОВЕЧЕСТВА", "community_shared_future", "preferred")],
    ),
    (
        "Объединенного штаба Центрального военного совета",
        [("Объединенного штаба Центрального военного совета", "cmc_joint_staff", "preferred")],
    ),
    (
        "реализовывать Инициативу по глобальному развитию",
        [("Инициативу по глобальному развитию", "gdi", "preferred")],
    ),
    ("строительство «Пояса и пути» продолжается", [("Пояса и пути", "belt_and_road", "admitted")]),
    (
        "Центрального военного\nсовета",
        [("Центрального военного\nсовета", "central_military_commission", "preferred")],
    ),
    ("заместителем Председателя КНР", [("заместителем Председателя КНР", "vice_president_prc", "preferred")]),
    (
        "Синьцзянского производственно-строительного корпуса",
        [("Синьцзянского производственно-строительного корпуса", "xpcc", "preferred")],
    ),
    ("принципы Устава ООН", [("Устава ООН", "un_charter", "preferred")]),
    (
        "руководствоваться идеями Си Цзиньпина о дипломатии",
        [("идеями Си Цзиньпина о дипломатии", "xi_thought_diplomacy", "preferred")],
    ),
    (
        "на новом пути, в ходе нового похода",
        [("на новом пути", "new_journey", "admitted"), ("нового похода", "new_journey", "preferred")],
    ),
    ("политика и сила; против политики силы", [("политики силы", "power_politics", "preferred")]),
    ("после XVIII съезда КПК", [("XVIII съезда КПК", "cpc_18th_congress", "preferred")]),
    (
        "великого возрождения китайской нации",
        [("великого возрождения китайской нации", "national_rejuvenation", "preferred")],
    ),
]

ZH = [
    ("推动构建人类命运共同体。", [("人类命运共同体", "community_shared_future", "preferred")]),
    ("共建“一带一路”", [("一带一路", "belt_and_road", "preferred")]),
    ('「一带一路」与『一带一路』和"一带一路"', [("一带一路", "belt_and_road", "preferred")] * 3),
    ("推动高质量共建“一带一路”", [("高质量共建“一带一路", "high_quality_bri", "preferred")]),
    ("实现中华民族\n伟大复兴", [("中华民族\n伟大复兴", "national_rejuvenation", "preferred")]),
    (
        "党的十八大以来；十八大以来",
        [("党的十八大", "cpc_18th_congress", "preferred"), ("十八大", "cpc_18th_congress", "admitted")],
    ),
    ("中央军委联合参谋部", [("中央军委联合参谋部", "cmc_joint_staff", "preferred")]),
    (
        "中共中央政治局常委和中共中央政治局委员",
        [("中共中央政治局常委", "pbsc", "preferred"), ("中共中央政治局", "politburo", "preferred")],
    ),
    (
        "以习近平新时代中国特色社会主义思想为指导",
        [("习近平新时代中国特色社会主义思想", "xi_thought_new_era", "preferred")],
    ),
    ("反对霸权主义和强权政治", [("霸权主义和强权政治", "hegemonism_power_politics", "preferred")]),
    (
        "和平共处、总体稳定、均衡发展的大国关系格局",
        [
            ("和平共处、总体稳定、均衡发展", "peaceful_coexistence_stability", "preferred"),
            ("大国关系格局", "major_country_relations", "preferred"),
        ],
    ),
    ("积极参与全球 治理", [("全球 治理", "global_governance", "preferred")]),
    ("我国外交的战略自主性显著增强", [("战略自主", "strategic_autonomy", "preferred")]),
    (
        "中央外事工作会议和中央外事工作委员会",
        [
            ("中央外事工作会议", "cfawc_conference", "preferred"),
            ("中央外事工作委员会", "central_commission_foreign_affairs", "preferred"),
        ],
    ),
    ("人類命運共同體", []),
]


@pytest.mark.parametrize(("text", "expected"), EN, ids=[f"en-{i}" for i in range(len(EN))])
def test_english(text: str, expected: list[tuple[str, str, str]]) -> None:
    glossary = BUNDLED.replace(BUNDLED.concepts + EXTRA.concepts, BUNDLED.terms + EXTRA.terms)
    assert _found("en", text, glossary) == expected


@pytest.mark.parametrize(("text", "expected"), RU, ids=[f"ru-{i}" for i in range(len(RU))])
def test_russian(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found("ru", text) == expected


@pytest.mark.parametrize(("text", "expected"), ZH, ids=[f"zh-{i}" for i in range(len(ZH))])
def test_chinese(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found("zh", text) == expected


def test_exact_offsets_and_preferred_term() -> None:
    text = "General Secretary and Chairman of the Central Military Council Xi Jinping"
    (occ,) = [o for o in TermMatcher(BUNDLED, "en").find(text) if o.concept == "central_military_commission"]
    assert (occ.start, occ.end) == _span(text, "Central Military Council") == (38, 62)
    assert occ.preferred == "Central Military Commission"
    assert occ.term == "Central Military Council"


def test_longest_match_says_which_concepts_it_contains() -> None:
    text = "the Joint Staff of the Central Military Council and Yunnan"
    (occ,) = TermMatcher(BUNDLED, "en").find(text)
    assert (occ.concept, occ.status, occ.contains) == (
        "cmc_joint_staff",
        "forbidden",
        ("central_military_commission",),
    )
    assert (occ.start, occ.end) == _span(text, "Joint Staff of the Central Military Council")
    (zh,) = TermMatcher(BUNDLED, "zh").find("高质量共建“一带一路”")
    assert zh.contains == ("belt_and_road",)


def test_russian_offsets_cover_whole_inflected_words() -> None:
    text = "Мы выступаем за построение сообщества единой судьбы человечества."
    (occ,) = TermMatcher(BUNDLED, "ru").find(text)
    assert (occ.start, occ.end) == _span(text, "сообщества единой судьбы человечества") == (27, 64)


def test_chinese_full_width_latin() -> None:
    assert _found("zh", "出席Ｇ２０峰会", EXTRA) == [("Ｇ２０峰会", "summit", "preferred")]


def test_chinese_traditional_characters_with_opencc() -> None:
    pytest.importorskip("opencc")
    assert _found("zh", "推動構建人類命運共同體", traditional=True) == [
        ("人類命運共同體", "community_shared_future", "preferred")
    ]


def test_at_least_15_cases_per_language() -> None:
    assert min(len(EN), len(RU), len(ZH)) >= 15
