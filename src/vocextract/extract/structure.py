"""Where mentions cannot be, and which part of the document a position belongs to.

Zones are character ranges of the original text with a kind:
- `identifier`: URLs, e-mails, DOIs, ORCIDs, phone numbers, postal codes, licence versions,
  alphanumeric codes ("5G", "G20"). Nothing is extracted inside them.
- `structure`: section, list, slide, figure and table numbers, citation markers, the day of
  a date. No NUMBER inside; years and names still count.
- `citation`: volume, issue and page details of a reference ("25(6): 25-29"). No NUMBER.
- `furniture`: running headers, footers and page numbers, as the file's reader found them
  (`readers/`). Nothing is extracted inside them: they repeat on every page.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass

from ..patterns import load_lexicon
from .units import currency_codes, currency_signs, spellings

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|"
    r"JANUARY|FEBRUARY|MARCH|APRIL|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
    r"JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC|"
    r"Muharram|Safar|Rabi['‘’]?[ \t-]?(?:al-|ul-)?(?:Awwal|Thani|Akhir)|Jumada[ \t-](?:al-|ul-)?(?:Ula|Awwal|Akhirah|Thani)|"
    r"Rajab|Sha['‘’]?ban|Ramadan|Shawwal|Dhu[ \t-]?(?:al-|l-)?(?:Qa['‘’]?dah|Qi['‘’]?dah|Hijjah))\.?"
)
"""Months in English, then the Hijri calendar's as English texts spell them ("Shaban 14, 1428 AH")."""

_ROMANCE_MONTHS = (
    r"(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    r"xaneiro|febreiro|xuño|xullo|decembro|"
    r"gener|febrer|març|maig|juny|juliol|agost|setembre|octubre|novembre|desembre)"
)
"""Months in Spanish, Portuguese, Galician and Catalan, whose dates put the day first: "10 de
abril de 1971", "26 de decembro de 2022"."""

_FRENCH_MONTHS = (
    r"(?i:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
    r"janv|févr|févr|fév|avr|juil|sept|oct|nov|déc)"
)
"""Months in French, whose dates put the day first with no word between: "17 septembre",
"Dakar, 15 déc"."""

_GERMANIC_MONTHS = (
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"januar|februar|marts|mars|maj|mai|august|augusti)"
)
"""Months in German, Dutch and the Nordic languages, whose dates put the day first: "am 31.
Dezember", "op 1 oktober", "den 7 augusti", "19. maj"."""

_ITALIAN_POLISH_MONTHS = (
    r"(?i:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|(?:genn?|febbr?|apr|mag|giu|lug|ago|sett?|ott|dic|ene|feb|mar|abr|may|jun|jul|sep|oct|nov)\.|"
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)"
)
"""Months in Italian (those Spanish shares too, which Spanish dates write after "de": "17
marzo"; abbreviated with a point, "Roma, 8 mag.", as Spanish agencies abbreviate theirs,
"MADRID, 3 Ene.") and Polish (in the genitive a date takes):
"4 luglio", "20 lipca 2018"."""

_SWAHILI_MONTHS = r"(?:Januari|Februari|Machi|Aprili|Mei|Juni|Julai|Agosti|Septemba|Oktoba|Novemba|Desemba)"
"""Months in Swahili, whose dates put the day first or after: "3 Machi 2025", "Machi 3, 2025"."""

_TURKISH_MONTHS = r"(?:Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık)"
"""Months in Turkish, whose dates put the day first: "12 Nisan 1993", "27 Ekim 1991"."""

_TURKIC_MONTHS = r"(?i:yanvar|fevral|mart|aprel|iyun|iyul|avgust|avqust|sentabr|sentyabr|oktabr|oktyabr|noyabr|dekabr)"
"""Months in Uzbek and Azerbaijani (Latin script): "21 iyul kuni", "02 Iyun 2022", and a month
with its genitive before the day and its case ending ("Dekabrın 14-də"). "may" is left out: "aged 20 to
39 may apply"."""

_NORTHERN_MONTHS = (
    r"(?i:janúar|febrúar|mars|apríl|maí|júní|júlí|ágúst|september|október|nóvember|desember|"
    r"Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)"
)
"""Months in Icelandic, after the day and its point ("2. nóvember"), and in Welsh, after the
day ("Ar 5 Awst")."""

_MALAY_MONTHS = r"(?i:januari|februari|mac|april|mei|jun|julai|ogos|september|oktober|november|disember)"
"""Months in Malay, also in a dateline's capitals: "BANDAR SERI BEGAWAN, 8 JULAI"."""

_TAGALOG_MONTHS = r"(?:Enero|Pebrero|Marso|Abril|Mayo|Hunyo|Hulyo|Agosto|Setyembre|Oktubre|Nobyembre|Disyembre)"
"""Months in Tagalog, whose dates put the day after: "Nobyembre 16-18, 2018"."""

_CENTRAL_EUROPEAN_MONTHS = (
    r"(?i:siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|listopada|studenoga?|prosinca|"
    r"januara?|februara?|marta|aprila|maja|juna|jula|avgusta|augusta|septembra|oktobra|novembra|decembra|"
    r"januarja|februarja|marca|aprila|junija|julija|avgusta|septembra|oktobra|novembra|decembra|"
    r"ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|"
    r"januára|februára|apríla|mája|júna|júla|októbra|"
    r"január|február|március|április|május|június|július|augusztus|szeptember|október|"
    r"ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|"
    r"janvārī|februārī|martā|aprīlī|maijā|jūnijā|jūlijā|augustā|septembrī|oktobrī|novembrī|decembrī|"
    r"janar(?:i|it)?|shkurt(?:i|it)?|marsit|prill(?:i|it)?|maj(?:i|it)|qershor(?:i|it)?|korrik(?:u|ut)?|gusht(?:i|it)?|"
    r"shtator(?:i|it)?|tetor(?:i|it)?|nëntor(?:i|it)?|dhjetor(?:i|it)?|"
    r"jaanuaril|veebruaril|märtsil|aprillil|juunil|juulil|augustil|septembril|oktoobril|novembril|detsembril)"
)
"""Months in Croatian, Serbian, Slovene, Czech, Slovak (in the genitive a date takes), Hungarian,
Romanian, Latvian, Albanian ("14 qershori") and Estonian (in the case of "on"), whose dates put the day first, with a
point after it in most: "23. novembra 2020", "11. lipnja 2021", "15. října", "3 martie",
"16. augustā", "19.martā"."""
_LITHUANIAN_MONTHS = (
    r"(?:sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio)"
)
"""Months in Lithuanian, in the genitive before the day and its "d." (diena): "rugsėjo 1 d."."""

FOREIGN_MONTHS = (
    rf"(?:{_ROMANCE_MONTHS}|{_FRENCH_MONTHS}|{_GERMANIC_MONTHS}|{_ITALIAN_POLISH_MONTHS}|{_SWAHILI_MONTHS}|{_CENTRAL_EUROPEAN_MONTHS})"
)
"""A month's name in any of the languages above."""

ANY_MONTH = re.compile(
    rf"(?i:{_MONTHS}|{FOREIGN_MONTHS}|{_TURKISH_MONTHS}|{_TURKIC_MONTHS}|{_MALAY_MONTHS}|{_TAGALOG_MONTHS}|{_NORTHERN_MONTHS})"
)
"""A month's name in any language and case, for telling a word from a name ("NOVEMBER" in a
dateline's capitals)."""

_SPEAKER = r"[.)]?[ \t]+(?:Mr|Mrs|Ms|Miss|Dr|Hon)\.?[ \t]+[A-Z]"
"""A title and a name after a number opening a line: a record of a parliament numbers its
questions so ("24 Mr Tan asked the Minister …"), and counts no one."""

