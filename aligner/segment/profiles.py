"""Per-language knowledge the rule segmenter needs: abbreviations, sentence starters, enumeration markers.

Abbreviation keys are lower case, without the final dot, and with inner spaces removed: "z. B." is ``z.b``,
"и т. д." is ``т.д``. Sets, by what the abbreviation does to a following capitalised word:

- ``never``: never ends a sentence ("Mr. Smith", "z. B. Haus");
- ``terminal``: usually closes a list, so a capitalised word after it starts a new sentence ("etc. Then");
- ``before_number``: an abbreviation only when a number follows ("No. 5", "Nr. 3", "стр. 12");
- ``after_number``: ends a sentence after a number, is a prefix otherwise (Russian "в 2023 г. Затем" but
  "г. Москва").

Dotted capitals ("U.S.", "EE. UU.") and single capital letters (initials, "В. В. Путин") are handled by rule,
not listed: they end a sentence only before a word from ``starters``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Profile:
    lang: str
    cjk: bool = False
    never: frozenset[str] = frozenset()
    terminal: frozenset[str] = frozenset()
    before_number: frozenset[str] = frozenset()
    after_number: frozenset[str] = frozenset()
    starters: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()
    # German and similar: "am 3. Oktober", "der 2. Weltkrieg" (a number with a dot is an ordinal)
    ordinal_dot: bool = False
    # zh/ja: a semicolon ends a sentence when the next clause opens with one of these
    enumeration_markers: tuple[str, ...] = field(default=())


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EN_MONTHS = "jan feb mar apr jun jul aug sep sept oct nov dec"

EN = Profile(
    lang="en",
    never=_words(
        "mr mrs ms dr prof sr jr st mt rev hon gov sen rep gen col lt sgt capt cmdr adm maj fig figs vol vols "
        "vs v approx dept univ assn bros cf ed eds al mme mlle messrs rt e.g i.e " + _EN_MONTHS
    ),
    terminal=_words("etc inc ltd co corp llc plc"),
    before_number=_words("no nos p pp art sec ch para"),
    starters=_words(
        "the a an he she it we they i you this that these those there but and so yet then however in on at "
        "after before when while if as his her its our their my your one two what why how who where "
        "meanwhile moreover furthermore also all some many most no"
    ),
)

RU = Profile(
    lang="ru",
    never=_words(
        "т.е т.к т.н т.о т.п т.ч т.е.к ул им см ср стр рис табл проф акад ген полк тыс млн млрд руб коп "
        "напр пер просп д кв обл р-н гр тов гос мин зам пред ок ст п пп"
    ),
    terminal=_words("т.д т.п др пр т.д.и"),
    before_number=_words("№ стр с п пп гл ст рис табл"),
    after_number=_words("г гг в вв н.э"),
    starters=_words(
        "в на по с и но а однако это эти этот эта он она оно они мы я вы ты затем потом тогда после так "
        "кроме также при если когда как что все наша наш их его её ее"
    ),
)

FR = Profile(
    lang="fr",
    never=_words(
        "m mm mme mlle me dr pr st ste ms env cf av apr art ch chap fig vol éd réf tél ex p.ex c.-à-d "
        "janv févr avr juil sept oct nov déc"
    ),
    terminal=_words("etc"),
    before_number=_words("p pp no n° art"),
    starters=_words(
        "le la les un une il elle ils elles nous on je vous ce cette ces cela ceci mais et puis ensuite "
        "alors en dans au aux après avant si quand lorsque comme son sa ses leur leurs tout tous"
    ),
)

DE = Profile(
    lang="de",
    never=_words(
        "z.b u.a d.h bzw ca dr prof hr fr frl nr st str abs vgl ggf evtl inkl zzgl bspw sog jh jhd jahrh "
        "mio mrd tsd geb gest dipl ing hrsg ebd f ff s.o s.u u.ä o.ä u.u z.t z.zt i.d.r a.d o.g "
        "jan feb febr mär apr jun jul aug sep sept okt nov dez"
    ),
    terminal=_words("usw etc u.v.m u.ä.m"),
    before_number=_words("nr s art abs bd kap"),
    starters=_words(
        "der die das ein eine er sie es wir ich ihr man dies diese dieser dieses dann danach aber und doch "
        "so im in am auf nach vor wenn als da sein seine ihre unser unsere alle"
    ),
    months=_words(
        "januar jänner februar märz april mai juni juli august september oktober november dezember"
    ),
    ordinal_dot=True,
)

ES = Profile(
    lang="es",
    never=_words(
        "sr sra srta sres dr dra lic ing ud uds vd vds dña dn d prof gral av avda pág págs núm art cap "
        "fig vol p.ej a.c d.c aprox tel ej vs ene feb mar abr may jun jul ago sep sept oct nov dic"
    ),
    terminal=_words("etc"),
    before_number=_words("no n° núm pág p art"),
    starters=_words(
        "el la los las un una él ella ellos ellas nosotros yo usted este esta estos estas eso esto pero y "
        "luego después entonces en al si cuando como su sus nuestro nuestra todo todos hay"
    ),
)

_ZH_MARKERS = (
    tuple(f"{n}是" for n in "一二三四五六七八九十")
    + tuple(f"第{n}" for n in "一二三四五六七八九十")
    + tuple(f"其{n}" for n in "一二三四五六七八九十")
    + tuple(f"{o}{n}{c}" for o, c in (("（", "）"), ("(", ")")) for n in "一二三四五六七八九十123456789")
    + tuple(f"{n}、" for n in "一二三四五六七八九十")
    + ("首先", "其次", "再次", "此外", "最后")
)

ZH = Profile(lang="zh", cjk=True, enumeration_markers=_ZH_MARKERS)

JA = Profile(
    lang="ja",
    cjk=True,
    enumeration_markers=(
        tuple(f"第{n}に" for n in "一二三四五六七八九十")
        + tuple(
            f"{o}{n}{c}"
            for o, c in (("（", "）"), ("(", ")"))
            for n in "一二三四五六七八九十１２３４５６７８９123456789"
        )
        + ("まず", "次に", "最後に")
    ),
)

# Latin or Cyrillic text in a language without a profile: the rules with no abbreviation lists.
GENERIC = Profile(lang="und")

PROFILES: dict[str, Profile] = {p.lang: p for p in (EN, RU, FR, DE, ES, ZH, JA)}


def profile_for(lang: str) -> Profile:
    """The profile of a language code; "zh-Hant", "en_GB" and "EN" map to their base language."""
    base = lang.replace("_", "-").split("-")[0].lower()
    return PROFILES.get(base, GENERIC)
