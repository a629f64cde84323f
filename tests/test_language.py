"""The document language guess that decides which number words count."""

from __future__ import annotations

import pytest

from vocextract.extract.language import language_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param("The college trained two hundred welders in the year before the war.", "en", id="english"),
        pytest.param("Gli altri due formeranno esperti di meccatronica, ma in due nuove sedi della regione.", "it", id="italian"),
        pytest.param("De daling van het aantal studenten is volgens de raad een gevolg van de vergrijzing.", "nl", id="dutch"),
        pytest.param("Ministar je rekao da je program bio važan i da će se nastaviti sljedeće godine.", "hr", id="croatian"),
        pytest.param("Po njegovih besedah je program uspešen, saj so se dijaki v šoli veliko naučili.", "sl", id="slovene"),
        pytest.param("Bu okullardan mezun olanların sayısı her yıl artıyor ve bu da çok önemli bir gelişme.", "tr", id="turkish"),
        pytest.param("Viimase viie aasta jooksul on Eestis praktika läbinud palju õpilasi, ja see on hea, kui nad on siin ja kõik on rahul.", "et",
                     id="estonian"),
        pytest.param("Pēdējos desmit gados profesionālo izglītības programmu audzēkņu skaits ir samazinājies, liecina dati.", "lv",
                     id="latvian"),
        pytest.param("Kaip ir ankstesniais metais, bendrąjį priėmimą į profesinio mokymo įstaigas organizavo asociacija.", "lt",
                     id="lithuanian"),
        pytest.param("Projekti mbështet procesin e reformave në arsimin profesional dhe të rinjtë që do të punësohen.", "sq",
                     id="albanian"),
        pytest.param("La Conselleria d’Educació coordina projectes de mobilitat, i els alumnes fan pràctiques en empreses de la Unió Europea.",
                     "ca", id="catalan"),
        pytest.param("A Consellería vén de convocar as axudas de mobilidade, e tamén financia unha parte das prazas do alumnado.",
                     "gl", id="galician-is-not-read-as-portuguese"),
        pytest.param("Die Geschichte der Schule beginnt mit einem Kurs und zwei Klassen, die von den Lehrern geleitet werden.",
                     "de", id="german"),
        pytest.param("Antallet af elever på erhvervsuddannelserne er steget, og det er vi glade for, siger hun.", "da",
                     id="danish-is-not-read-as-dutch"),
        pytest.param("Ayon sa TESDA, ang isinagawang onsite assessment ay para sa mga manggagawa na nasa ibang bansa at sila ay "
                     "sumailalim sa pagsasanay.", "tl", id="tagalog-is-no-romanian"),
        pytest.param("Theo Trung tâm, đây là kỳ thi có số lượng người đăng ký lớn nhất và các trường nghề đã được hỗ trợ "
                     "trong nhiều năm qua.", "vi", id="vietnamese-is-no-italian"),
        pytest.param("Koulutuksen järjestäjänä toimii koulutuskuntayhtymä, ja opiskelijat ovat antaneet erinomaista palautetta, "
                     "kun he ovat olleet täällä.", "fi", id="finnish-is-no-german"),
        pytest.param("O‘zbekiston dunyoda Yaponiyaga ishchi kuchi olib kirish imkoniyatiga ega bo‘ldi va endi o‘zbek migrantlari "
                     "u yerda ham ishlashi mumkin.", "uz", id="uzbek-with-its-marks-is-no-romanian"),
        pytest.param("Dekabrın 14-də Türkiyə təhsil rəsmiləri şəhərdə yerləşən liseyə səfər edib və tərəflər əməkdaşlıq haqqında "
                     "danışıblar.", "az", id="azerbaijani-is-no-turkish"),
        pytest.param("Hy sê hulle sal nie die kolleges sluit nie, want die land het baie vakmanne nodig vir sy ekonomie en ek "
                     "stem saam.", "af", id="afrikaans-is-no-dutch"),
        pytest.param("Mae’r coleg yn dathlu pum mlynedd ers ei sefydlu, ac mae wedi tyfu’n gyflym yn y cyfnod hwnnw.", "cy", id="welsh"),
        pytest.param("Specialization and its level | Hours | Grade\n" + "NC II | 640 | 11\nNC III | 320 | 12\n" * 4, "en",
                     id="roman-numerals-in-an-english-table-are-no-slovene"),
        pytest.param("Kestria 2024: 1,200 | 3,400 | 5,600", "en", id="figures-alone-are-english"),
    ],
)
def test_language_of(text, language):
    assert language_of(text) == language