_LABEL_WORDS = (
    r"(?:(?i:levels?|questions?|grades?|items?|phases?|tiers?|components?|n[úu]meros?|num[ée]ros?|quintiles?|quartiles?|deciles?|rooms?|routes?|categor(?:y|ies)|class|"
    r"wards?|zones?|platforms?|gates?|bands?|rounds?|sections?|terminals?|goals?|acts?|quarters?|tables?|figures?|charts?|"
    r"days?|weeks?|speakers?|respondents?|petitioners?|appellants?|applicants?|defendants?|plaintiffs?|tahap|peringkat|tingkat|art[íi]culos?|artigos?|articles?|h[ợo]p[ \t]+ph[ầa]n|ph[ầa]n|đi[ềe]u|ch[ươ][ơo]ng|kho[ảa]n|m[ụu]c|chapters?|parts?|episodes?|lessons?|sessions?|stages?|paragraphs?|paras?\.|para(?=[ \t]+\d{1,3}[ \t]*\([a-z]{1,3}\))|vol|"
    r"ISCED(?:[ \t]+levels?)?)"
    r"|Priority|(?:Diploma|Certificate)(?=[ \t]+[1-9]\b(?![.,]\d))|Line|L[íi]nea|Linha|Ligne|Track|Cycle|Term|Semester|Trimester|Batch|Cohort|Project|District|Regions?|Tranche|Lots?|Form|Number|No\.?|NO\.|Nos\.|Buildings?|Blocks?|Floors?|Suites?"
    r"|Vote|Bulletin|Newsletter|SDGs?|Orders?|Rules?|Annexures?|Revisions?|Rev\.(?=[ \t]+\d)|Key[ \t]+(?:[Ff]acts?|[Ff]indings?)|Findings?|Recommendations?"
    r"|Calle|Carrera|Avenida|Rua|Local|Decree|Resolution|Ordinance|Circular|Directive|Regulation"
    r"|(?:Decree|Law|Act|Resolution|Ordinance|Order|Regulation|Directive|Circular|Decision)[ \t]+number"
    r"|Decreto|Ley|Lei|Loi|Arrêté|Resolución|Resolução|N\.?[º°]\.?|n\.(?=[ \t]*\d)|(?i:legge)(?:[ \t]+regionale)?)"
)

_PART_WORDS = r"(?:Programme|Program|Component|Componente|Composante|Pillar|Axis|Objective|Outcome|Output|Module|Unit|Window|Plan|Proposition|Task)"
"""Parts of a plan or project numbered in its own text ("Component 2", "Output 1: …", "National
Development Plan 12"); a row that ends in such a word and a figure ("… Workforce Program 164")
gives that figure as its value."""

_SCHOOL_YEAR_WORDS = r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
"""A school year as East African and Pacific systems name it: "Senior Four", "Primary Seven",
"Standard 8" (a row label "Primary" over a table's figures is none)."""

_LABEL_NUMBER = r"(?:\d+[a-z]?(?:/\d{1,2}\b)?|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
"""What a label word numbers: "level 5", "Form 4b", "grades one to three"."""
_LISTED_LABEL_NUMBER = (
    r"(?:\d{1,2}[a-z]?(?:/\d{1,2})?(?!\d|[ \t]+(?:more|others?|additional|extra|further)\b)|\d{3,}[a-z]?(?![ \t]+(?!and\b|or\b|to\b)[a-z])"
    r"|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
)
"""A further label in a list ("Levels 2, 2/3 and 3", "Articles 91, 106 and 176"); a figure of
three digits or more before a word is a count after a label and a comma ("Level 2, 758 at
Level 3"), and so is any figure before "more" ("1 graduate from Diploma 3 and 1 more")."""



def _capital_unit_symbols() -> str:
    """Unit symbols of two letters or more written in capitals ("KW", "KVA", "MWH", "KG"), as
    an alternation: a figure glued before one is a measure ("500KVA"), not a code like
    "A320"."""
    symbols = sorted({s.upper() for s in spellings().symbols if s.isalpha() and len(s) > 1}, key=len, reverse=True)
    return "|".join(map(re.escape, symbols))


def _glued_currency_signs() -> str:
    """Upper-case currency signs and ISO 4217 codes ("QR", "JD", "EUR"), as an alternation:
    glued before three or more digits ("QR800") or after two or more ("250EUR") they write
    an amount, not a code like "G20"."""
    return "|".join(sorted(currency_signs(), key=len, reverse=True))


def _local_signs() -> str:
    """The capital-letter currency signs that are no ISO code ("JD", "QR", "RM"), as an
    alternation: glued before two digits too they write an amount ("JD25"), where an ISO code
    may be an event's ("COP28"); after "the" they are a model's ("the SR71")."""
    return "|".join(sorted(currency_signs() - currency_codes(), key=len, reverse=True))


def _scale_words() -> str:
    """The scale words of `patterns/numbers_scales.tsv` in every language ("juta", "milyon",
    "Mio"), as an alternation: a code glued to a figure before one is an amount ("RM20 juta")."""
    words = sorted((w for w in load_lexicon("numbers_scales.tsv") if len(w) > 2 and w.isalpha()), key=len, reverse=True)
    return "|".join(map(re.escape, words))


_COUNTED_LABELS = (
    r"(?:Students|Pupils|Staff|Employees|Members|Graduates|Apprentices|Trainees|Teachers|Faculty|Enrol(?:l)?ments?"
    r"|Population|Learners|Alumni|Undergraduates|Postgraduates|Workers|Beneficiaries)"
)
"""Infobox labels of a count ("Students 26000"): the figure after one is no postal code."""

_EXCHANGES = r"NYSE|NASDAQ|Nasdaq|AMEX|LSE|AIM|TSX|TSXV|ASX|NZX|JSE|NSE|BSE|SGX|HKEX|SEHK|SSE|SZSE|KRX|TWSE|IDX|Bursa|Euronext|Xetra|OTC"
_LISTING = (
    rf"(?<=\()(?:(?:{_EXCHANGES})(?:[ \t]+[A-Z][a-z]+)?|(?i:stock|share|ticker|securities)[ \t]+(?i:code|symbol)|(?i:ticker))"
    r"[ \t]*[:：][ \t]*[A-Z\d][A-Z\d.]{0,9}(?=\))"
    r"|\b\d{3,6}\.(?:HK|SS|SZ|SH|T|KS|KQ|L|AX|NS|BO|SI|TW)\b"
)
"""A company's stock listing: "(Nasdaq: LINC)", "(Stock Code: 839)", "(1969.HK)" — an exchange's
name or a code label before a ticker in brackets, or a number with an exchange's suffix."""
IDENTIFIER = "identifier"
STRUCTURE = "structure"
_PARAGRAPH_OPENERS = r"(?:The|This|These|With|In|As|To|For|On|At|All|A|An|It|Under|Since|Following|During|Our|We)"
"""Words a sentence opens with: a decimal before one after a sentence's end or a heading in
capitals is a paragraph's number ("… in 2019. 4.35 With a view to …"), not a figure."""
_FIGURE_RUN = 3
CITATION = "citation"
FURNITURE = "furniture"

_RULES: list[tuple[str, re.Pattern]] = [
    (IDENTIFIER, re.compile(r"(?:https?://|www\.)[^\s<>\"”)\]]+", re.I)),
    (IDENTIFIER, re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\s*protected\]", re.I)),
    (IDENTIFIER, re.compile(r"\b(?:doi\s*:?\s*)?10\.\d{4,9}/[^\s,;\"”]+", re.I)),
    (IDENTIFIER, re.compile(r"\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b")),
    (IDENTIFIER, re.compile(r"\b(?:ISBN|ISSN)(?:[ \t]*No\.?)?[\s:=-]*[\dX-]{8,}", re.I)),
    (IDENTIFIER, re.compile(r"\b(?:ISO|IEC|EN|BS|DIN|ASTM|ANSI)(?:/[A-Z]{2,4})?[ \t\u00a0]\d{3,5}(?:-\d{1,2})?\b")),
    (IDENTIFIER, re.compile(r"\b[A-Z]{2,6}[ \t]+(?:Number|No\.?|Code)[ \t]*:[ \t]*\d[\d.\-/]*|\((?i:code)[ \t]*:[ \t]*\d[\d.\-/]*\)")),
    (IDENTIFIER, re.compile(_LISTING)),
    (IDENTIFIER, re.compile(r"(?<![\d,.])\d{9,}(?![\d,.]\d)")),
    (IDENTIFIER, re.compile(r"(?<![\w,.-])0\d{3,}(?:[ \t]\d{3,4}){0,2}(?![\d,.]\d)")),
    (IDENTIFIER, re.compile(r"\+\d{1,3}[\s.-]?(?:\(\d+\)[\s.-]?)?\d[\d\s.-]{5,}\d")),
    (IDENTIFIER, re.compile(r"\+\d{1,3}[ ]?\(\d{2,5}\)[ ]?\d{5,8}(?:,[ \t]?\d{5,8}(?![\d,.]\d))*")),
    (IDENTIFIER, re.compile(r"(?:\(\d{2,4}\)[ \t]?|\b\d{3}[-.])\d{3,4}[-.]\d{4}\b")),
    (IDENTIFIER, re.compile(r"\(0\d{1,3}\)[ \t]?\d{2,4}[ \t]\d{3,4}\b")),
    (
        IDENTIFIER,
        re.compile(r"\b(?:tel(?:ephone|efon)?|phone|fax|facsimile|mobile|mob)\b\.?\s*:?\s*\+?[\d\s().-]{6,}\d(?:[ \t]*/[ \t]*\d{2,4}\b)?", re.I),
    ),
    (IDENTIFIER, re.compile(r"\b(?!" + _COUNTED_LABELS + r"\b)[A-Z][A-Za-z]+(?:,?\x20|(?<=[a-z])\x20[-–]\x20(?=\d{6}\b))(?P<zone>\d{5,6})(?=\s*(?:[,;)\n]|\.(?!\d)|$| [A-Z]))")),
    (IDENTIFIER, re.compile(r"\b(?:UTC|GMT)\s?[+−-]\s?\d{1,2}(?::\d\d)?(?:\s*to\s*[+−-]\d{1,2})?")),
    (IDENTIFIER, re.compile(
        r"(?<![\d.,:])\b(?:(?:1[0-2]|0?\d)(?:[.:][0-5]\d)?[ \t\u00a0]*(?:to|until|till|[-–])[ \t\u00a0]*)?"
        r"(?:1[0-2]|0?\d)(?:[.:][0-5]\d)?[ \t\u00a0]?(?:[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b)"
    )),
    (IDENTIFIER, re.compile(r"\b(?:las|la|às|as)[ \t]+(?P<zone>\d{1,2}(?:[.:h][0-5]\d)?)[ \t]+(?:horas|hrs?\.?|h\b|de[ \t]+la[ \t]+(?:mañana|tarde|noche)|da[ \t]+(?:manhã|tarde|noite))", re.I)),
    (IDENTIFIER, re.compile(r"\b(?:CC[ -]BY|Creative Commons Attribution)(?:[ -](?:NC|ND|SA|ShareAlike))*\s*\d(?:\.\d)?", re.I)),
    (IDENTIFIER, re.compile(r"(?<![\d.])\d{1,3}(?:\.\d+)?°(?:\s?\d{1,2}(?:\.\d+)?[′'])?(?:\s?\d{1,2}(?:\.\d+)?[″\"])?\s?[NSEW](?![a-z])")),
    (IDENTIFIER, re.compile(r"(?<![\d.])-?\d{1,3}\.\d{5,},[ \t]?-?\d{1,3}\.\d{5,}(?![\d.])")),
    (IDENTIFIER, re.compile(r"\bID[ \t]*(?:No\.?|Number)?[ \t]*[:#][ \t]*[A-Z]?\d[\d-]*")),
    (IDENTIFIER, re.compile(r"(?<![\d.])-?\d{1,3}\.\d{4,};\s?-?\d{1,3}\.\d{4,}(?![\d.])|(?<=/\x20)-?\d{1,3}\.\d+;\s?-?\d{1,3}\.\d+(?![\d.])")),
    (IDENTIFIER, re.compile(r"(?<![\w.-])\d+-0\d{2,}(?![\d.,]\d)|\b\d+-\d+-[A-Z]{2,}\b")),
    (
        IDENTIFIER,
        re.compile(
            rf"\b(?=(?:[A-Z][A-Za-z]*|revolution)\.?\s\d\.0\b)(?!(?i:{_glued_currency_signs()})\b)(?:[A-Z][A-Za-z]*|revolution)\.?\s\d\.0\b"
            r"(?!\s?%|\s+(?i:million|billion|trillion|bn|mn|crore|lakh)\b)"
        ),
    ),
    (
        IDENTIFIER,
        re.compile(
            r"(?:(?<!\d[.,])|(?=[A-Z]))(?<![$€£¥₹])(?<![$€£¥₹][\x20\u00a0])\b(?![A-Z]{2,3}\d{1,3}(?:[.,]\d|[mMbBk]\b|bn\b)|[A-Z]\d{1,3}(?:[.,]\d+)?(?:m|bn)\b|[A-Z]\d{1,3},\x20\d{3}\b)"
            rf"(?!(?:{_glued_currency_signs()})\d{{3,}}\b|(?<!\b[Tt]he[ \t])(?:{_local_signs()})\d{{2}}\b|\d{{2,}}(?:{_glued_currency_signs()})\b)"
            rf"(?![FCSA]Y(?:19|20)\d\d\b)(?!\d+(?:{_capital_unit_symbols()})\b)"
            r"(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z\d]{2,}\b"
            rf"(?!(?:[.,]\d+)?[ \t-]*(?i:millions?|billions?|trillions?|bn|{_scale_words()})\b|,\d{{3}}|[ \u00a0]\d{{3}}\b)"
        ),
    ),
    (IDENTIFIER, re.compile(rf"\b(?![FCSA]Y\d)(?!(?:{_local_signs()})\d)[A-Z]{{1,3}}\d{{1,3}}[-–]\d{{2,4}}\b")),
    (IDENTIFIER, re.compile(r"\b[A-Z]{2,}(?:-\d+)+\b|\b(?=[A-Z\d]*[A-Z])(?=[A-Z\d]*\d)[A-Z\d]{6,}-(?:0\d{2,}|\d{5,})\b")),
    (IDENTIFIER, re.compile(r"(?<![\w.])\d{1,3}\.[A-Z]{1,4}\d{1,3}\b")),
    (IDENTIFIER, re.compile(r"(?<![\w&])#\d+\b(?!;)")),
    (IDENTIFIER, re.compile(r"(?<=[A-Za-z]@)\d+\b")),
    (IDENTIFIER, re.compile(rf"\b(?!(?:{_glued_currency_signs()})[ \t])[A-Z]{{2,6}}(?:[ \t]+[A-Z][a-z]+)?[ \t]+\d{{3}}-\d{{1,2}}\b(?![.,]\d|[ \t]*%)")),
    (IDENTIFIER, re.compile(r"\b(?:PMB|P\.M\.B\.?|Private[ \t]+(?:Mail[ \t]+)?Bag)[ \t]*(?P<zone>\d{1,6})\b")),
    (STRUCTURE, re.compile(r"^[ \t•*-]*(?:[01]?\d|2[0-3])[.:h][0-5]\d[ \t]*[-–][ \t]*(?:[01]?\d|2[0-3])[.:h][0-5]\d(?=[ \t]+\S)", re.M)),
    (IDENTIFIER, re.compile(r"\b(?:at|from|between)[ \t]+(?P<zone>(?:[01]?\d|2[0-3])[.:][0-5]\d[ \t]*(?:to|until|and|[-–])[ \t]*(?:[01]?\d|2[0-3])[.:][0-5]\d)\b(?![.,]\d)")),
    (IDENTIFIER, re.compile(r"(?<=[.?!][ \t])\(\d{5,7}\)(?=[ \t]*$)", re.M)),
    (IDENTIFIER, re.compile(r"(?<=[.?!”\"][ \t])\d{1,2}(?=[ \t]*$)", re.M)),
    (IDENTIFIER, re.compile(r"(?:\.{3,}|…)[ \t]*\d{1,4}(?=[ \t]+[A-Z]|[ \t]*$)", re.M)),
    (IDENTIFIER, re.compile(r"\b(?:Number|No\.?|Reference|Ref\.?)[ \t]*:[ \t]*\d[\d.\-/]*")),
    (IDENTIFIER, re.compile(r"\b(?!Total\b|TOTAL\b)[A-Z][A-Za-z]*[ \t]+number[ \t]*:[ \t]*(?P<zone>\d[\d.\-/]*)")),
    (IDENTIFIER, re.compile(r"\b(?:Release|Version|Edition)[ \t]+(?P<zone>\d{1,3}(?:\.\d{1,3})*)\b(?![.,]?\d)")),
    (STRUCTURE, re.compile(r"(?<![\d.,])\d{1,3}[°º](?=[ \t]+[^\W\d_]{2,})(?![ \t]*[CF]\b)")),
    (IDENTIFIER, re.compile(r"\b(?:Acts?|Law|Decree|Parliament|Resolution|Ordinance|Regulation)[ \t]+(?P<zone>\d{1,4})[ \t]*/[ \t]*(?:19|20)\d\d\b")),
    (IDENTIFIER, re.compile(r"\b(\d{2,4})-\d{1,2}[ \t]*(?:to|–|-)[ \t]*\1-\d{1,2}\b|\bGRI[ \t]+\d{3}(?:-\d{1,2})?\b")),
    (IDENTIFIER, re.compile(r"\b(?:FM|AM|MW)[ \t]?\d{2,4}(?:\.\d{1,2})?\b(?![ \t]*(?:%|(?i:million|billion|listeners|stations)\b))")),
    (IDENTIFIER, re.compile(r"\b[A-Z]-\d{1,2}(?:-\d{1,2})+\b")),
    (IDENTIFIER, re.compile(r"\(0\d{1,3}\)[ \t]?\d{3,4}[ \t.-]?\d{3,4}\b")),
    (IDENTIFIER, re.compile(
        r"(?<![\d.,])\b\d{1,4}[ \t]+(?:[A-Z]\.(?:[ \t]?[A-Z][A-Za-z]{0,5}\.)+(?:[ \t]?\d?[a-z]{1,2}\.?)?|[A-Z][A-Za-z]{0,5}\.[ \t]?\d(?:d|th)\b)"
        r"(?:[ \t]+(?:Sec\.|§))?[ \t]+\d{1,5}(?:\([\dA-Za-z]{1,3}\))*(?:,[ \t]*\d{1,5}(?![\d.]))*"
    )),
    (IDENTIFIER, re.compile(r"\b\d+(?:/\d+)*/[A-Z]{2,}(?:-[A-Z]{2,})*\b")),
    (IDENTIFIER, re.compile(r"\b[A-Z][A-Z\d.-]*(?:/[A-Za-z\d.-]+){2,}")),
    (IDENTIFIER, re.compile(r"(?<![\d,.])\d{6,}-\d\b(?![\d.,])")),
    (IDENTIFIER, re.compile(r"(?<![\d,.])(?<!\d[ \t\u00a0])\b0\d{1,3}\x20\d{3,4}\x20\d{3,4}\b")),
    (IDENTIFIER, re.compile(r"(?<![\d,.])\b\d{1,5}(?=[ \t]+(?:[A-Z]\.?|[A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+)?[ \t]+"
                            r"(?:(?:Street|Avenue|Road|Boulevard|Lane|Drive|Way|Place)\b|(?:St|Ave|Rd|Blvd)\.(?=[ \t]*(?:[,\n]|$))))")),
    (IDENTIFIER, re.compile(r"(?<![\d,.])\b\d{1,5}(?=,?[ \t]+(?:Boulevard|Avenue|Av\.|Rue|Calle|Avenida|Rua|Via|Jalan|Jl\.)[ \t]+"
                            r"(?:(?:d[eu]s?|la|le|del|da|do)[ \t]+){0,2}[A-Z])")),
    (IDENTIFIER, re.compile(r"\b(?:[A-Z]\.){2}[ \t]\d{5}\b")),
    (IDENTIFIER, re.compile(r"(?<![\w.,-])[A-Z]?\d{3}-\d{2,3}(?:[A-Z]+s?|s)\b")),
    (IDENTIFIER, re.compile(r"(?<![\d-])\b\d{2}-\d{4}\b(?!-)")),
    (STRUCTURE, re.compile(r"<sup>.*?</sup>|\^?\[\d+(?:\s*[,–-]\s*\d+)*\]|\^\d+", re.S)),
    (STRUCTURE, re.compile(r"(?<=[\w%]\))\d{1,3}(?=[.,;:]?(?:[ \t\n]|$))")),
    (
        STRUCTURE,
        re.compile(
            r"\b(?:Slides?|Fig(?:ure)?s?|Tables?|TABLES?|FIG(?:URE)?S?|Chapters?|Sections?|Appendix|Part|Step|Stage|"
            r"Article|Clauses?|Paragraphs?|Annex|Box|Chart|Panel|Note|Equation|Eq|Photo(?:graph)?s?|Pictures?|Images?|Maps?|Graphs?|Exhibits?|"
            r"Diagrams?|Videos?|Pages?|Tabell[ae]|Tabel[al]?|Tabla|Tableau|Tabelle|Cuadro|Quadro|Gr[áa]fic[oa]s?|Grafici|Figuras?|Abbildung|Abb|Ċarts?|Grafiku?)\.?"
            r"(?:\s*(?:nru|nri|[Nn]o|[Nn]r|[Nn]º|[Nn]°)\.?)?\s*\d+(?:\.\d+)*(?:\s*of\s*\d+)?"
            r"(?:\s*(?:[-–]|to)\s*\d+(?:\.\d+)+|\s*(?:,|and|&)\s*\d+\.\d+(?:\s*[-–]\s*\d+\.\d+)?"
            r"|\s*(?:,|and|&|u|y|et|und)\s*\d{1,2}\b(?![.,]?\d|\s+[a-z]))*",
        ),
    ),
    (STRUCTURE, re.compile(r"\bTarget\s+\d{1,2}\.[\da-z]\b|\bSDGs?\s*\d{1,2}(?:\.[\da-z])?\b")),
    (STRUCTURE, re.compile(r"\((\d{1,2})\.\d{1,2}(?:[ \t]*(?:,|and|&)[ \t]*\1\.\d{1,2})+\)")),
    (STRUCTURE, re.compile(r"\b\d{1,2}[ \t]?(?i:min|minutes?)[ \t]+(?i:read)\b")),
    (STRUCTURE, re.compile(r"\b(?:(?<=[Ll]aw[ \t])|(?<=[Ll]aw[ \t]No\.[ \t])|(?<=Gazette[ \t]))\d{2,5}(?:/\d{2,4})?\b(?![.,]?\d|[ \t]*(?:%|per|years?\b))")),
    (STRUCTURE, re.compile(r"\b[FCSA]Y[ \t]?['’]?\d{2}(?:[-–/]\d{2})?\b")),
    (
        STRUCTURE,
        re.compile(
            rf"(?<![A-Z][\x20\u00a0])\b(?=[A-Z]{{2,6}}[\x20\u00a0]\d)(?!(?:{_glued_currency_signs()})\b)[A-Z]{{2,6}}[\x20\u00a0]\d{{1,2}}\b"
            r"(?![.,]?\d|[ \t]+[\dA-Z]|[ \t]*(?:%|-|–|(?i:per|percent|million|billion|bn|mn|m|k|thousand|lakh|crore)\b))"
        ),
    ),
    (STRUCTURE, re.compile(r"§§?(?![ \t]{2}|\t)[ \t\u00a0]*\d+[a-z]?(?:[ \t]*(?:,|-|–|and|und|og|en)[ \t]*\d+[a-z]?)*")),
    (STRUCTURE, re.compile(r"^[ \t#>*-]*\(?(?:\d+(?:\s*\.\s*\d+)*\s*(?:\.\)|[.)、])|(?:\d+(?:\s*\.\s*\d{1,2}(?!\d))+|\d{1,2})(?![ \t]+[a-z\d$€£%])|\d{3,}(?=\t[A-Z]|[ \t]+[A-Z]\S*[ \t]+[A-Z])(?:(?<=^(?:19|20)\d\d)|(?<=[ \t#>*(-](?:19|20)\d\d)|(?![ \t]+[A-Z][a-z]+(?<!ss)s\b)))(?=[ \t]+\S|$|(?<=\.)[—–]\()", re.M)),
    (STRUCTURE, re.compile(r"^[ \t]*\d{1,2}[.、](?=[“《（(]?[\u3400-\u9fff])", re.M)),
    (STRUCTURE, re.compile(r"^[ \t]*\d{1,2}\.\d{1,3}(?=[A-Z][a-z])(?!(?i:million|billion|thousand|trillion)\b)", re.M)),
    (STRUCTURE, re.compile(r"\b\d(?=[ \t]?[★☆])")),
    (STRUCTURE, re.compile(r"\b[Yy]ear[ \t]+(?:1[0-3]|[1-9])(?=[ \t]+(?:students?|pupils?|graduates?|learners?|leavers?|class(?:es)?|results?|exams?)\b)")),
    (STRUCTURE, re.compile(r"\b(?:Senior|Primary|Standard)[ \t]+(?:1[0-3]|[1-9]|" + _SCHOOL_YEAR_WORDS + r")\b(?![.,]?[ \t]?\d)")),
    (STRUCTURE, re.compile(r"\b(?:in|of|from|by|until|to|during)[ \t]+year[ \t]+(?P<zone>1[0-2]|[1-9]|" + _SCHOOL_YEAR_WORDS + r")\b(?![.,]?[ \t]?\d|[ \t]*%)")),
    (
        STRUCTURE,
        re.compile(
            rf"(?:\b{_LABEL_WORDS}[ \u00a0]+\*?|№[ \u00a0]*){_LABEL_NUMBER}\b(?![ \t]?%|[ \t]+(?i:{_scale_words()}|dollars?|euros?)\b)"
            rf"(?:\s*(?:,|,?\s*and|,?\s*or|&|to|-|–)\s*(?:{_LABEL_WORDS}[ \u00a0]+{_LABEL_NUMBER}|{_LISTED_LABEL_NUMBER})\b(?![.,]\d))*"
        ),
    ),
    (STRUCTURE, re.compile(rf"\b{_PART_WORDS}[ \u00a0]+(?:\d{{1,3}}|{_SCHOOL_YEAR_WORDS})\b(?![ \t]*$|[.,]\d)", re.M)),
    (STRUCTURE, re.compile(r"\b(?:School|Lyceum|Gymnasium|College|Polytechnic|Institute|Academy)[ \t]+(?:number|No\.?|Nr\.?|№)[ \t]*(?P<zone>\d{1,3})\b(?![.,]\d)")),
    (STRUCTURE, re.compile(r"(?<=[.!?])\s+\d+(?:\s?\.\s?\d+)*\s?\.(?=\s+[A-Z])")),
    (STRUCTURE, re.compile(r"^[ \t]*1[ \t]+2[ \t]+3(?:[ \t]+\d{1,2})*[ \t]*$", re.M)),
    (STRUCTURE, re.compile(r"(?<=[\w.)%])\*\d{1,2}(?![\d.,])")),
    (STRUCTURE, re.compile(r"(?<=[.!?A-Z][ \t])\d{1,2}\.\d{1,2}(?=[ \t]+" + _PARAGRAPH_OPENERS + r"\b)")),
    (STRUCTURE, re.compile(r"^[ \t]*\d{1,2}\.(?=[A-Z][a-z])|^[ \t]*\d{1,2}(?=:[ \t]+[A-Z])|^[ \t]*\d{1,2}\)(?=[A-Z][a-z])", re.M)),
    (STRUCTURE, re.compile(r"^[ \t]*[A-Z]{1,3}[ \t]?\d{1,2}(?=[ \t]+[–—-][ \t]+[A-Z])", re.M)),
    (STRUCTURE, re.compile(r"\(\d{1,2}\)|[\u2460-\u2473\u2776-\u277f]")),
    (STRUCTURE, re.compile(r"(?<=\()\s*[x×]\s*1(?:[ ,.]?000)+\b", re.I)),
    (STRUCTURE, re.compile(r"\b(?:der|die|das|den|dem|des|zum|zur|am|im|vom|von|bis|ab)[ \t](?P<zone>\d{1,3}\.)(?=[ \t]+[^\W\d_])")),
    (STRUCTURE, re.compile(r"(?:(?<=[^\d][:;]\x20)|(?<=[^\d][:;]\x20\x20)|(?<=\band\x20)|(?<=\bor\x20))\d{1,2}\)(?=[ \t]+[A-Za-z])")),
    (STRUCTURE, re.compile(r"(?:(?<=\d{4}[-–/]['’])|(?<=\b(?:of|in)\x20['’]))\d{2}\b(?![.,]?\d|%)|(?<!\d)['‘’]000\b")),
    (STRUCTURE, re.compile(r"\b" + _MONTHS + r"(?=[ \t,]+(?:1[89]|20)\d\d\b)")),
    (STRUCTURE, re.compile(r"\b" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:[ \t]*(?:-|–|to|and)[ \t]*\d{1,2}(?:st|nd|rd|th)?)?\b(?![\d,.]\d)")),
    (STRUCTURE, re.compile(r"(?<=\bon[ \t])\d{1,2}(?:st|nd|rd|th)?[ \t]*\n[ \t]*" + _MONTHS + r"(?![a-z])")),
    (STRUCTURE, re.compile(r"(?<![\d.,])\b\d{1,2}(?:[ \t]?(?:st|nd|rd|th))?(?:[ \t]*(?:-|–|to|and|until|till)[ \t]*\d{1,2}(?:st|nd|rd|th)?)?(?:\.?,?[ \t]+|/)" + _MONTHS + r"(?![a-z])")),
    (STRUCTURE, re.compile(r"(?<=\d{4}-\d\d-\d\d[ \t])\d{1,2}[.:][0-5]\d\b(?![.,]\d)")),
    (STRUCTURE, re.compile(r"(?<=(?:19|20)\d\d,\s)" + _MONTHS + r"\s+\d{1,2}\b")),
    (STRUCTURE, re.compile(r"(?<![\d.,])\b\d{1,2}(?:\.?[º°])?[ \t]+(?:de[ \t]+|d['’])?" + _ROMANCE_MONTHS + r"\b")),
    (STRUCTURE, re.compile(r"(?<![\d.,])\b\d{1,2}[ \t]+de[ \t]+(?i:jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez|ene|feb|sep|oct|dic)\b\.?")),
    (STRUCTURE, re.compile(r"(?<![\d.,])\b\d{1,2}(?:er)?[ \t]+" + _FRENCH_MONTHS + r"(?![a-zé])")),
    (STRUCTURE, re.compile(r"(?<![\d.,])\b(?:\d{1,2}\.?[ \t]*[-–][ \t]*)?\d{1,2}\.?[ \t]+" + _GERMANIC_MONTHS + r"\b")),
    (STRUCTURE, re.compile(r"\b\d{2,4}(?=-tal(?:et|s)?\b)")),
    (STRUCTURE, re.compile(r"(?<![\d.,])\b\d{1,2}[ \t]+" + _ITALIAN_POLISH_MONTHS + r"(?![a-ząćęłńóśźż])")),
    (
        STRUCTURE,
        re.compile(
            r"(?<![\d.,])\b\d{1,2}[ \t]+(?:e|ed|i|y|et|und|și)[ \t]+(?=\d{1,2}(?:\.|er|º)?[ \t]+(?:de[ \t]+)?"
            + FOREIGN_MONTHS + r")"
        ),
    ),
    (STRUCTURE, re.compile(r"(?<![\w.+])\d(?:\+\d)+(?![\w+])")),
    (STRUCTURE, re.compile(r"(?<![\w.,-])\d{1,2}-(?=[ \t]+[A-Z][a-z]+\b.*?\b\d{1,2}-[ \t]+[A-Z])")),
    (STRUCTURE, re.compile(r"(?m)^[^\n]*(?<![\w.,-])\d{1,2}-[ \t]+[A-Z][^\n]*(?<![\w.,-])(?P<zone>\d{1,2})-(?=[ \t]+[A-Z][a-z])")),
    (STRUCTURE, re.compile(r"(?<![\d.,])\b\d{1,2}(?:\.[ \t]*|[ \t]+)" + _CENTRAL_EUROPEAN_MONTHS + r"(?![^\W\d_])")),
    (STRUCTURE, re.compile(r"\b" + _LITHUANIAN_MONTHS + r"[ \t]+\d{1,2}[ \t]*d\.")),
    (STRUCTURE, re.compile(r"(?<![\d.,])\b\d{1,2}[ \t]+" + _SWAHILI_MONTHS + r"\b|\b" + _SWAHILI_MONTHS + r"[ \t]+\d{1,2}\b(?![\d.,]\d)")),
    (STRUCTURE, re.compile(r"\b" + _TAGALOG_MONTHS + r"[ \t]+\d{1,2}(?:[ \t]*[-–][ \t]*\d{1,2})?\b(?![\d.,]\d)")),
    (STRUCTURE, re.compile(r"(?<![\d.,])\b\d{1,2}[ \t]+" + _TURKISH_MONTHS + r"(?![^\W\d_])")),
    (STRUCTURE, re.compile(r"(?<![\d.,])\b\d{1,2}[ \t]+" + _TURKIC_MONTHS + r"(?![a-z])")),
    (STRUCTURE, re.compile(r"\b" + _TURKIC_MONTHS + r"[^\W\d_]{0,3}[ \t]+\d{1,2}(?=-[^\W\d_])")),
    (STRUCTURE, re.compile(r"(?<![\d.,])\b\d{1,2}[ \t]+" + _MALAY_MONTHS + r"\b")),
    (STRUCTURE, re.compile(r"(?<![\d.,])\b\d{1,2}\.?[ \t]+" + _NORTHERN_MONTHS + r"(?![^\W\d_])")),
    (STRUCTURE, re.compile(r"(?:^[ \t]*|(?<=[:;])[ \t]*)\d{1,2}(?=-[ \t]+[A-Z])", re.M)),
    (STRUCTURE, re.compile(r"(?:\b|(?<=[A-Za-z]))(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)")),
    (STRUCTURE, re.compile(r"^[ \t•*-]*(?:19|20)\d\d(?P<zone>\.(?:0[1-9]|1[0-2]))[ \t]*$", re.M)),
    (STRUCTURE, re.compile(r"(?<![\d.,/-])\b\d{1,2}[-/.]\d{1,2}(?=[-/.](?:19|20)\d\d\b)")),
    (STRUCTURE, re.compile(r"(?<![\d.,])\b1[2-4]\d\d[ \t\u00a0]?(?:AH|A\.H\.|H\.)(?![A-Za-z])")),
    (STRUCTURE, re.compile(r"\b(?:No|Nos|Number|N\.?[º°])\.?[ \t\u00a0]*\(\d+\)")),
    (IDENTIFIER, re.compile(r"\b(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d)[A-Z0-9]+(?:-[A-Z0-9]+){3,}\b")),
    (
        CITATION,
        re.compile(
            r"(?:\b\d+\s*)?\(\s*\d+(?:\s*[-–]\s*\d+)?\s*\)\s*[:,]\s*[A-Za-z]?\d+"
            r"(?:\s*[-–]\s*[A-Za-z]?\d+)?(?:\s*\+\s*\d+(?:\s*[-–]\s*\d+)?)*(?!\d|[ \t]+[a-z])"
        ),
    ),
    (CITATION, re.compile(r"\b(?:pp?|vol|no|iss|nr)\.\s*(?!\d+(?:[.,]\d+)?[ \t]?%)\d+(?:\s*[-–]\s*\d+)?", re.I)),
    (CITATION, re.compile(r"\b(?i:issue|volume)[ \t]+\d{1,4}\b(?:,[ \t]*\d{1,5}[-–]\d{1,5}\b)?|\b\d{1,4}[-–]\d{1,4}(?=[ \t]+(?:DOI|doi)\b)")),
    (
        CITATION,
        re.compile(
            r"[\[(](?:1[89]|20)\d\d[\])](?P<zone>[ \t]+(?:\d{1,4}[ \t]+)?[A-Z][A-Za-z]{1,7}(?:[ \t]+[A-Z][A-Za-z]{0,5})?"
            r"[ \t]+\d{1,5}(?![\d.,]\d)(?:[ \t]*\([A-Z]{1,5}\))?)"
        ),
    ),
    (CITATION, re.compile(r"\bCap\.[ \t]*\d{1,4}[A-Z]?\b")),
    (
        IDENTIFIER,
        re.compile(
            r"(?:\bStr\.|[Ss]tra(?:ß|ss)e\b|[Ss]traat\b|[Gg]asse\b|(?:(?<=-)W|w)eg\b|[Pp]latz\b|[Aa]llee\b|[Dd]amm\b|laan\b|vej\b|gatan\b)"
            r"[ \t]+(?P<zone>\d{1,4}[a-z]?(?:[ \t]*[-–][ \t]*\d{1,4}[a-z]?)?"
            r"(?:(?:,[ \t]*|[ \t]*\n[ \t]*)\d{4,5}(?=[ \t]+[A-Z]|[ \t]*\n[ \t]*[A-Z]))?)"
        ),
    ),
    (STRUCTURE, re.compile(r"\bContents(?P<zone>[ \t]+\d{1,3}[ \t]+[A-Z][^.\n]*)")),
    (STRUCTURE, re.compile(r"^[ \t]*\d{1,2}(?=[A-Z][a-z]|\([A-Z][a-z])", re.M)),
    (STRUCTURE, re.compile(rf"^[ \t]*\d{{1,3}}(?={_SPEAKER})", re.M)),
    (STRUCTURE, re.compile(r"(?<=\b[Tt]háng[ \t])\d{1,2}\b(?![.,]\d)|(?<=\b[Nn]gày[ \t])\d{1,2}(?=[ \t]*(?:/|tháng\b))")),
    (STRUCTURE, re.compile(r"(?<![\w.,])\d{1,2}(?:\.\d{1,2})*\.(?=[ \t]*[A-Z]{3,}\b)")),
    (STRUCTURE, re.compile(r"(?<=:[ \t])\d{1,2}\.(?=[ \t]+[A-Z])|(?<=[)\d][ \t])\d{1,2}\.(?=[ \t]+[A-Z][a-z]+[ \t]+[A-Z][a-z]+)")),
    (STRUCTURE, re.compile(r"\b(?:[Pp]ages?|No\.?[ \t]*:)[ \t]*\d{1,4}(?:[ \t]*[-–][ \t]*\d{1,4})?\b")),
    (STRUCTURE, re.compile(r"\b(?i:updated|date|published|posted|modified)[ \t]*:?[ \t]*(?:19|20)\d\d[ \t](?P<zone>(?:0?[1-9]|1[0-2])[ \t](?:0?[1-9]|[12]\d|3[01]))\b(?![\d.,])")),
]

REFERENCES_HEADING = re.compile(
    r"^[ \t#*]*(?:\d+\.?\s*)?(?:references?|bibliography|works cited|literature cited|"
    r"reference list|sources)[ \t*:]*$",
    re.I | re.M,
)
_BODY_HEADING = re.compile(
    r"^[ \t#*]*(?:1\.?\s+)?(?:introduction|background)\b[ \t*]*$", re.I | re.M
)
_REFERENCE_LINE = re.compile(
    r"^(?:[-*•]\s*)?(?:\[?\d+\]?\.?\s*)?(?P<authors>[A-Z][^\n]{0,150}?)(?:,\s*|\.\s+|\s*\()(?:19|20)\d\d[a-z]?\b"
    r"[^\n]*(?:\d+\s*[-–]\s*\d+|\.)\s*$"
)
_NAME_PARTICLES = {"and", "et", "al", "de", "van", "von", "der", "den", "la", "le", "du", "da", "dos", "y", "eds", "ed"}


def _is_reference_line(line: str) -> bool:
    """A citation: names and initials, then its year ("Vale A, 2020, …", "Bai, L. (2024). …").
    Prose that mentions a year early ("A 2015 circular set …") has other words before it."""
    m = _REFERENCE_LINE.match(line)
    return bool(m) and all(w.lower() in _NAME_PARTICLES for w in re.findall(r"\b[a-z]+\b", m.group("authors")))


@dataclass(frozen=True)
class Zones:
    """Sorted, merged ranges per kind, and where the body and the references start."""

    ranges: dict[str, list[tuple[int, int]]]
    body_start: int
    references_start: int

    def hits(self, kind: str, start: int, end: int) -> bool:
        """True if [start, end) overlaps a zone of `kind`."""
        spans = self.ranges.get(kind, [])
        i = bisect.bisect_right(spans, (start, float("inf"))) - 1
        for a, b in spans[max(i, 0) : i + 2]:
            if a < end and start < b:
                return True
        return False

    def blocks(self, mention_type: str, start: int, end: int) -> bool:
        """Whether a mention of this type may not stand at [start, end). A name that only ends
        in an identifier is numbered by it ("X Vocational School #19"); one opening inside an
        identifier (an address, a file name) is none."""
        if mention_type == "NUMBER":
            return any(self.hits(kind, start, end) for kind in (IDENTIFIER, FURNITURE, STRUCTURE, CITATION))
        return self.hits(FURNITURE, start, end) or self.hits(IDENTIFIER, start, start + 1 if mention_type == "ORG" else end)

    def section(self, pos: int) -> str:
        """Which part of the document `pos` lies in: front matter, body or references."""
        if pos >= self.references_start:
            return "references"
        return "body" if pos >= self.body_start else "front_matter"


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _references_start(text: str) -> int:
    """After a References heading; else at a closing run of lines that read as citations."""
    headings = list(REFERENCES_HEADING.finditer(text))
    if headings:
        return headings[-1].start()
    start = len(text)
    pos = len(text)
    run = 0
    for line in reversed(text.splitlines(keepends=True)):
        pos -= len(line)
        if not line.strip():
            continue
        if not _is_reference_line(line.strip()):
            break
        run += 1
        start = pos
    return start if run >= 2 else len(text)


_ITS_COUNT = r"[ \t]\((?:\d[\d,.]*|[a-z]+)\)"
_COUNT_LIST = re.compile(
    r"(?<![\w/'’-])[A-Za-z][\w/'’-]*" + _ITS_COUNT
    + r"(?:(?:[;,][ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)[A-Za-z][\w/'’ -]{0,40}?" + _ITS_COUNT + r"){2,}"
)


_BRACKETED = re.compile(r"\((\d{1,3})\)")
_BRACKETED_IN_PROSE = re.compile(r"(?<=[a-z,]\x20)\((\d{1,3})\)(?=\x20+[a-z])")
_BRACKETED_AFTER_SHARE = re.compile(r"(?<=%)[ \t]?(\(\d[\d,]*\))")
_BRACKETED_CLOSING_ROW = re.compile(r"(?<=[\w]\x20)\((\d{1,3})\)[ \t]*$", re.M)


def bracketed_counts(text: str) -> list[tuple[int, int]]:
    """Counts a release writes in brackets inside a sentence ("reports of (2) providers and
    (18) programmes") or that close the rows of a list ("Civil Engineering 1963 (30)⏎
    Mechanical Engineering 1963 (60)"): a bracketed number that is not one of the text's list
    markers, which run 1, 2, 3 … from one; and the count a share stands for ("50% (21)")."""
    present = {int(m.group(1)) for m in _BRACKETED.finditer(text)}
    markers = set(itertools.takewhile(present.__contains__, itertools.count(1)))
    after_shares = [m.span(1) for m in _BRACKETED_AFTER_SHARE.finditer(text)]
    closing = [m for m in _BRACKETED_CLOSING_ROW.finditer(text) if int(m.group(1)) not in markers]
    rows = [m.span() for m in closing] if len(closing) >= 2 else []
    return [m.span() for m in _BRACKETED_IN_PROSE.finditer(text) if int(m.group(1)) not in markers] + after_shares + rows


_CLOSING_MARKER = re.compile(r"(?<=[\w,.;:]\x20)(\d{1,2})\)(?=[ \t]+[A-Za-z])")


def prose_markers(text: str) -> list[tuple[int, int]]:
    """Markers a sentence numbers its steps with ("stakeholders 1) map the needs … they will
    2) help …"): a figure closing a bracket it never opened, when such figures run 1, 2, …
    through the text; one alone ("aged 3) and") closes an aside."""
    found = [m for m in _CLOSING_MARKER.finditer(text) if not _open_bracket(text, m.start())]
    present = {int(m.group(1)) for m in found}
    markers = set(itertools.takewhile(present.__contains__, itertools.count(1)))
    return [m.span() for m in found if len(markers) > 1 and int(m.group(1)) in markers]


_INLINE_ITEM = re.compile(r"(?<![\d.,$€£%])\b(\d{1,2})\.(?=[ \t]+[A-Z][a-z])")


def inline_items(text: str) -> list[tuple[int, int]]:
    """Items numbered inside one flattened line ("… I. General 1. Project information: …
    2. Bank's approval Date … 3. Date of General Procurement Notice"): a figure with a point
    before a capitalised word, when the line holds three or more running 1, 2, 3 … in order."""
    out: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        found = [m for m in _INLINE_ITEM.finditer(text, line.start(), line.end())]
        numbers = [int(m.group(1)) for m in found]
        run = [m for k, m in enumerate(found) if numbers[k] - 1 in numbers[:k] or numbers[k] + 1 in numbers[k + 1 :]]
        if len(run) >= _INLINE_RUN:
            out += [(m.start(), m.end(1)) for m in run]
    return out


_INLINE_RUN = 3


_CLAUSE_NUMBER = re.compile(r"^[ \t]*(\d{1,2})\.(\d{1,2})(?=[ \t]+[a-z])", re.M)


def clause_numbers(text: str) -> list[tuple[int, int]]:
    """Numbers of a rule's clauses opening their lines before lower-case words ("Applicants
    must:⏎2.1 be fluent …⏎2.2 be in good health …"): a section and its item, when the next
    item of the same section opens a line too; a decimal alone is a figure."""
    found = [(int(m.group(1)), int(m.group(2)), m.span()) for m in _CLAUSE_NUMBER.finditer(text)]
    items = {(section, item) for section, item, _ in found}
    return [span for section, item, span in found if {(section, item - 1), (section, item + 1)} & items]


def _open_bracket(text: str, pos: int) -> bool:
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return line.count("(") > line.count(")")


_STAT_PAIRS = re.compile(r"(?:^[ \t]*\d[\d,.]*\+?[ \t]*\n[ \t]*[A-Za-z][^\n\d]{0,40}(?:\n|$)){3,}", re.M)
_STAT_FIGURE = re.compile(r"^[ \t]*(\d[\d,.]*)", re.M)


def stat_pairs(text: str) -> list[tuple[int, int]]:
    """Figures in a block of three or more "figure, then its label" line pairs, as pages set
    their key numbers out ("90⏎Campuses⏎60,000+⏎Students"): counts, not list markers."""
    return [
        f.span(1) for block in _STAT_PAIRS.finditer(text)
        for f in _STAT_FIGURE.finditer(text, block.start(), block.end())
    ]


_LINE_NUMBER = re.compile(r"^(\d{1,2})(?=[ \t]+[A-Z])", re.M)
_BULLET_LINE = re.compile(r"^[ \t]*[-•*–▪◦][ \t]+(?P<n>\(?(?P<figure>\d{1,3}(?:,\d{3})*)\)?(?=[ \t]+[A-Za-z]))?[^\n]*(?:\n[ \t]*)*", re.M)


def bullet_counts(text: str) -> list[tuple[int, int]]:
    """Numbers opening the items of a bulleted list, bare or in brackets, when two or more
    items have one and they do not run on ("- 69 Mathematics⏎- 40 Sciences⏎- 1 Language",
    "- (2) Administrative Officer II⏎- Director⏎- (4) Lecturer"): the bullet is the list's
    marker, so the figures are counts; a contents list numbers its entries 1, 2, 3 under the
    bullets. Each span opens at its bullet, as the list-marker rule's does."""
    out: list[tuple[int, int]] = []
    run: list[re.Match] = []
    for m in _BULLET_LINE.finditer(text):
        if run and run[-1].end() != m.start():
            out += _counted(run)
            run = []
        run.append(m)
    return out + _counted(run)


def _counted(run: list[re.Match]) -> list[tuple[int, int]]:
    numbered = [m for m in run if m.group("n")]
    numbers = [int(m.group("figure").replace(",", "")) for m in numbered]
    runs_on = any(b == a + 1 for a, b in zip(numbers, numbers[1:]))
    return [(m.start(), m.end("n")) for m in numbered] if len(numbered) >= 2 and not runs_on else []


_HEADLINE_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"})


def headline_counts(text: str) -> list[tuple[int, int]]:
    """Numbers opening a line of title-case words ("21 Vocational High Schools Open") with no
    neighbour opening another line (20 or 22): a headline's count. A section's number has its
    siblings ("2 Methods" after "1 Introduction"), a contents entry is in sentence case ("12
    Findings and outlook"), and the first section alone stays a number."""
    found = [(int(m.group(1)), m.span(1), m.end()) for m in _LINE_NUMBER.finditer(text)]
    numbers = {n for n, _, _ in found}
    return [span for n, span, end in found if n > 1 and not {n - 1, n + 1} & numbers and _title_case_line(text, end)]


def sentence_counts(text: str) -> list[tuple[int, int]]:
    """Numbers opening a line that is a sentence ("60 Kazakhstani specialists have already
    passed the course."): a count, not a section's number, when no neighbour number opens
    another line; a heading has no full stop and few words in lower case, and a note under a
    table opens with 1 ("1 Figures include …"). The text's first line, its title, is a
    headline without the full stop ("45 nurses complete their training abroad")."""
    found = [(int(m.group(1)), m.span(1), m.end()) for m in _LINE_NUMBER.finditer(text)]
    numbers = {n for n, _, _ in found}
    return [
        span for n, span, end in found
        if n > 1 and not {n - 1, n + 1} & numbers and _sentence_line(text, end, title=not text[: span[0]].strip())
        and not re.compile(_SPEAKER).match(text, span[1])
    ]


def _sentence_line(text: str, start: int, title: bool = False) -> bool:
    line_end = text.find("\n", start)
    line = text[start : line_end if line_end >= 0 else len(text)].rstrip()
    lower = re.findall(r"\b[a-z]{2,}\b", line)
    if title and not line.endswith((".", "!", "?", ".”", '."')):
        content = [w for w in lower if w not in _HEADLINE_SMALL_WORDS]
        return len(content) >= _TITLE_WORDS and len(line.split()) <= _HEADLINE_MAX_WORDS
    return line.endswith((".", "!", "?", ".”", '."')) and len(lower) >= _SENTENCE_WORDS


_TITLE_WORDS = 3
_HEADLINE_MAX_WORDS = 16
"""Content words in lower case that make a text's first line a headline in sentence case
("45 nurses complete their training abroad"), not a name or an address after a page number;
a first line longer than a headline is a paragraph run on from one."""


_SENTENCE_WORDS = 4


def _title_case_line(text: str, start: int) -> bool:
    line_end = text.find("\n", start)
    words = re.findall(r"[A-Za-z][\w'’-]*", text[start : line_end if line_end >= 0 else len(text)])
    return len(words) >= 2 and all(w[0].isupper() or w in _HEADLINE_SMALL_WORDS for w in words)


_BARE_FIGURE = re.compile(r"^[ \t]*-?\d[\d,]*\.\d+[ \t]*$", re.M)


@functools.lru_cache(maxsize=4)
def figure_columns(text: str) -> frozenset[tuple[int, int]]:
    """Lines holding one decimal figure each, three or more in a row (a table a converter
    wrote one cell per line: "2.5", "2.0", "1.3"): figures, not section numbers, each a line
    of figures of its own. Cached: every number of the document asks."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for m in _BARE_FIGURE.finditer(text):
        if run and text[run[-1][1] : m.start()] != "\n":
            out += run if len(run) >= _FIGURE_RUN else []
            run = []
        run.append(m.span())
    return frozenset(out + (run if len(run) >= _FIGURE_RUN else []))


_PIPE_CELL = re.compile(r"^[ \t]*\|[ \t]*\n[ \t]*(-?\d[\d.,]*)[ \t]*$", re.M)


def pipe_cells(text: str) -> list[tuple[int, int]]:
    """Figures alone on a line under a line holding only "|", three or more in the text (a
    table a converter wrote one cell per line with the cell rules between): cells, not list
    numbers."""
    cells = [m.span(1) for m in _PIPE_CELL.finditer(text)]
    return cells if len(cells) >= _FIGURE_RUN else []


_RANK_HEADER = re.compile(r"^(?P<first>Rank(?:ing)?\b)?[^\n]*?(?P<last>\bRank(?:ing)?)?[ \t]*$", re.M | re.I)
_RANK_FIRST = re.compile(r"^[ \t]*(\d{1,3})(?=[ \t.])")
_RANK_LAST = re.compile(r"(?<=[ \t])(\d{1,3})[ \t]*$")


def rank_cells(text: str) -> list[tuple[int, int]]:
    """The ranks of a table whose header opens or ends with "Rank" ("Flag Country Value Value
    change, % Rank" over "Andorra Andorra 488 +11.2% 63"): each row's first or last figure,
    down to the first line that has none there. A rank is an ordinal, no count."""
    out: list[tuple[int, int]] = []
    for header in _RANK_HEADER.finditer(text):
        first, last = header.group("first"), header.group("last")
        if not (first or last) or first and last or len(header.group().split()) < 2:
            continue
        pattern = _RANK_FIRST if first else _RANK_LAST
        pos = header.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            m = pattern.search(text, pos, end)
            if m is None:
                break
            out.append(m.span(1))
            pos = end + 1
    return out


_CAPS_TITLE = re.compile(r"\b[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){2,}\b")
_PAGE_AFTER = re.compile(r"[ \t]+(\d{1,3})(?=[ \t]*(?:\n|$))")
_PAGE_BEFORE = re.compile(r"(?<!\S)(\d{1,3})[ \t]+$")


def running_title_pages(text: str) -> list[tuple[int, int]]:
    """Page numbers beside a running title, which a converted report repeats on every page
    ("X ANNUAL SERVICE PLAN REPORT 1", "… participants 2 X ANNUAL SERVICE PLAN REPORT"): a
    run of three or more words in capitals written twice or more, and a figure right before
    it or right after it at the end of its line."""
    titles = list(_CAPS_TITLE.finditer(text))
    repeated = {title for title, n in Counter(m.group() for m in titles).items() if n > 1}
    out = []
    for m in titles:
        if m.group() not in repeated:
            continue
        if after := _PAGE_AFTER.match(text, m.end()):
            out.append(after.span(1))
        if before := _PAGE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            out.append(before.span(1))
    return out


_YEAR_PAIR_CODE = re.compile(r"(?<![\d.,])\b((?:19|20)\d\d)(\d\d)\b(?![.,]\d)")


def academic_year_codes(text: str) -> list[tuple[int, int]]:
    """ "201920": a school or fiscal year written as its two years run together, as data
    tables code their time periods, an identifier rather than a count."""
    return [m.span() for m in _YEAR_PAIR_CODE.finditer(text) if int(m.group(2)) == (int(m.group(1)) + 1) % 100]


@functools.cache
def _letter_signs() -> frozenset[str]:
    return frozenset(
        t for name in ("numbers_currencies.tsv", "numbers_local_currencies.tsv") for t in load_lexicon(name) if re.fullmatch(r"[A-Z]", t)
    )


def lettered_amounts(text: str) -> list[tuple[int, int]]:
    """ "R3045", "K1500": a one-letter currency sign glued to three digits or more writes an
    amount, not a code like "A320", in a text that writes the same sign as money elsewhere,
    with thousands ("R6,000") or a scale word ("R1.2 million")."""
    signs = {
        m.group(1) for m in re.finditer(r"\b([A-Z])\d{1,3}(?:(?:,\d{3})+\b|(?:[.,]\d+)?[ \t]?(?:million|billion|bn|m)\b)", text)
        if m.group(1) in _letter_signs()
    }
    return [m.span() for m in re.finditer(r"\b([A-Z])\d{3,7}\b(?![.,]\d)", text) if m.group(1) in signs]


def find_zones(text: str, furniture: tuple[tuple[int, int], ...] = ()) -> Zones:
    """The zones of `text`. A bracketed figure in a list of items each followed by its count
    ("welding (70); baking (78) and tailoring (15)") is a count, not a list or note marker;
    nor is a figure in a column of them written one per line, or one per cell between "|"
    lines."""
    ranges: dict[str, list[tuple[int, int]]] = {FURNITURE: list(furniture)}
    counts = [m.span() for m in _COUNT_LIST.finditer(text)] + sorted(figure_columns(text)) + pipe_cells(text) + headline_counts(text) + sentence_counts(text) + bracketed_counts(text) + stat_pairs(text) + bullet_counts(text) + lettered_amounts(text)
    for kind, pattern in _RULES:
        group = "zone" if "zone" in pattern.groupindex else 0
        ranges.setdefault(kind, []).extend(
            m.span(group) for m in pattern.finditer(text)
            if m.end(group) > m.start(group) and not any(a <= m.start(group) and m.end(group) <= b for a, b in counts)
        )
    ranges[STRUCTURE].extend(rank_cells(text) + prose_markers(text) + clause_numbers(text) + inline_items(text) + running_title_pages(text))
    ranges[IDENTIFIER].extend(academic_year_codes(text))
    body = _BODY_HEADING.search(text)
    return Zones(
        {kind: _merge(spans) for kind, spans in ranges.items()},
        body.start() if body else 0,
        _references_start(text),
    )
