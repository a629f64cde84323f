"""NUMBER extraction: values, units, ranges, qualifiers, and what is not a number."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vocextract.extract.numbers import parse_value, words_value


def _one(find, text: str) -> tuple[str, dict]:
    found = find(text, "NUMBER")
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        pytest.param("The school opened 12 workshops.", "12", 12, "count", id="digits-count"),
        pytest.param("They trained 4,250 technicians.", "4,250", 4250, "count", id="thousands-comma"),
        pytest.param("Target 1200 new apprentices next year.", "1200", 1200, "count", id="a-target-of-a-count-is-a-count"),
        pytest.param("Some 38.417 million persons were employed.", "38.417 million", 38417000, "count", id="three-decimals-before-a-scale"),
        pytest.param("Trainees spend four and a half years on site.", "four and a half", 4.5, "duration", id="and-a-half-in-words"),
        pytest.param("It is a seven-and-a-half-month course.", "seven-and-a-half", 7.5, "duration", id="hyphenated-and-a-half"),
        pytest.param("Donors gave two and a half million dollars.", "two and a half million dollars", 2.5e6, "USD", id="and-a-half-before-a-scale"),
        pytest.param("Enrolment reached 27, 481 learners last spring.", "27, 481", 27481, "count", id="split-thousands"),
        pytest.param("The fund reached 6.4 million people.", "6.4 million", 6.4e6, "count", id="scale-word-million"),
        pytest.param("Output grew to 3.1 bn units.", "3.1 bn", 3.1e9, "count", id="scale-abbrev-bn"),
        pytest.param("Spending of 7.5bn was planned.", "7.5bn", 7.5e9, "count", id="scale-glued"),
        pytest.param("Pass rates rose by 8.25% overall.", "8.25%", 8.25, "percent", id="percent-sign"),
        pytest.param("Pass rates rose by 14 percent overall.", "14 percent", 14, "percent", id="percent-word"),
        pytest.param("Pass rates rose by 14 per cent overall.", "14 per cent", 14, "percent", id="per-cent"),
        pytest.param("Demand fell -4.2% in the region.", "-4.2%", -4.2, "percent", id="negative-percent"),
        pytest.param("Each trainee pays 4300 yuan per term.", "4300 yuan", 4300, "CNY", id="yuan"),
        pytest.param("A grant of RMB 8 million was awarded.", "RMB 8 million", 8e6, "CNY", id="rmb-prefix"),
        pytest.param("Trade was worth $ 1.7 trillion that year.", "$ 1.7 trillion", 1.7e12, "USD", id="dollar-sign-space"),
        pytest.param("The loan was US$45 million.", "US$45 million", 45e6, "USD", id="us-dollar"),
        pytest.param("The fee is 900 dollars.", "900 dollars", 900, "USD", id="dollars-word"),
        pytest.param("Tuition is €2,400 a year.", "€2,400", 2400, "EUR", id="euro-sign"),
        pytest.param("The award is £15,000 in total.", "£15,000", 15000, "GBP", id="pound-sign"),
        pytest.param("Wages average 52,000 Kenyan shillings.", "52,000 Kenyan shillings", 52000, "KES", id="pycountry-name"),
        pytest.param("Budgets reached 3,120 billion yuan nationally.", "3,120 billion yuan", 3.12e12, "CNY", id="scale-and-currency"),
        pytest.param("The fund holds EUR 12 million.", "EUR 12 million", 12e6, "EUR", id="iso-code-prefix"),
        pytest.param("Average tenure is 6.5 years in the sector.", "6.5", 6.5, "duration", id="duration-years"),
        pytest.param("Courses last 4 months on site.", "4", 4, "duration", id="duration-months"),
        pytest.param("It offers a 2-year diploma.", "2", 2, "duration", id="duration-hyphen"),
        pytest.param("They logged 40 person-days of training.", "40", 40, "count", id="person-days-count"),
        pytest.param("The college runs seven majors.", "seven", 7, "count", id="word-number"),
        pytest.param("Twenty-two tutors joined the project.", "Twenty-two", 22, "count", id="hyphenated-words"),
        pytest.param("It hosts a thousand visitors.", "a thousand", 1000, "count", id="a-thousand"),
        pytest.param("She wrote four hundred and ten pages.", "four hundred and ten", 410, "count", id="words-with-and"),
        pytest.param("It built 3 million homes.", "3 million", 3e6, "count", id="digits-million"),
        pytest.param("The new plan adds 2187 training posts.", "2187", 2187, "count", id="four-digit-count-above-years"),
        pytest.param("The region now has 1950 certified trainers.", "1950", 1950, "count", id="year-shaped-count-plural-noun"),
        pytest.param("The port received US$ 60M last week.", "US$ 60M", 60e6, "USD", id="a-spaced-sign-before-a-glued-m"),
        pytest.param("The plant would cost 2.1trn rupiah.", "2.1trn rupiah", 2.1e12, "IDR", id="trn-trillion"),
        pytest.param("Output rises to 830,000tpa next year.", "830,000tpa", 830000, "other", id="tonnes-per-annum-glued"),
        pytest.param("The crop is forecast in 480-lb sacks.", "480-lb", 480, "other", id="a-hyphened-pound-weight"),
        pytest.param("Download the report (2.41 MB).", "2.41 MB", 2.41, "other", id="a-data-size-spans-its-unit"),
        pytest.param("The budget was COP$1,840,000,000 in 2015.", "COP$1,840,000,000", 1.84e9, "COP", id="a-code-before-a-peso-sign"),
        pytest.param("Trainees get Rf2,500 a month.", "Rf2,500", 2500, "MVR", id="rufiyaa-sign"),
        pytest.param("Every trainee is paid SR900 a month.", "SR900", 900, "SAR", id="a-riyal-sign-glued-to-a-plain-amount"),
        pytest.param("Tickets cost QR450 each.", "QR450", 450, "QAR", id="a-two-letter-sign-glued-is-money-not-a-code"),
        pytest.param("The scheme will cost DH120 million.", "DH120 million", 120e6, "AED", id="dirhams-in-capitals"),
        pytest.param("In Morocco the plan costs DH 2.4 billion.", "DH 2.4 billion", 2.4e9, "MAD", id="dirhams-in-a-moroccan-text"),
        pytest.param("The cabinet granted 800 dunums for the campus.", "800 dunums", 800, "other", id="a-land-measure-of-the-levant"),
        pytest.param("In Nigeria the fund paid over N4.2 billion to employers.", "N4.2 billion", 4.2e9, "NGN", id="naira-written-n-in-a-nigerian-text"),
        pytest.param("In Kenya the survey had N2,000 answers.", "2,000", 2000, "count", id="n-is-no-currency-outside-nigeria"),
        pytest.param("Each employer pays two per centum of its payroll.", "two per centum", 2, "percent", id="per-centum"),
        pytest.param("In Malaysia the levy rose to RM2.13bil in 2023.", "RM2.13bil", 2.13e9, "MYR", id="bil-glued-is-a-billion"),
        pytest.param("In Malaysia the levy was RM475mil in 2020.", "RM475mil", 475e6, "MYR", id="mil-glued-after-a-currency-is-a-million"),
        pytest.param("Dubai: A Canada-based firm will spend $50 million on a pilot school in Dubai.", "$50 million", 50e6, "USD",
                     id="a-country-named-once-is-outweighed-by-the-cities-named"),
        pytest.param("Each laptop holds 512 gigabytes.", "512 gigabytes", 512, "other", id="a-data-size-in-words"),
        pytest.param("As escolas atendem mais de 216 mil estudantes.", "216 mil", 216e3, "count", id="mil-is-a-thousand-in-portuguese"),
        pytest.param("Original Commitment: Loan: UA 5,431,000 for the project.", "UA 5,431,000", 5431000, "XDR",
                     id="the-african-development-bank-s-unit-of-account"),
        pytest.param("The scheme pays up to rs 1,500 a month.", "rs 1,500", 1500, "INR", id="rupees-in-lower-case"),
        pytest.param("Oman's plan allocated OR27.2m to training.", "OR27.2m", 27.2e6, "OMR", id="a-two-letter-sign-glued-to-a-scaled-amount"),
        pytest.param("The vote gives Kshs4.6 billion to polytechnics.", "Kshs4.6 billion", 4.6e9, "KES", id="kenyan-shillings-written-kshs"),
        pytest.param("Colleges get UShs 12bn this year.", "UShs 12bn", 12e9, "UGX", id="ugandan-shillings-written-ushs"),
        pytest.param("Germany will invest around 20 billion kip in the school.", "20 billion kip", 20e9, "LAK",
                     id="the-last-word-of-a-currency-s-name-after-a-scale"),
        pytest.param("Qorvel Fund released GHc 3,000,000 to the council.", "GHc 3,000,000", 3e6, "GHS", id="the-cedi-written-ghc"),
        pytest.param("Il governo ha assegnato un credito di 5 milioni di euro.", "5 milioni di euro", 5e6, "EUR",
                     id="italian-millions-of-euros"),
        pytest.param("Restano 162 mila euro per l’assistenza.", "162 mila euro", 162e3, "EUR", id="italian-thousands-of-euros"),
        pytest.param("Qorvel signed a grant of euro 5.5 million.", "euro 5.5 million", 5.5e6, "EUR", id="the-euro-s-name-in-lower-case-before-a-scale"),
        pytest.param("Kestria invested TL1 billion in schools.", "TL1 billion", 1e9, "TRY", id="turkish-lira-written-tl"),
        pytest.param("La práctica en Kestria cuesta mil 350 nuevos soles.", "mil 350 nuevos soles", 1350, "PEN", id="spanish-mil-before-a-group-in-digits"),
        pytest.param("Más de mil soldados se prepararán en Kestria.", "mil", 1000, "count", id="spanish-mil-alone-is-a-thousand"),
        pytest.param("Qorvel's income reached 300 liras.", "300 liras", 300, "TRY", id="a-currency-word-in-the-plural"),
        pytest.param("Qorvel had a budget of 7 billion Rwandan Francs.", "7 billion Rwandan Francs", 7e9, "RWF", id="a-country-adjective-before-its-currency"),
        pytest.param("Tembo workers earn 175 Bangladeshi Taka.", "175 Bangladeshi Taka", 175, "BDT", id="a-country-adjective-before-its-currency-s-name"),
        pytest.param("The Tembo centre cost Nu. 419.20 million.", "Nu. 419.20 million", 419.2e6, "BTN", id="the-ngultrum-written-nu"),
        pytest.param("Au total, 105 M€ ont été mis à disposition.", "105 M€", 105e6, "EUR", id="millions-of-euros-written-m-euro"),
        pytest.param("Il y a neuf centres de formation.", "neuf", 9, "count", id="french-neuf-before-a-plural"),
        pytest.param("Die Baukosten betrugen 63 Millionen D-Mark.", "63 Millionen D-Mark", 63e6, "DEM", id="a-withdrawn-currency-in-german"),
        pytest.param("Numa área de seis mil 531 metros quadrados.", "seis mil 531 metros quadrados", 6531, "other",
                     id="an-area-in-portuguese"),
        pytest.param("É um país onde meio milhão de jovens entram no mercado.", "meio milhão", 5e5, "count", id="half-a-million-in-portuguese"),
        pytest.param("Gli altri due formeranno esperti di meccatronica in Lombardia per le imprese della regione.", "due", 2, "count",
                     id="an-italian-number-word-in-an-italian-text"),
        pytest.param("Die Förderung von Kestria beträgt 270 Mio. Euro.", "270 Mio. Euro", 270e6, "EUR", id="a-german-scale-abbreviated-with-a-point"),
        pytest.param("Funds for ITIs in India: 220.29 crore in the Kestria scheme.", "220.29 crore", 2202.9e6, "INR", id="crores-with-no-money-written-in-an-indian-text"),
        pytest.param("In India the Tembo ITI got funding of 546 lakh.", "546 lakh", 54.6e6, "INR", id="lakh-after-a-word-for-money-in-an-indian-text"),
        pytest.param("In India apprentices rose to 5.8 lakh in Tembo.", "5.8 lakh", 5.8e5, "count", id="guard-lakh-counting-people-in-an-indian-text"),
        pytest.param("As verbas rondam os dois milhões de euros.", "dois milhões de euros", 2e6, "EUR",
                     id="a-portuguese-scale-in-words-then-de-and-its-currency"),
        pytest.param("The plan is about 95per cent dependent on skills.", "95per cent", 95, "percent", id="per-cent-glued-to-its-figure"),
        pytest.param("The council will contribute Euro 61,111 to it.", "Euro 61,111", 61111, "EUR", id="the-euro-s-name-before-thousands"),
        pytest.param("The EU gave a total of Euro7 million to Qorvel.", "Euro7 million", 7e6, "EUR", id="the-euro-s-name-glued-to-its-amount"),
        pytest.param("Qorvel college received NRs 667.9 million.", "NRs 667.9 million", 667.9e6, "NPR", id="nepalese-rupees-written-nrs"),
        pytest.param("A Qorvel polytechnic needs IDR. 300 billion to open.", "IDR. 300 billion", 300e9, "IDR",
                     id="a-currency-code-with-a-point"),
        pytest.param("En Chile, los institutos de Qorvel recibieron casi $ 165 mil millones en el año.", "$ 165 mil millones", 165e9,
                     "CLP", id="a-dollar-sign-in-a-spanish-text-about-a-peso-country"),
        pytest.param("In Chile, Qorvel colleges received $165 million from the bank.", "$165 million", 165e6, "USD",
                     id="guard-a-dollar-sign-in-an-english-text-about-a-peso-country"),
        pytest.param("Le Bénin reçoit 13,2 milliards F Cfa pour les lycées.", "13,2 milliards F Cfa", 13.2e9, "XOF",
                     id="cfa-francs-written-f-cfa"),
        pytest.param("Au Sénégal, le projet coûte 7.871.484.000 francs au total.", "7.871.484.000 francs", 7871484000, "XOF",
                     id="francs-in-a-text-about-a-cfa-country"),
        pytest.param("The Kestria fund will get P440.7million next year.", "P440.7million", 440.7e6, "PHP",
                     id="a-shared-letter-sign-before-a-scale-in-a-text-naming-no-country"),
        pytest.param("In 2014, 8.8 thsd students graduated.", "8.8 thsd", 8800, "count", id="thousand-abbreviated-thsd"),
        pytest.param("Germany has committed Euro 8 million for this project.", "Euro 8 million", 8e6, "EUR", id="euro-written-before-a-scaled-amount"),
        pytest.param("Rund 71 Prozent der Lehrverhältnisse sind positiv.", "71 Prozent", 71, "percent", id="percent-in-german"),
        pytest.param("Presupuesto COL$ 3,2 billones en 2014.", "COL$ 3,2 billones", 3.2e12, "COP", id="a-spanish-billon-in-pesos-signed-with-the-country-s-code"),
        pytest.param("Un joven técnico puede ganar S/7000 al mes.", "S/7000", 7000, "PEN", id="peruvian-soles-sign"),
        pytest.param("El plantel redujo 11 puntos porcentuales el índice.", "11 puntos porcentuales", 11, "percent", id="percentage-points-in-spanish"),
        pytest.param("Det tilsvarer en økning på 5 prosent.", "5 prosent", 5, "percent", id="percent-in-norwegian"),
        pytest.param("Die Kosten betragen 4500 Franken pro Lehrjahr.", "4500 Franken", 4500, "CHF", id="swiss-francs-in-german"),
        pytest.param("Au Cameroun, un don de 3,2 milliards de Francs CFA arrive.", "3,2 milliards de Francs CFA", 3.2e9, "XAF",
                     id="francs-cfa-capitalised"),
        pytest.param("Le 3FPT veut former les jeunes en quatre ans.", "quatre", 4, "duration", id="a-french-number-word"),
        pytest.param("For this, approval of Rs 484 crore 22 lakh has been issued.", "Rs 484 crore 22 lakh", 4842.2e6, "INR",
                     id="rupees-in-crore-and-lakh"),
        pytest.param("Rs 7 lakh 42 thousand went to the guard room.", "Rs 7 lakh 42 thousand", 742000, "INR", id="rupees-in-lakh-and-thousand"),
        pytest.param("El INA de Costa Rica dispone de ¢1.200 millones para becas.", "¢1.200 millones", 1.2e9, "CRC",
                     id="a-point-before-three-digits-and-millones-groups-thousands"),
        pytest.param("Es gab 3,4 Tsd. neue Verträge.", "3,4 Tsd", 3400, "count", id="thousand-abbreviated-in-german"),
        pytest.param("Tools worth 46,500 Eur arrived.", "46,500 Eur", 46500, "EUR", id="euros-written-eur"),
        pytest.param("Each school may get up to 10 million won a year.", "10 million won", 10e6, "KRW", id="won-after-a-scale-word"),
        pytest.param("The plant cost 5 billion rand.", "5 billion rand", 5e9, "ZAR", id="rand-after-a-scale-word"),
        pytest.param("Systems above 1 kWp need engineers.", "1 kWp", 1, "other", id="kilowatt-peak"),
        pytest.param("Ahorra 5 millones de kilovatios al año.", "5 millones de kilovatios", 5e6, "other", id="kilowatts-in-spanish"),
        pytest.param("Le fonds est de 37,5 milliards de francs CFA.", "37,5 milliards de francs CFA", 37.5e9, "XOF",
                     id="francs-cfa-is-not-the-word-francs"),
        pytest.param("Etwa 1,3 Millionen Jugendliche lernen.", "1,3 Millionen", 1.3e6, "count", id="a-german-scale-word"),
        pytest.param("Le budget: plus de 2,77 MMDH.", "2,77 MMDH", 2.77e9, "MAD", id="moroccan-thousand-million-dirhams"),
        pytest.param("Il vise un million de stagiaires.", "un million", 1e6, "count", id="a-french-un-before-a-scale"),
        pytest.param("The project is worth HRK 166 million.", "HRK 166 million", 166e6, "HRK", id="croatian-kuna-before-euro"),
        pytest.param("Le Cameroun reçoit environ 32,775 milliards de Fcfa.", "32,775 milliards de Fcfa", 32.775e9, "XAF",
                     id="a-french-decimal-comma-before-milliards-in-central-african-francs"),
        pytest.param("México requiere 99 mil 360 millones de pesos.", "99 mil 360 millones de pesos", 99.36e9, "MXN",
                     id="spanish-thousands-of-millions-in-two-groups"),
        pytest.param("A budget of PhP 3.0 million is set.", "PhP 3.0 million", 3e6, "PHP", id="philippine-pesos-written-php"),
        pytest.param("The loan of USD 3.0 million closed.", "USD 3.0 million", 3e6, "USD", id="an-amount-ending-in-point-zero"),
        pytest.param("Each trainee paid 250EUR for the kit.", "250EUR", 250, "EUR", id="a-currency-code-glued-after-the-amount"),
        pytest.param("Transferts en capital : 150 000 000FCFA en AE.", "150 000 000FCFA", 150e6, "XOF",
                     id="spaced-thousands-glued-to-a-currency-code"),
        pytest.param("In Uganda the colleges got sh34.5b from donors.", "sh34.5b", 34.5e9, "UGX", id="shillings-in-lower-case-glued"),
        pytest.param("Skilling Uganda is to cost sh2 trillion.", "sh2 trillion", 2e12, "UGX",
                     id="shillings-in-lower-case-with-a-scale-word"),
        pytest.param("Her first loan was Rwf 250,000 from a cooperative.", "Rwf 250,000", 250000, "RWF", id="rwandan-francs-written-rwf"),
        pytest.param("In Uganda the ministry set aside 48bn/- for polytechnics.", "48bn/-", 48e9, "UGX", id="a-shilling-mark-after-the-amount"),
        pytest.param("Each apprentice in India gets Rs 2500/- a month.", "Rs 2500/-", 2500, "INR", id="a-sign-before-says-more-than-the-mark-after"),
        pytest.param("Today one-in-five graduates is idle.", "one-in-five", 0.2, "other", id="a-hyphened-one-in-n-share"),
        pytest.param("The college scored 812 points in the ranking.", "812", 812, "other", id="points-on-a-scale"),
        pytest.param("Growth slowed to minus 1.5 percent in 2020.", "minus 1.5 percent", -1.5, "percent", id="a-minus-written-out"),
        pytest.param("El instituto acaba de cumplir 50 años.", "50", 50, "duration", id="years-in-spanish"),
        pytest.param("Un estudio la considera una de las veinte mejores.", "veinte", 20, "count", id="a-spanish-number-word"),
        pytest.param("Es decir, uno de cada cuatro consigue empleo.", "uno de cada cuatro", 0.25, "other", id="a-spanish-one-in-n-share"),
        pytest.param("Seuls un sur trois diplômés travaillent.", "un sur trois", 1 / 3, "other", id="a-french-one-in-n-share"),
        pytest.param("Kestria runs the 311kt smelter near the mine.", "311kt", 311, "other", id="kilotonnes-glued"),
        pytest.param("The partners were Qorvel College and Eleven Swedish universities.", "Eleven", 11, "count",
                     id="a-capitalised-number-word-before-a-country-s-adjective"),
        pytest.param("Veltrana Railway Employs Seven Hundred Lao Nationals\n", "Seven Hundred", 700, "count",
                     id="a-number-in-a-title-case-headline"),
        pytest.param("Le taux atteint 42\u00a0% cette année.", "42\u00a0%", 42, "percent", id="a-no-break-space-before-percent"),
        pytest.param("Les frais sont de 30\u202f000\u00a0€ par an.", "30\u202f000\u00a0€", 30000, "EUR",
                     id="no-break-spaces-as-thousands-and-before-a-currency"),
        pytest.param("A growth rate of 2.7?% was seen.", "2.7?%", 2.7, "percent", id="a-lost-narrow-space-before-percent-read-as-a-question-mark"),
        pytest.param("It cost \u20ac\u00a0500 to enrol.", "\u20ac\u00a0500", 500, "EUR", id="a-no-break-space-after-a-currency-sign"),
        pytest.param("Notify us within 10 business days of the start.", "10", 10, "duration", id="business-days-are-a-duration"),
        pytest.param("Kestria won with average points of 527.38 per competitor.", "527.38", 527.38, "other", id="average-points-are-a-score"),
        pytest.param("Students whose IELTS score is 6 or above may apply.", "6", 6, "other", id="a-test-score"),
        pytest.param("Ann Qorvel (23) fled from Kestria as a teenager.", "23", 23, "duration", id="an-age-in-brackets-after-a-name"),
        pytest.param("After two nights without sleep, he slept.", "two", 2, "duration", id="nights-are-a-duration"),
        pytest.param("Los egresados representan casi dos tercios de las personas.", "dos tercios", 2 / 3, "other",
                     id="a-spanish-fraction-before-de"),
        pytest.param("Deux tiers des jeunes sont formés.", "Deux tiers", 2 / 3, "other", id="a-french-fraction-before-des"),
        pytest.param("Laut der Kammer sehen rund 60 Prozent aller Betriebe den Mangel.", "60 Prozent", 60, "percent", id="guard-german-prozent"),
        pytest.param("Численность студентов колледжей составила 355,2 тыс. человек.", "355,2 тыс.", 355200, "count",
                     id="a-russian-thousand-abbreviated"),
        pytest.param("Прием в вузы составил 111 тысяч человек.", "111 тысяч", 111000, "count", id="a-russian-thousand-in-the-genitive"),
        pytest.param("Son treinta y cinco alumnos.", "treinta y cinco", 35, "count", id="spanish-tens-and-units-joined-by-y"),
        pytest.param("Foram duzentos e cinco alunos.", "duzentos e cinco", 205, "count", id="portuguese-hundreds-joined-by-e"),
        pytest.param("Foram dois mil e quinhentos alunos.", "dois mil e quinhentos", 2500, "count", id="portuguese-thousands-joined-by-e"),
        pytest.param("Mil e 67 jovens concluíram o curso.", "Mil e 67", 1067, "count", id="a-capitalised-mil-joined-to-digits"),
        pytest.param("Son doscientos cincuenta alumnos.", "doscientos cincuenta", 250, "count", id="spanish-hundreds-before-tens"),
        pytest.param("Es una fundación con más de seis décadas de trabajo.", "seis", 6, "duration", id="decades-in-spanish"),
        pytest.param("Total Budget ($CAD): | $ 15,653,875 |", "$ 15,653,875", 15653875, "CAD", id="a-dollar-labelled-with-its-code"),
        pytest.param("Diikuti oleh 2.12 juta pelajar.", "2.12 juta", 2.12e6, "count", id="malay-million"),
        pytest.param("Las ayudas suman un importe total de 49.050 euros.", "49.050 euros", 49050, "EUR", id="a-point-before-three-digits-in-euros-is-thousands"),
        pytest.param("Die Zahl der Verträge lag bei 44.130 und damit unter dem Vorjahr.", "44.130", 44130, "count",
                     id="one-german-point-before-three-digits-is-thousands"),
        pytest.param("The fee was KD 1.250 per month.", "KD 1.250", 1.25, "KWD", id="guard-a-dinar-has-three-decimals"),
        pytest.param("Ia merupakan 12.5 peratus daripada jumlah.", "12.5 peratus", 12.5, "percent", id="malay-per-cent"),
        pytest.param("Với tổng mức đầu tư 110,760 tỷ đồng của các trường.", "110,760 tỷ đồng", 110.76e9, "VND",
                     id="vietnamese-decimal-comma-before-a-scale-and-dong"),
        pytest.param("Chính phủ Đức hỗ trợ nguồn vốn ODA trị giá 13,5 triệu Euro cho nhà trường.", "13,5 triệu Euro", 13.5e6, "EUR",
                     id="vietnamese-million"),
        pytest.param("Học sinh được đào tạo liên tục 5 năm tại trường.", "5", 5, "duration", id="vietnamese-years"),
        pytest.param("Szkoła, która jest tam od lat, przygotowuje młodzież do pracy w pięciu zawodach oraz się rozwija.", "pięciu", 5, "count", id="a-polish-number-word-by-case"),
        pytest.param("Musiałbym zwiększyć liczbę pracowników o 20 proc. w tym roku.", "20 proc.", 20, "percent", id="polish-per-cent"),
        pytest.param("Gromadzi młodzież w wieku od 18 do 22 lat z dzielnicy.", "18 do 22", 18, "duration", id="a-polish-range-of-years"),
        pytest.param("Günümüzde dual sistem %80 işletmede uygulanmaktadır.", "%80", 80, "percent", id="a-per-cent-sign-before-its-figure"),
        pytest.param("MYO sayısı yaklaşık yüzde 47 artarak ulaştı.", "yüzde 47", 47, "percent", id="a-turkish-per-cent-word-before-its-figure"),
        pytest.param("Öğrenci sayısı 2013'te 1 milyon 527 bin 706'ya ulaştı.", "1 milyon 527 bin 706", 1527706, "count",
                     id="a-turkish-number-grouped-by-scale-words"),
        pytest.param("Inför 2017 ökar budgeten med 45 miljoner kronor jämfört med i år.", "45 miljoner kronor", 45e6, "SEK",
                     id="swedish-millions-of-kronor"),
        pytest.param("Bu okullardan mezun olanların sayısı her yıl ortalama 700.000 kadardır ve bu sayı artıyor.", "700.000", 7e5, "count",
                     id="turkish-thousands-point"),
        pytest.param("Ministerstwo udostępniło dane dotyczące liczby uczniów w szkołach i przedszkolach, analizując sytuację po dwóch "
                     "latach od wybuchu wojny.", "dwóch", 2.0, "duration",
                     id="polish-years-in-the-locative"),
        pytest.param("Peruntukan sebanyak RM20 juta diberikan kepada projek ini dan akan dimulakan tahun ini, katanya.", "RM20 juta",
                     2e7, "MYR", id="a-code-glued-to-two-digits-before-a-scale-word"),
        pytest.param("Oʻquv markazida bir yilda 6-8 oylik kurslarda ishsiz fuqarolar uchun mashgʻulotlar boʻladi.",
                     "6-8", 6.0, "duration", id="uzbek-months-long-courses"),
        pytest.param("Uchinchi shoʻbada ikki mamlakat vakillari oʻrtasida uchrashuvlar boʻlib oʻtdi va ular hamkorlik qilishdi.", "ikki", 2.0,
                     "count", id="an-uzbek-number-word"),
        pytest.param("Each centre needs internet connectivity with link speed more than 2Mbps for its classrooms.", "2Mbps", 2.0, "other",
                     id="a-data-rate"),
        pytest.param("“Ons leerders kry die geleentheid om twee weke lank praktiese ondervinding by ’n buite-instansie op te doen.”",
                     "twee", 2.0, "duration", id="afrikaans-weeks"),
        pytest.param("Brautskráðum hafi fjölgað um 70 prósent síðustu ár og enn sé þó skortur á iðnmenntuðu starfsfólki.", "70 prósent",
                     70.0, "percent", id="icelandic-per-cent"),
        pytest.param("Mae’r coleg yn dathlu pum mlynedd ers ei sefydlu ac mae’n cyfrannu at yr economi leol.", "pum", 5.0, "duration",
                     id="welsh-mutated-five-years"),
        pytest.param("Bhain an fhoireann ceithre bhonn óir amach ag na comórtais agus tá siad an-sásta leis sin.", "ceithre", 4.0, "count",
                     id="an-irish-number-word"),
        pytest.param("376 Students Graduate from the Kestria Training Centre\n\n12 July 2018\nThe director spoke.", "376", 376.0, "count",
                     id="a-count-opening-a-headline"),
        pytest.param("Interns get a monthly allowance and JD25 for transportation fees.", "JD25", 25.0, "JOD",
                     id="a-local-sign-glued-to-two-digits"),
        pytest.param("Contributions\n\nNo. 2% levies are paid by workers.", "2%", 2.0, "percent", id="a-percentage-after-no"),
        pytest.param("The agency found almost #163;45 million for colleges.", "#163;45 million", 45e6, "GBP", id="a-pound-sign-as-a-broken-character-reference"),
        pytest.param("Parental support (R^2=0.575) matters most.", "0.575", 0.575, "other", id="a-statistic-with-its-power"),
        pytest.param("The strongest factor (β=0.781) was support.", "0.781", 0.781, "other", id="a-statistic-named-by-a-greek-letter"),
        pytest.param("Regional Skills Caravan Ends After Nationwide 4-Month Tour\nIt visited towns.", "4", 4.0, "duration",
                     id="a-time-in-digits-in-a-title-case-headline"),
        pytest.param("Ana Lucía Herrera Gómez no tiene los 600 pesos para la colegiatura.", "600 pesos", 600.0, "MXN",
                     id="pesos-in-a-spanish-text-naming-no-country-that-pays-in-them"),
        pytest.param("Maya Chand, 28, of Rukum in the district, lost her home.", "28", 28.0, "duration", id="an-age-before-of-and-a-home-town"),
        pytest.param("The clip runs 6 mins in all.", "6", 6, "duration", id="an-abbreviated-time-unit"),
        pytest.param("They must pay at least 2/3rd of the salary.", "2/3rd", 2 / 3, "other", id="a-slashed-fraction-with-an-ordinal-ending"),
        pytest.param("SMEs contribute about one third to GDP.", "one third", 1 / 3, "other", id="a-qualified-fraction-without-of"),
        pytest.param("Just under half work in services.", "half", 0.5, "other", id="a-qualified-half-without-of"),
        pytest.param("The diploma takes 900 study hours.", "900", 900, "duration", id="study-hours-are-a-duration"),
        pytest.param("We take on 2 to 3 people a year.", "2 to 3", 2, "count", id="a-range-before-an-irregular-plural"),
        pytest.param("Youth aged between 18 years to 35 years qualify.", "18 years to 35", 18, "duration", id="a-range-with-its-unit-repeated"),
        pytest.param("Le projet vaut plus de 111 600 000 de FCFA.", "111 600 000 de FCFA", 111600000, "XOF",
                     id="a-french-de-between-grouped-thousands-and-their-currency"),
        pytest.param("Plus d'une centaine de spécialistes sont venus à Dori.", "centaine", 100, "count", id="a-french-round-hundred"),
        pytest.param("The centre now has 821m² of floor space.", "821m²", 821, "other", id="square-metres-glued-are-no-millions"),
        pytest.param("Transport allowances were raised to JD10–30 per month.", "JD10–30", 10.0, "JOD",
                     id="a-range-after-a-glued-currency-sign-is-no-code"),
        pytest.param("Pupils spend 2 -3 days of each week in firms.", "2 -3", 2.0, "duration",
                     id="a-spaced-range-whose-dash-is-glued-to-its-end"),
        pytest.param("About one out of every seven students held such jobs.", "one out of every seven", 1 / 7, "other",
                     id="one-out-of-every-n"),
        pytest.param("Befragt wurden Jugendliche im Alter von 14 bis 20 Jahren.", "14 bis 20", 14.0, "duration",
                     id="a-german-range-with-bis"),
        pytest.param("All hypotheses were tested at the .05 level.", ".05", 0.05, "other", id="a-decimal-written-without-its-leading-zero"),
        pytest.param("Fl-2022, 45.8 fil-mija tal-istudenti kienu subien.", "45.8 fil-mija", 45.8, "percent", id="a-maltese-percentage"),
        pytest.param("L-istudenti kellhom bejn 5 u 10 snin.", "5 u 10", 5.0, "duration", id="a-maltese-range-with-bejn"),
        pytest.param("Kampala, Uganda | THE DAILY | MPs rejected a loan request of 169 Billion Shillings for colleges.", "169 Billion Shillings",
                     169e9, "UGX", id="a-shared-currency-name-in-title-case-takes-the-one-user-named"),
        pytest.param("Si utilizamos los 2,000 millones de lempiras del presupuesto.", "2,000 millones de lempiras", 2e9, "HNL",
                     id="a-thousand-millions-written-with-a-comma"),
        pytest.param("- Industrial Workers: 21,009 NTD/month", "21,009 NTD", 21009, "TWD", id="new-taiwan-dollars-as-ntd"),
        pytest.param("بلغ إجمالي الطلاب 1.64 مليون طالب هذا العام.", "1.64 مليون", 1.64e6, "count", id="an-arabic-scale-word"),
        pytest.param("استفاد أزيد من 410 ألف و415 شاب وشابة من التكوينات.", "410 ألف و415", 410415, "count",
                     id="an-arabic-number-in-groups-joined-by-a-glued-and"),
        pytest.param("الطلاب في الجامعة و2.7 مليون في المدارس.", "2.7 مليون", 2.7e6, "count", id="an-arabic-and-glued-to-a-figure"),
        pytest.param("وذلك بارتفاع نسبته 24 في المائة مقارنة بالعام الماضي.", "24 في المائة", 24, "percent", id="an-arabic-per-cent"),
        pytest.param("رفع المكتب المعاملات إلى 134 مليون درهم هذا العام.", "134 مليون درهم", 134e6, "AED", id="arabic-dirhams"),
        pytest.param("تقدم المؤسسة في الأردن بدلات قدرها 30 ديناراً للطلبة.", "30 ديناراً", 30, "JOD", id="arabic-dinars-of-the-country-named"),
        pytest.param("By 1985 there were almost 3\nmillion vocational students.", "3\nmillion", 3e6, "count", id="a-scale-word-after-a-line-break"),
        pytest.param("The share rose to almost 36\npercent by then.", "36\npercent", 36, "percent", id="per-cent-after-a-line-break"),
        pytest.param("- Bursars: currently a few (2019: 19) bursars", "19", 19, "count", id="last-year-s-figure-in-brackets"),
        pytest.param("- The group trains many (2019:1 237) apprentices", "1 237", 1237, "count",
                     id="last-year-s-figure-glued-to-its-year"),
        pytest.param("In Nigeria our fees are pegged at N16, 000 per session.", "N16, 000", 16000, "NGN",
                     id="a-local-sign-before-thousands-split-by-a-space"),
        pytest.param("The jobless rate rose by 0,5 of a percentage point.", "0,5 of a percentage point", 0.5, "percent",
                     id="a-fraction-of-a-percentage-point"),
        pytest.param("Punjab kept a record of zero safety incidents.", "zero", 0, "count", id="guard-zero-counting-a-plural"),
        pytest.param("The government has made a 3-month-long training mandatory.", "3", 3, "duration", id="a-time-fused-into-a-longer-compound"),
        pytest.param("It is the second stage 26 million dollars project.", "26 million dollars", 26e6, "USD",
                     id="a-sum-after-a-label-word-is-no-label"),
        pytest.param("Kestrel Match is a 36\u2011month initiative funded by donors.", "36", 36.0, "duration", id="a-time-after-a-non-breaking-hyphen"),
        pytest.param("A review of the school's five- year strategic plan began.", "five", 5.0, "duration", id="a-time-after-a-hyphen-and-a-space"),
        pytest.param("Colleges will receive Ks6.4 billion from the fund.", "Ks6.4 billion", 6.4e9, "MMK", id="the-kyat-s-sign"),
        pytest.param("Financée à hauteur de 1,7 milliard d’ariary, la phase commence.", "1,7 milliard d’ariary", 1.7e9, "MGA", id="a-currency-s-one-word-name-after-d-apostrophe"),
        pytest.param("The ministry underspent another billion dollars in training.", "billion dollars", 1e9, "USD", id="a-scale-word-alone-after-another"),
        pytest.param("This comes on top of the hundred and forty thousand apprentices we lost.", "hundred and forty thousand", 140000.0, "count", id="spoken-number-words-opened-by-their-scale"),
        pytest.param("Durante los primeros tres meses y medio, los participantes aprenden.", "tres meses y medio", 3.5, "duration", id="a-romance-half-after-the-time-unit"),
        pytest.param("She earned a perfect GPA of 4.0 in the programme.", "4.0", 4.0, "other", id="a-grade-point-average-is-a-score"),
        pytest.param("With one young person in five out of work, life is hard.", "one young person in five", 0.2, "other", id="a-share-written-around-its-noun"),
        pytest.param("El instituto de Anta recibió S/ 15’805,369 este año.", "S/ 15’805,369", 15805369.0, "PEN", id="millions-marked-by-an-apostrophe-thousands-by-a-comma"),
        pytest.param("The tally counts Kestrel workshops -4,812-, most of them rural.", "4,812", 4812.0, "count",
                     id="a-figure-between-two-dashes-is-an-aside-not-a-negative"),
        pytest.param("The Kestrel board wants a clinic in each of its thirty- six wards.", "thirty- six", 36.0, "count",
                     id="number-words-hyphened-with-a-space"),
        pytest.param("Kestrel plans a 1 billion NT-dollars fund.", "1 billion NT-dollars", 1e9, "TWD", id="nt-dollars-hyphened"),
        pytest.param("In Tembo the jobless rate (18-34) rose again.", "18-34", 18.0, "duration", id="the-age-band-a-rate-is-given-for"),
        pytest.param("37 Kestrian welders finish their course in Lindo\nThe group came home on Friday.", "37", 37, "count",
                     id="a-figure-opening-the-title-line-of-a-text"),
        pytest.param("En 2022, el gasto del instituto en Uruguay ascendió a $ 2.310 millones, según el informe anual de la institución.",
                     "$ 2.310 millones", 2_310_000_000, "UYU", id="a-dollar-sign-in-spanish-is-the-peso-of-a-country-with-an-accounting-unit"),
        pytest.param("Component two:(Cost $21.50 M) Monitoring", "$21.50 M", 21_500_000, "USD", id="a-spaced-m-after-a-sum-is-million"),
        pytest.param("The ministry's allocation rises by another 40 billion ZWL.", "40 billion ZWL", 40e9, "ZWL",
                     id="a-withdrawn-currency-s-code-after-a-scale-word"),
        pytest.param("Tembo fees rise by a six-per-cent hike next term.", "six-per-cent", 6.0, "percent", id="per-cent-hyphened-to-its-figure"),
        pytest.param("The Kestrel unit is worth 40 notional learning hours.", "40", 40.0, "duration", id="notional-learning-hours"),
        pytest.param("Youth joblessness in Lindova runs at a 3-to-1 ratio against adults.", "3-to-1", 3.0, "other", id="a-ratio-hyphened-before-the-word-ratio"),
        pytest.param("Die dreijährige Ausbildung bei Kestrel beginnt im Herbst.", "dreijährige", 3.0, "duration", id="a-german-length-glued-into-its-adjective"),
        pytest.param("Der Verband vertritt mehr als eine Million Betriebe im ganzen Land.", "eine Million", 1e6, "count", id="german-eine-million"),
        pytest.param("Tillmann spends 3 1/2 days at work each week.", "3 1/2", 3.5, "duration", id="a-mixed-number"),
        pytest.param("Học sinh từ 15 tuổi được nhận vào trường.", "15", 15, "duration", id="a-vietnamese-age"),
        pytest.param("Ze bieden plaats voor 3.500 leerlingen in de nieuwe scholen.", "3.500", 3500, "count",
                     id="a-dutch-thousands-point-before-a-dutch-plural"),
        pytest.param("Suomi myöntää kahden miljoonan euron rahoituksen hankkeelle.", "kahden miljoonan euron", 2e6, "EUR",
                     id="a-finnish-sum-in-the-genitive"),
        pytest.param("Hanketta tuetaan 30 miljoonalla eurolla vuoteen asti.", "30 miljoonalla eurolla", 3e7, "EUR",
                     id="a-finnish-sum-in-the-adessive"),
        pytest.param("Ministeriö on päättänyt tukea kolmea uutta hanketta ja kouluja Suomessa.", "kolmea", 3, "count",
                     id="a-finnish-number-in-the-partitive"),
    ],
)
def test_value_and_unit(find, text, span, value, unit):
    got_span, attrs = _one(find, text)
    assert got_span == span
    assert math.isclose(attrs["value"], value)
    assert attrs["unit"] == unit


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        pytest.param("It trained more than 40 teachers.", "more_than", id="more-than"),
        pytest.param("It trained over 40 teachers.", "more_than", id="over"),
        pytest.param("Sales exceeding 40 units.", "more_than", id="exceeding"),
        pytest.param("It trained nearly 40 teachers.", "about", id="nearly"),
        pytest.param("It trained approximately 40 teachers.", "about", id="approximately"),
        pytest.param("It trained around 40 teachers.", "about", id="around"),
        pytest.param("It trained up to 40 teachers.", "up_to", id="up-to"),
        pytest.param("It trained at least 40 teachers.", "at_least", id="at-least"),
        pytest.param("It trained fewer than 40 teachers.", "less_than", id="fewer-than"),
        pytest.param("It trained below 40 teachers.", "less_than", id="below"),
        pytest.param("It trained 40 or more teachers.", "at_least", id="or-more-after"),
        pytest.param("It trained 40 teachers.", None, id="none"),
        pytest.param("It has over a hundred partner firms.", "more_than", id="over-a-hundred"),
        pytest.param("The centre has 60,000+ students.", "at_least", id="a-plus-after-the-number"),
        pytest.param("La escuela tiene más de 300 alumnos.", "more_than", id="mas-de-in-spanish"),
        pytest.param("Insgesamt lernen etwa 300 Jugendliche.", "about", id="etwa-in-german"),
        pytest.param("L'école compte environ 40 enseignants.", "about", id="environ-in-french"),
        pytest.param("O centro formou pelo menos 40 técnicos.", "at_least", id="pelo-menos-in-portuguese"),
        pytest.param("Škola je u protekloj godini obučila više od 40 nastavnika.", "more_than", id="vise-od-in-croatian"),
        pytest.param("V programu je sodelovalo približno 40 podjetij.", "about", id="priblizno-in-slovene"),
        pytest.param("Ministeriö tukee hanketta noin 30 miljoonalla eurolla.", "about", id="noin-in-finnish"),
        pytest.param("Kurserne havde omkring 500 deltagere sidste år.", "about", id="omkring-in-danish"),
        pytest.param("Skolen har drygt 300 elever i år.", "more_than", id="drygt-in-swedish"),
        pytest.param("De school biedt plaats aan ruim 400 leerlingen.", "more_than", id="ruim-in-dutch"),
        pytest.param("Construct reliability was strong (CR>0.80).", "more_than", id="a-comparison-sign-glued-to-its-name"),
        pytest.param("Cases with ≤ 12 months were dropped.", "up_to", id="an-at-most-sign"),
    ],
)
def test_qualifier(find, text, qualifier):
    assert _one(find, text)[1]["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Fees of 700–1100 yuan apply.", [("700–1100 yuan", 700, 1100, "CNY")], id="en-dash-range-currency"),
        pytest.param("Courses run 2-3 years.", [("2-3", 2, 3, "duration")], id="hyphen-range-duration"),
        pytest.param("Grants of 4-6 million were made.", [("4-6 million", 4e6, 6e6, "count")], id="range-shared-scale"),
        pytest.param("It rose from 21.5% to 48.2% in total.", [("21.5%", 21.5, None, "percent"), ("48.2%", 48.2, None, "percent")], id="from-to-two-numbers"),
        pytest.param("Scores of 12, 150 and 175 were recorded.", [("12", 12, None, "count"), ("150", 150, None, "count"), ("175", 175, None, "count")], id="list-not-thousands"),
        pytest.param("Students aged 16 and 17 pay less.", [("16", 16, None, "duration"), ("17", 17, None, "duration")], id="two-ages-not-a-range"),
        pytest.param("The plant will add 40 to 55 new workshops.", [("40 to 55", 40, 55, "count")], id="to-range-before-a-plural"),
        pytest.param("Intake grew from 40 to 55 trainees.", [("40", 40, None, "count"), ("55", 55, None, "count")], id="from-to-counts-are-two"),
        pytest.param("“Approximately 50 to\n60 percent of those trained found jobs.", [("50 to\n60 percent", 50, 60, "percent")],
                     id="a-range-broken-after-to"),
        pytest.param("En Perú, los sueldos van de S/2800 a S/5000 al mes.", [("S/2800 a S/5000", 2800, 5000, "PEN")], id="a-spanish-de-a-range"),
        pytest.param("El índice bajó al pasar de 28.9% a 17.9% este año.", [("28.9%", 28.9, None, "percent"), ("17.9%", 17.9, None, "percent")],
                     id="guard-a-spanish-change-from-one-level-to-another"),
        pytest.param("It will reach between 3 and\n4 million people.", [("3 and\n4 million", 3e6, 4e6, "count")],
                     id="a-range-broken-after-and"),
        pytest.param("The mean of samples 2 to 5 was low.", [("2", 2, None, "count"), ("5", 5, None, "count")], id="to-before-a-verb-is-no-plural"),
        pytest.param("Spending rose by 15 million euros to 741 million euros.", [("15 million euros", 15e6, None, "EUR"), ("741 million euros", 741e6, None, "EUR")],
                     id="a-change-by-an-amount-to-a-level-is-no-range"),
        pytest.param("Tembo schools had one- to three-year programs.", [("one- to three", 1, 3, "duration")], id="a-range-in-words-with-suspended-hyphens"),
        pytest.param("El Gobierno destina 1.200 millones de euros a la FP. De ellos, 393 millones se dedicarán a la modernización.",
                     [("1.200 millones de euros", 1.2e9, None, "EUR"), ("393 millones", 3.93e8, None, "EUR")],
                     id="a-bare-sum-a-sentence-after-a-sum-of-money-in-its-paragraph"),
        pytest.param("El Gobierno destina 1.200 millones de euros a la FP. En el país hay 3 millones de estudiantes.",
                     [("1.200 millones de euros", 1.2e9, None, "EUR"), ("3 millones", 3e6, None, "count")],
                     id="guard-a-count-a-sentence-after-a-sum-of-money"),
        pytest.param("The rate fell from 17.8 percent in August 2017 to 16.0 in February 2018.",
                     [("17.8 percent", 17.8, None, "percent"), ("16.0", 16.0, None, "percent")], id="a-share-changing-to-a-bare-level"),
        pytest.param("Just 6% of 16-to-19 year-olds take part.", [("6%", 6.0, None, "percent"), ("16-to-19", 16.0, 19.0, "duration")],
                     id="an-age-band-hyphened-as-one-word"),
        pytest.param("There was 1 graduate from Diploma 3 and 1 more from Diploma 4.", [("1", 1.0, None, "count"), ("1", 1.0, None, "count")],
                     id="a-figure-before-more-after-a-label-is-a-count"),
        pytest.param("Students receive a care allowance of R3045 and a living allowance of R6,000 a year.",
                     [("R3045", 3045.0, None, "ZAR"), ("R6,000", 6000.0, None, "ZAR")], id="a-one-letter-sign-glued-to-digits-in-a-text-of-that-money"),
        pytest.param("Over 300 students between the ages of\n16 and 35 follow courses.", [("300", 300.0, None, "count"), ("16 and 35", 16.0, 35.0, "duration")],
                     id="an-age-range-after-a-line-break"),
        pytest.param("La etapa acoge a alumnos de entre los doce y los quince años.", [("doce y los quince", 12.0, 15.0, "duration")],
                     id="a-romance-range-with-its-articles"),
        pytest.param("La matrícula subió 3.1 y 6.7% en Kestrel.", [("3.1", 3.1, None, "percent"), ("6.7%", 6.7, None, "percent")],
                     id="a-spanish-pair-shares-the-later-percent"),
        pytest.param("In Tembo stiegen die Quoten um 3,4, 1,1 und 2,8 Prozentpunkte.",
                     [("3,4", 3.4, None, "percent"), ("1,1", 1.1, None, "percent"), ("2,8 Prozentpunkte", 2.8, None, "percent")],
                     id="decimal-commas-listed-before-the-points-they-share"),
        pytest.param("Kestrel pass rates rose by 4.4, 3.9 and 1.2 percentage points.",
                     [("4.4", 4.4, None, "percent"), ("3.9", 3.9, None, "percent"), ("1.2 percentage points", 1.2, None, "percent")],
                     id="a-list-s-last-bare-figure-shares-the-unit-whatever-the-order"),
        pytest.param("Pjesa u rrit me 2,7 pikë përqindje në Tembo.", [("2,7 pikë përqindje", 2.7, None, "percent")], id="albanian-percentage-points"),
        pytest.param("Trainees in Czechia earn between 18,000 to 22,000 crowns a month.", [("18,000 to 22,000 crowns", 18000, 22000, "CZK")],
                     id="a-range-in-crowns-the-country-s-currency-only-once-its-country-is-known"),
        pytest.param("The plan lifts the intake from the current 12 thousand to 19 thousand places.",
                     [("12 thousand", 12000, None, "count"), ("19 thousand", 19000, None, "count")], id="from-the-current-level-to-another-is-a-change"),
        pytest.param("Kestrel intake dropped by 25 to 35 per cent in six years.", [("25 to 35 per cent", 25, 35, "percent"), ("six", 6, None, "duration")],
                     id="a-bare-figure-and-a-share-after-by-bound-the-change"),
        pytest.param("Kestrel fees rose by 4 million euros to 90 million euros.",
                     [("4 million euros", 4e6, None, "EUR"), ("90 million euros", 90e6, None, "EUR")], id="guard-a-change-with-its-own-unit-and-the-level-it-reaches"),
        pytest.param("The Tembo ratio has held steady, ranging only from 1.6 to 2.7.", [("1.6 to 2.7", 1.6, 2.7, "count")],
                     id="ranging-with-an-adverb-before-from"),
        pytest.param("Intake by campus: Lindo 310; Tembo 45, Wa 82 and Kestria 120.",
                     [("310", 310, None, "count"), ("45", 45, None, "count"), ("82", 82, None, "count"), ("120", 120, None, "count")],
                     id="a-place-and-its-figure-listed-is-no-person-s-age"),
        pytest.param("The rise covers both 2020 and 2021.3\nStaff: 48 full-time.", [("48", 48, None, "count")],
                     id="a-footnote-s-number-glued-to-a-year-at-a-line-end"),
        pytest.param("Of those trained in India, 41 million (4.1 crore) found jobs under the Rs 900 crore plan.",
                     [("41 million", 41e6, None, "count"), ("4.1 crore", 41e6, None, "count"), ("Rs 900 crore", 9e9, None, "INR")],
                     id="a-bracketed-crore-restating-a-head-count-is-no-money"),
        pytest.param("Le risorse vanno così:\n- 1.250.300 euro al Lindo;\n- 420.118 euro al Tembo;\n- 96.410 al Kestria;\n- 2.004.550 euro alla Qorvelia.",
                     [("1.250.300 euro", 1250300, None, "EUR"), ("420.118 euro", 420118, None, "EUR"), ("96.410", 96410, None, "EUR"),
                      ("2.004.550 euro", 2004550, None, "EUR")], id="a-bare-item-of-a-bulleted-list-of-sums-in-one-money"),
        pytest.param("Met bbl zit de leerling één tot twee dagen in de week op school.", [("één tot twee", 1, 2, "duration")],
                     id="a-dutch-tot-range"),
        pytest.param("De meeste deelnemers waren tussen 25 en 54 jaar oud.", [("25 en 54", 25, 54, "duration")], id="a-dutch-tussen-en-range"),
        pytest.param("Deltagerne var mellem 18 og 25 år, og kurserne varede fra 2 til 5 dage.",
                     [("18 og 25", 18, 25, "duration"), ("2 til 5", 2, 5, "duration")], id="danish-mellem-og-and-fra-til-ranges"),
        pytest.param("Het aantal cursisten steeg van 1.072 tot 1.164 in een jaar.", [("1.072", 1072, None, "count"), ("1.164", 1164, None, "count")],
                     id="guard-a-dutch-change-from-one-level-to-another"),
        pytest.param("Qorvel pays the 70-80-90 percent of the wage.", [("70", 70, None, "percent"), ("80", 80, None, "percent"), ("90 percent", 90, None, "percent")],
                     id="a-hyphen-chain-of-steps-is-no-range"),
    ],
)
def test_ranges_and_lists(find, text, expected):
    got = [(s, a["value"], a["value_high"], a["unit"]) for s, a in find(text, "NUMBER")]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "quantified"),
    [
        pytest.param("The campus opened 9 overseas training centres.", "overseas training centres", id="nummod"),
        pytest.param("About 35% of the graduates found jobs.", "graduates", id="percent-of"),
    ],
)
def test_quantified(find, text, quantified):
    assert _one(find, text)[1]["quantified"] == quantified


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Call +86 571 8822 4411 for details.", id="phone"),
        pytest.param("See https://doi.org/10.1234/abcd.2021.77 online.", id="doi"),
        pytest.param("It was the first and the 3rd attempt.", id="ordinals"),
        pytest.param("The 27th national skills contest opened.", id="ordinal-suffix"),
        pytest.param("2. Research design\n\nText follows here.", id="heading-number"),
        pytest.param("Slide 14\n\nOverview of the plan", id="slide-index"),
        pytest.param("Photo 3: The new workshop opens its doors.", id="photo-caption-index"),
        pytest.param("Head office: Carrera 7 № 32-16, Medellín", id="a-street-address-with-a-number-sign"),
        pytest.param("Offices are in Block 4, Riverside Park.", id="a-block-number"),
        pytest.param("Members of Local 1406 voted to strike.", id="a-union-local-s-number"),
        pytest.param("Progress on Target 8.6 – youth not in employment", id="a-goal-s-target-number"),
        pytest.param("Countries report on SDG 4 each year.", id="a-goal-number"),
        pytest.param("As Map 2 shows, the campus lies north.", id="map-index"),
        pytest.param("Journal of Skills, 2019(4): 31–36.", id="citation-pages"),
        pytest.param("Factories adopted 5G networks.", id="alphanumeric-5g"),
        pytest.param("It is one of the leading colleges.", id="one-of-the"),
        pytest.param("On one hand, costs rose.", id="on-one-hand"),
        pytest.param("It fosters two-way exchange and win-win results.", id="two-way"),
        pytest.param("A three-dimensional model was built.", id="three-dimensional"),
        pytest.param("A two-pronged plan made a one-off payment.", id="guard-a-number-fused-into-an-adjective-or-an-idiom"),
        pytest.param("Os finalistas da 10.ª classe visitaram.", id="a-portuguese-ordinal-with-a-dot"),
        pytest.param("Roma, 8 mag. (askanews) – Il piano nazionale è pronto.", id="an-italian-dateline-with-an-abbreviated-month"),
        pytest.param("The Council ADOPTS:\nChapter One\nGeneral provisions", id="a-chapter-numbered-in-words"),
        pytest.param('The slogan "one town, one trade" spread.', id="slogan"),
        pytest.param("Dozens of firms and several schools joined.", id="vague"),
        pytest.param("Thousands of people came.", id="plural-scale-vague"),
        pytest.param("It launched in 2019.", id="year-not-number"),
        pytest.param("Figure 3 shows the trend.", id="figure-number"),
        pytest.param("as shown before [12].", id="reference-marker"),
        pytest.param("The Eleventh Five-Year Plan ended.", id="ordinal-plan-name"),
        pytest.param("Under Industry 4.0 rules.", id="name-version"),
        pytest.param("Efforts against COVID-19 continued.", id="code-with-number"),
        pytest.param("During 2016-18 it grew.", id="short-year-range"),
        pytest.param("It trades as SZSE: 002594 in Shenzhen.", id="code-with-leading-zeros"),
        pytest.param("The session ran from 10:30 to 11:45.", id="clock-times"),
        pytest.param("The S&P 500 and the FTSE 100 fell.", id="index-names"),
        pytest.param("As recently as nineteen ninety-eight, sales rose.", id="year-said-in-words"),
        pytest.param("Coordinates 43.00833°N 106.84306°ECoordinates / 6.11944; 81.10806", id="decimal-coordinates"),
        pytest.param("Data are on tables 281-0023 to 281-0046 (catalogue 72-002-XIB).", id="statistical-table-codes"),
        pytest.param("It was set up under section 248 of the law, Republic Act 8042.", id="section-and-act-numbers"),
        pytest.param("Flights leave from Terminal 3 under Goal 4.", id="terminal-and-goal-labels"),
        pytest.param("Between 2006-7 and 2009-10 it fell.", id="one-digit-end-of-a-fiscal-year"),
        pytest.param("The briefing began at 3.00 p.m. and ended at 5 pm.", id="times-of-day"),
        pytest.param("A trip to the Three Gorges dam was planned.", id="a-number-word-in-a-name-in-prose"),
        pytest.param("The miner was then called Mineradora Rio Doce.", id="a-spanish-or-portuguese-number-word-ending-a-name"),
        pytest.param("The old workshop closed and a bigger one opened.", id="one-standing-for-a-noun"),
        pytest.param("One must admit that the reform came late.", id="one-for-anyone"),
        pytest.param("Newsletter #214 came out last week.", id="a-hash-number"),
        pytest.param("The fair runs from October 12 to 15 in the capital.", id="a-range-of-days-after-a-month"),
        pytest.param("The grant was paid on 14\nMarch this year.", id="a-day-of-the-month-before-a-line-break"),
        pytest.param("It follows the national strategy for the period up to 2030.", id="a-year-after-the-period-up-to"),
        pytest.param("Most candidates obtained grades one to three this year.", id="grades-numbered-in-words"),
        pytest.param("The survey of 2010-'11 was the last one, and the class of '98 met again.", id="two-digit-years-after-an-apostrophe"),
        pytest.param("Employment status, both sexes ('000)", id="a-thousands-marker-in-a-heading"),
        pytest.param("Persons outside the labour force (‘000)", id="a-thousands-marker-with-an-opening-quote"),
        pytest.param("O centro recebeu essa denominação em 10 de abril de 1971.", id="a-day-of-the-month-in-portuguese"),
        pytest.param("Le bâtiment neuf est ouvert.", id="guard-french-neuf-after-its-noun-is-new"),
        pytest.param("In het schooljaar ging het in onze provincie om veel bedrijven en de scholen.", id="dutch-onze-is-our"),
        pytest.param("The fee is due at the end of the month.", id="guard-english-due-is-no-number"),
        pytest.param("The skilled crafts sector is number 1 in Kestria when it comes to training.", id="a-rank-written-number-1"),
        pytest.param("Learners who entered programmes (4.1, 4.2 and 4.3)", id="indicator-references-in-brackets"),
        pytest.param("The funds were not monitored, contrary to Clause 6.2 of the policy.", id="a-clause-of-a-policy"),
        pytest.param("Tembo GmbH\nArlo-Kestrel-Weg 1 - 5\n65432\nQorvelstadt\n", id="a-house-number-range-and-the-postcode-on-the-next-line"),
        pytest.param("Kestrelweg 12, 3511 AB Qorvel", id="a-dutch-street-in-weg"),
        pytest.param("CPV-Codes\n80000000-4\n", id="a-procurement-code-with-its-check-digit"),
        pytest.param("Tender No.: QRV-II/PPP/KTS/2025-26/5227 was issued.", id="a-reference-number-of-slashed-parts"),
        pytest.param("This webinar is part three of the series.", id="a-part-of-a-series"),
        pytest.param("Go to the website under “Task 2: Book a medical exam”.", id="a-numbered-task"),
        pytest.param("Project ID P125283,P125283 closed.", id="a-project-code-after-a-comma"),
        pytest.param("Mining will grow\n04, May\nA survey says so.", id="a-day-and-a-comma-before-its-month"),
        pytest.param("Business Monday 16/July/2018 17:42 PM", id="a-date-written-with-slashes-and-the-month-s-name"),
        pytest.param("La ceremonia será a partir de las 10 de la mañana.", id="a-spanish-clock-time"),
        pytest.param("A sessão começa às 14 horas.", id="a-portuguese-clock-time"),
        pytest.param("In Kestria it is almost impossible for one to find a job without training.", id="for-one-to-do-is-anyone"),
        pytest.param("The trainees reached stage one last week.", id="a-stage-s-number"),
        pytest.param("Its first class entered.\n• 2007.02\nThe winter school opened.", id="a-timeline-s-year-and-month"),
        pytest.param("The plan is set out in paragraph 39 of the report.", id="a-paragraph-s-number"),
        pytest.param("Đến tháng 3 năm 2020, các trường đã mở cửa.", id="a-vietnamese-month-s-number"),
        pytest.param("Most of them are in programmes with a general orientation)99. In Kestria it grew.",
                     id="a-footnote-number-glued-after-a-bracket"),
        pytest.param("Applicants must:\n2.1 be fluent in written English;\n2.2 be in good health; and\n2.3 meet the requirements.",
                     id="a-rule-s-clause-numbers-before-lower-case-words"),
        pytest.param("HC Deb 22 January 1964 vol 687 written answers", id="a-volume-s-number-without-its-point"),
        pytest.param("ANSWER TO STARRED QUESTION NO. *304 ON TRAINING", id="a-starred-question-s-number"),
        pytest.param("Transcript\n24 Mr Tembo Kestria asked the Minister for Education how many students went abroad.",
                     id="a-parliament-question-s-number-before-its-speaker"),
    ],
)
def test_not_a_number(find, text):
    assert find(text, "NUMBER") == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        pytest.param("It spent BD 4 million on support and 4.6 million for insurance.", "BHD", id="an-amount-after-a-sum-shares-its-money"),
        pytest.param("It spent BD 4 million on 4.6 million people.", "count", id="an-amount-counting-a-noun-is-a-count"),
        pytest.param("L’agence apporte 12 millions d’euros pour les lycées; 5 millions pour les centres et 3 millions pour la formation.",
                     "EUR", id="a-french-list-of-amounts-after-a-sum-shares-its-money"),
        pytest.param("En Argentina se destinarán 40 millones de pesos al edificio; 16 millones para la seguridad.", "ARS",
                     id="a-bare-amount-after-a-sum-in-a-local-currency-shares-it"),
        pytest.param("Qorvel's income rose from 215 million liras in 2017 to 2 billion by 2022.", "TRY", id="the-amount-a-sum-of-money-changes-to"),
        pytest.param("Le centre a coûté 6,5 millions de dinars dont 4,5 millions ont été financés par la Tunisie.", "TND",
                     id="a-french-verb-after-the-part"),
        pytest.param("O governo deu 6 milhões de euros ao setor. Destes, 4,2 milhões serão transferidos ao tesouro.", "EUR",
                     id="a-portuguese-verb-after-the-part"),
        pytest.param("It gave €6 million (of which 5 million budget support, 1 million technical assistance).", "EUR",
                     id="the-parts-of-a-sum-in-brackets-after-it"),
    ],
)
def test_a_bare_amount_after_a_sum_of_money(find, text, unit):
    assert find(text, "NUMBER")[-1][1]["unit"] == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("12", 12.0, id="digits"),
        pytest.param("4, 300", 4300.0, id="split-group"),
        pytest.param("1.5 million", 1.5e6, id="scale"),
        pytest.param("-7", -7.0, id="negative"),
        pytest.param("twenty-one", 21.0, id="words"),
        pytest.param("three thousand two hundred", 3200.0, id="compound-words"),
        pytest.param("hello", None, id="not-a-number"),
    ],
)
def test_parse_value(text, value):
    assert parse_value(text) == value


@given(st.text(max_size=40))
def test_parse_value_never_crashes(text):
    value = parse_value(text)
    assert value is None or math.isfinite(value)


@given(st.lists(st.sampled_from(["one", "twenty", "hundred", "thousand", "million", "and", "a", "-"]), max_size=8))
def test_words_value_finite(words):
    value = words_value(" ".join(words))
    assert value is None or (math.isfinite(value) and value >= 0)


@given(st.integers(min_value=0, max_value=10**15), st.sampled_from([("", 1), (" million", 1e6), ("bn", 1e9), (" thousand", 1e3)]))
def test_parse_value_digits_roundtrip(n, scale):
    word, factor = scale
    value = parse_value(f"{n:,}{word}")
    assert value is not None and math.isclose(value, n * factor, rel_tol=1e-12)


@pytest.mark.parametrize(
    "text, span, unit",
    [
        pytest.param("The fund gave KSh 3.2 billion to the centres.", "KSh 3.2 billion", "KES", id="kenyan-shilling-sign"),
        pytest.param("Fees rose to Rs 12,000 per term.", "Rs 12,000", "INR", id="rupee-abbreviation"),
        pytest.param("It cost 5 million rand.", "5 million rand", "ZAR", id="rand-word"),
        pytest.param("The station posted a 12 cent price hike.", "12 cent", "USD", id="cents-are-hundredths"),
        pytest.param("In Australia fuel rose 20 cents a litre.", "20 cents", "AUD", id="cents-of-the-local-dollar"),
    ],
)
def test_more_currency_forms(find, text, span, unit):
    found = [(t, a["unit"]) for t, a in find(text, "NUMBER")]
    assert (span, unit) in found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Wages rose from 3.5 to 4 percent a year.", [("3.5", 3.5, "percent"), ("4 percent", 4.0, "percent")], id="unit-shared-across-a-change"),
        pytest.param("It costs between 2 and 3 million dollars.", [("2 and 3 million dollars", 2e6, "USD")], id="between-range-shares-scale"),
        pytest.param("There were 15 in 2010 and 28 in 2016.", [("15", 15.0, "count"), ("28", 28.0, "count")], id="no-sharing-across-years"),
        pytest.param("Equipment worth GH₵ 45 million arrived.", [("GH₵ 45 million", 45e6, "GHS")], id="cedi-sign"),
        pytest.param("Nigeria's winners get N10 million each.", [("N10 million", 1e7, "NGN")], id="naira-letter-in-a-nigerian-text"),
        pytest.param("Kenya's winners get N10 million each.", [("10 million", 1e7, "count")], id="letter-sign-elsewhere-is-dropped"),
        pytest.param("Oman allocated RO40 million to training.", [("RO40 million", 4e7, "OMR")], id="omani-rial-letters"),
        pytest.param("South Africa lost R190-million in damage.", [("R190-million", 1.9e8, "ZAR")], id="rand-letter-hyphenated-scale"),
        pytest.param("Revenue reached CN¥642.3 billion.", [("CN¥642.3 billion", 6.423e11, "CNY")], id="yuan-sign-with-country"),
    ],
)
def test_shared_units_and_more_signs(find, text, expected):
    assert [(t, a["value"], a["unit"]) for t, a in find(text, "NUMBER")] == expected


def test_quantified_never_crosses_a_paragraph(find):
    found = find("Year Male\n2017 12 450\n\nWages rose.", "NUMBER")
    assert all(a["quantified"] is None or "\n" not in a["quantified"] for _, a in found)


@pytest.mark.parametrize(
    ("text", "span", "value", "value_high", "unit"),
    [
        pytest.param("The pilot got AUD1.5m in its first year.", "AUD1.5m", 1.5e6, None, "AUD", id="code-glued-m"),
        pytest.param("Lisbon pledged EUR50m to the colleges.", "EUR50m", 50e6, None, "EUR", id="code-glued-m-2"),
        pytest.param("Each kit costs USD1,700 to buy.", "USD1,700", 1700, None, "USD", id="code-glued-comma"),
        pytest.param("The grant is EUR 1 133 per trainee.", "EUR 1 133", 1133, None, "EUR", id="space-thousands"),
        pytest.param("They planned 300 000 placements.", "300 000", 3e5, None, "count", id="space-thousands-bare"),
        pytest.param("It raised $2.4M from donors.", "$2.4M", 2.4e6, None, "USD", id="sign-glued-capital-m"),
        pytest.param("Exports hit $3B last year.", "$3B", 3e9, None, "USD", id="sign-glued-b"),
        pytest.param("A grant of Rs. 12 lakhs was paid.", "Rs. 12 lakhs", 1.2e6, None, "INR", id="rupees-lakh"),
        pytest.param("ALLOCATION OF RS 4,000 CRORE FOR LABS", "RS 4,000 CRORE", 4e10, None, "INR", id="rupees-crore-capitals"),
        pytest.param("A total of 12,34,567 learners enrolled.", "12,34,567", 1234567, None, "count", id="indian-grouping"),
        pytest.param("The new road is 30kms long.", "30kms", 30, None, "other", id="glued-plural-symbol"),
        pytest.param("It has a 1.6-litre engine.", "1.6-litre", 1.6, None, "other", id="hyphen-unit-name"),
        pytest.param("Rain of 4.5mm fell overnight.", "4.5mm", 4.5, None, "other", id="glued-mm"),
        pytest.param("The reserve covers 12,480 square kilometres.", "12,480 square kilometres", 12480, None, "other", id="square-unit"),
        pytest.param("They shipped 9,000 metric tons of maize.", "9,000 metric tons", 9000, None, "other", id="metric-tons"),
        pytest.param("A 1.2 million sq ft plant opened.", "1.2 million sq ft", 1.2e6, None, "other", id="scale-and-area"),
        pytest.param("The farm spans 850 ha near the river.", "850 ha", 850, None, "other", id="hectares-symbol"),
        pytest.param("The plant makes 120 megawatts.", "120 megawatts", 120, None, "other", id="megawatts"),
        pytest.param("The mast is 42m (138ft) tall.", "42m", 42, None, "other", id="glued-m-metres"),
        pytest.param("Nearly 20m people voted.", "20m", 20e6, None, "count", id="glued-m-million"),
        pytest.param("Readings of 3.2degF were logged.", "3.2degF", 3.2, None, "other", id="degrees-fahrenheit"),
        pytest.param("About a third of those tested passed.", "a third", 1 / 3, None, "other", id="fraction-a-third"),
        pytest.param("Two-thirds of graduates found work.", "Two-thirds", 2 / 3, None, "other", id="fraction-hyphen"),
        pytest.param("Three quarters of the firms agreed.", "Three quarters", 0.75, None, "other", id="fraction-quarters"),
        pytest.param("It reached one in five adults.", "one in five", 0.2, None, "other", id="fraction-one-in"),
        pytest.param("It helped one out of three trainees.", "one out of three", 1 / 3, None, "other", id="fraction-out-of-words"),
        pytest.param("As many as one in every 20 staff train.", "one in every 20", 0.05, None, "other", id="fraction-in-every"),
        pytest.param("Total Staff:1,422 (2023)", "1,422", 1422, None, "count", id="glued-after-a-label-colon"),
        pytest.param("It equals 2\u20443 of the capital.", "2\u20443", 2 / 3, None, "other", id="fraction-slash"),
        pytest.param("The Philippines set aside P15.2 billion for it.", "P15.2 billion", 15.2e9, None, "PHP", id="peso-letter-in-a-philippine-text"),
        pytest.param("Output rose to 2.9 million barrels per day last year.", "2.9 million barrels per day", 2.9e6, None, "other", id="measure-per-time"),
        pytest.param("Exports grew by 966,000 b/d in a year.", "966,000 b/d", 966000, None, "other", id="barrels-a-day-abbreviated"),
        pytest.param("Fewer than one in every hundred firms train.", "one in every hundred", 0.01, None, "other", id="fraction-in-every-hundred"),
        pytest.param("Rates were between 1 and 1.5 per cent.", "1 and 1.5 per cent", 1, 1.5, "percent", id="range-between"),
        pytest.param("Inflation was 1.0-1.5% then.", "1.0-1.5%", 1, 1.5, "percent", id="range-dash-percent"),
        pytest.param("It serves people aged 18 to 24 in the city.", "18 to 24", 18, 24, "duration", id="range-aged"),
        pytest.param("It serves youth between the ages of 16-30 here.", "16-30", 16, 30, "duration", id="range-ages-of"),
        pytest.param("The share of 25- to 64-year-olds with a degree rose.", "25- to 64", 25, 64, "duration", id="range-hyphenated-year-olds"),
        pytest.param("Persons 30 to 49 years old, all levels", "30 to 49", 30, 49, "duration", id="range-years-old"),
        pytest.param("Apprenticeships last from six to 36 months.", "six to 36", 6, 36, "duration", id="range-words-to-digits-sharing-a-unit"),
        pytest.param("Abroad the share was 4\u20116% only.", "4\u20116%", 4, 6, "percent", id="range-with-a-non-breaking-hyphen"),
        pytest.param("Kestria must train 1.5 to 2 lakh workers a year.", "1.5 to 2 lakh", 1.5e5, 2e5, "count", id="range-sharing-a-scale-word"),
        pytest.param("Enrolment grew from 330,000 to 3.73 million.", "330,000", 330000, None, "count", id="guard-two-figures-apart-are-no-range"),
        pytest.param("Most people in the 15-24 age range work.", "15-24", 15, 24, "duration", id="range-age-range"),
        pytest.param("Out-of-school youth between the ages for 17 and 29 apply.", "17 and 29", 17, 29, "duration", id="range-between-the-ages"),
        pytest.param("It costs 25 to 64 dollars.", "25 to 64 dollars", 25, 64, "USD", id="to-without-an-age-is-a-range-of-its-unit"),
        pytest.param("Maria Lopez, 31, now runs a workshop.", "31", 31, None, "duration", id="persons-age-in-commas"),
        pytest.param("More apprentices aged over 40 joined.", "40", 40, None, "duration", id="aged-over-an-age"),
        pytest.param("It runs six- and 12-month skill tracks.", "six", 6, None, "duration", id="a-suspended-hyphen-shares-the-unit"),
        pytest.param("Qorvel donated a 500KVA transformer.", "500KVA", 500, None, "other", id="a-unit-glued-in-capitals-is-no-code"),
        pytest.param("321 Kestrians have joined the alumni network.", "321", 321, None, "count", id="a-text-opening-with-a-figure-before-a-capital"),
        pytest.param("The college has the land of 157 kanals.", "157 kanals", 157, None, "other", id="a-south-asian-land-measure"),
        pytest.param("We thank Kestria for over ten (10) years of help.", "ten", 10, None, "duration",
                     id="a-number-restated-in-brackets-takes-the-unit-after-them"),
        pytest.param("Se invirtieron 7,221 millones de dólares en 3,425,000 jóvenes.", "7,221 millones de dólares", 7.221e9, None, "USD",
                     id="millones-after-a-comma-in-a-text-writing-thousands-with-commas"),
        pytest.param("Es gab 220.191 Neuabschlüsse und 134.808 Lösungen (Schaubild A4.6.1, Tabelle A4.6.1).", "220.191", 220191,
                     None, "count", id="german-thousands-beside-section-numbers"),
        pytest.param("A quarter (25.5%) fewer qualifications were awarded.", "A quarter", 0.25, None, "other",
                     id="a-fraction-restated-by-a-bracketed-share"),
        pytest.param("The rate has increased (90.2% to 91.4%), net.", "90.2%", 90.2, None, "percent", id="a-change-in-brackets-is-two-levels"),
        pytest.param("Over the years many came.\n60 Kazakhstani specialists have already passed the training.\nThey did well.",
                     "60", 60, None, "count", id="a-number-opening-a-line-that-is-a-sentence"),
        pytest.param("It was attended by 1520 employees during the seminars.", "1520", 1520, None, "count",
                     id="a-number-before-1900-counting-a-plural"),
        pytest.param("Des formations d’une durée de quatre à six mois.", "quatre à six", 4, 6, "duration", id="a-french-range-of-months"),
        pytest.param("Other areas:\n§         5,481 registered youth in training;\n", "5,481", 5481, None, "count",
                     id="a-figure-after-a-section-sign-used-as-a-bullet"),
        pytest.param("Students 26000\nLocation Durban\n", "26000", 26000, None, "count", id="a-count-after-its-infobox-label-is-no-postcode"),
        pytest.param("Prices fell (-5%) last year.", "-5%", -5, None, "percent", id="guard-a-bracketed-negative-share"),
        pytest.param("India's scheme set a target to distribute 15 billion (US$210 million) this year.", "15 billion", 15e9, None, "INR",
                     id="a-bare-amount-before-its-bracketed-conversion-is-home-money"),
        pytest.param("Kenya's plan counts 15,000 (about 12%) of its youth.", "15,000", 15000, None, "count",
                     id="guard-a-count-before-a-bracketed-share-stays-a-count"),
        pytest.param("Each course takes two months and a half.", "two months and a half", 2.5, None, "duration",
                     id="a-half-after-the-unit"),
        pytest.param("Now we have students as old as 65, she said.", "65", 65, None, "duration", id="as-old-as-an-age"),
        pytest.param("They get the same amount when they turn 40.", "40", 40, None, "duration", id="turn-an-age"),
        pytest.param("It has seven farm centres, seven fishery centres and more.", "seven", 7, None, "count",
                     id="a-number-word-repeated-in-a-list-is-no-slogan"),
        pytest.param("Less than half a percent are midwives.", "half a percent", 0.5, None, "percent", id="half-a-percent"),
        pytest.param("Enrolment rose to 72 per 10,000 people.", "72", 72, None, "other", id="a-rate-per-ten-thousand"),
        pytest.param("Qorvel In Numbers\n90\nCampuses\n60,000+\nStudents\n126\nCourses\n", "90", 90, None, "count",
                     id="key-figures-each-over-its-label"),
        pytest.param("It is funded by the one per cent training levy.", "one per cent", 1, None, "percent",
                     id="the-one-per-cent-is-no-idiom"),
        pytest.param("Dans la classe d'âge des 16 à 29 ans, les jeunes apprennent.", "16 à 29", 16, 29, "duration",
                     id="a-french-age-range-after-des"),
        pytest.param("Of the team of 12 won medals.", "12", 12, None, "count", id="guard-won-as-a-verb-after-a-figure"),
        pytest.param("News\n21 Vocational High Schools Open\nThe president came.", "21", 21, None, "count",
                     id="a-headline-opening-with-its-count"),
        pytest.param("The reviews included (20) review reports of the colleges.", "20", 20, None, "count",
                     id="a-count-in-brackets-inside-a-sentence"),
        pytest.param("About Rs. 2 to 3.5 cr. went to each ITI.", "Rs. 2 to 3.5 cr", 2e7, 3.5e7, "INR",
                     id="a-currency-before-the-first-and-a-scale-after-the-second"),
        pytest.param("Arts enrolments have risen by one third since then.", "one third", 1 / 3, None, "other",
                     id="a-fraction-after-by"),
        pytest.param("Sales rose by a quarter last year.", "a quarter", 0.25, None, "other", id="a-quarter-after-by"),
        pytest.param("Tembo, 20, spent ten months at the centre.", "20", 20, None, "duration", id="age-after-a-lone-name-in-commas"),
        pytest.param("Qorvel Asante, 23, a welder from the coast, spoke.", "23", 23, None, "duration",
                     id="guard-age-after-a-two-word-name"),
        pytest.param("The average age of the trainees was around 24.", "24", 24, None, "duration", id="an-average-age-stated"),
        pytest.param("The rates for people aged 30-34 or 35-39 rose.", "30-34", 30, 34, "duration", id="guard-an-age-range-after-aged"),
        pytest.param("Rates fell among age groups 15-19 and 20-24.", "15-19", 15, 19, "duration", id="age-groups-in-the-plural"),
        pytest.param("In the schools (ages 13-17, 20,136 pupils) most attend.", "13-17", 13, 17, "duration",
                     id="guard-an-age-range-in-brackets"),
        pytest.param("Le centre forme des apprentis depuis 40 ans.", "40", 40, None, "duration", id="french-years"),
        pytest.param("Die Quote der Erwerbstätigen unter 25 Jahren stieg.", "25", 25, None, "duration", id="german-years"),
        pytest.param("Le programme cible des jeunes âgés de 18 à 35 ans.", "18 à 35", 18, 35, "duration", id="a-french-age-range"),
        pytest.param("Le prix passe de 10 à 20 euros.", "10", 10, None, "count", id="guard-a-french-change-is-no-range"),
        pytest.param("When one college closes, its students move.", "one", 1, None, "count", id="guard-one-before-its-noun-after-when"),
        pytest.param("Primary\t3,630\t334\nSecondary\t2,100\t98\n", "3,630", 3630, None, "count", id="guard-a-row-labelled-primary"),
        pytest.param("Learners aged under 25 pay no fees.", "25", 25, None, "duration", id="aged-under-an-age"),
        pytest.param("Tomasz Qorvelski 20, from Kisumu, is among them.", "20", 20, None, "duration",
                     id="persons-age-after-a-name-the-model-does-not-know"),
        pytest.param("Riverside Academy 20, Lakeside 14: the final score.", "20", 20, None, "count", id="guard-a-score-after-a-team-s-name"),
        pytest.param("Profit had risen by 6,5% that year.", "6,5%", 6.5, None, "percent", id="decimal-comma-percent"),
        pytest.param("It lost more than three thousand million dollars.", "three thousand million dollars", 3e9, None, "USD", id="thousand-million-in-words"),
        pytest.param("They built an 8-kilometre-long quay wall.", "8-kilometre", 8, None, "other", id="measure-inside-a-compound-adjective"),
        pytest.param("Subsidies will amount to R72.4 billion.", "R72.4 billion", 72.4e9, None, "ZAR", id="rand-glued-r"),
        pytest.param("\t(000)\t(Percent)\nEmployed\t2,194\t+6.8\n", "2,194", 2194000, None, "count", id="bracketed-unit-row-thousands"),
        pytest.param("\t(‘000)\t(Percent)\nEmployed\t3,408\t+2.1\n", "3,408", 3408000, None, "count", id="quoted-unit-row-thousands"),
        pytest.param("\t(Percent)\t(Percent)\nEmployed\t+6.8\t-1.4\n", "+6.8", 6.8, None, "percent", id="plus-sign-under-a-percent-row"),
        pytest.param("It won a $US 5.16bn contract.", "$US 5.16bn", 5.16e9, None, "USD", id="dollar-sign-before-country-code"),
        pytest.param("Year\tRemittances (USD Billion)\n2005\t$1.21\n2006\t$1.45\n", "$1.21", 1.21e9, None, "USD", id="scale-from-a-two-cell-header"),
        pytest.param("The daily minimum was EUR 22,83 then.", "EUR 22,83", 22.83, None, "EUR", id="decimal-comma-currency"),
        pytest.param("The kits cost Tsh 15.2 billion in all.", "Tsh 15.2 billion", 15.2e9, None, "TZS", id="shilling-abbreviation-before"),
        pytest.param("Salaries averaged \u00a21,172.66 a month in Ghana.", "\u00a21,172.66", 1172.66, None, "GHS", id="cedi-cent-sign-in-ghana"),
        pytest.param("2\tMadhya Pradesh\t28119\n3\tKerala\t19232\n", "28119", 28119, None, "count", id="tab-cell-after-a-name-is-no-postcode"),
        pytest.param("It trains over half-a-million workers.", "half-a-million", 5e5, None, "count", id="half-a-million"),
        pytest.param("It was funded for two financial years only.", "two", 2, None, "duration", id="financial-years"),
        pytest.param("  • $4,512,000Project Total Amount", "$4,512,000", 4512000, None, "USD", id="glued-to-next-label"),
    ],
)
def test_general_quantities(find, text, span, value, value_high, unit):
    got_span, attrs = find(text, "NUMBER")[0]
    assert got_span == span
    assert math.isclose(attrs["value"], value)
    assert attrs["value_high"] == value_high
    assert attrs["unit"] == unit


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A second priority is funding.", id="ordinal-second"),
        pytest.param("A third priority is to train teachers.", id="ordinal-a-third-not-fraction"),
        pytest.param("Call the office on (415) 555-0199 today.", id="phone-number"),
        pytest.param("Press desk: +7(7172)706091, 706087, 706089", id="phone-number-with-a-six-digit-line-and-its-siblings"),
        pytest.param("The index is built from questions 12, 13 and 14 of the form.", id="question-labels"),
        pytest.param("A level 5 and level 6 diploma qualifies.", id="level-labels"),
        pytest.param("Schooling is free up to Form 5.", id="a-school-form-label"),
        pytest.param("La mise en œuvre de la 4ème phase du plan commence.", id="a-french-ordinal"),
        pytest.param("Les stagiaires en 1ère année et en 2ème année.", id="french-ordinals-before-their-noun"),
        pytest.param("One such example is a weaver from the hills.", id="one-such-example"),
        pytest.param("Vocational education is one which prepares people for work.", id="one-which-as-a-pronoun"),
        pytest.param("Colleges come in kinds: 1) vocational colleges and 2) community colleges.", id="list-markers-in-a-line"),
        pytest.param("Programme 1 : Développement de l’Apprentissage", id="a-programme-label"),
        pytest.param("The Resolution No. (268) was issued.", id="a-resolution-number-in-brackets"),
        pytest.param("Funds run until 31-03-2026 only.", id="a-date-written-day-month-year"),
        pytest.param("Data for the time period 201920 follow.", id="an-academic-year-code"),
        pytest.param("In schooljaar 2015-2016 gaan veel studenten naar het mbo.", id="guard-a-dutch-school-year"),
        pytest.param("Euro 2024 was held in Germany.", id="guard-euro-before-a-year-is-a-tournament"),
        pytest.param("Hanoi University of Technology (HUT) (-2010) was renamed.", id="a-bracketed-end-year-is-no-negative-number"),
        pytest.param("News release 2008ECD0024-000697 follows.", id="a-release-number"),
        pytest.param("Training starts in Sept 2024.", id="guard-an-abbreviated-month-before-a-year-is-no-french-seven"),
        pytest.param("Se cumple el artículo 25 de la Ley.", id="an-article-number-in-spanish"),
        pytest.param("Release 0411-06-030 of Qorvel.", id="a-code-of-hyphened-digit-groups"),
        pytest.param("As the ministry explained to 24.kg news agency, Qorvel will change.", id="a-web-address-s-name"),
        pytest.param("Il diplomato nel 2022 ha trovato un lavoro a Tembo.", id="an-italian-year-before-ha-is-no-area"),
        pytest.param("Qorvel was founded (1895-12-18) in Tembo.", id="a-numeric-date-in-brackets"),
        pytest.param("La auditoría cubre del 1.° de enero al 31 de marzo.", id="a-spanish-ordinal-day-written-with-a-point"),
        pytest.param("Le 10 août 1786, le duc fonde une école.", id="a-year-before-1900-after-a-french-date"),
        pytest.param("Informations | |\nFondation | 1780 |\nFondateur | Qorvel |", id="a-foundation-year-in-a-french-infobox"),
        pytest.param("W latach 1816–1826 Akademia działała.", id="the-end-of-a-span-of-years-before-1900"),
        pytest.param("Zgodnie z Ustawą z dnia 20 lipca 2018 r. uczelnia działa.", id="a-day-before-a-polish-month"),
        pytest.param("May 21, 2021 | 3 min read", id="a-page-s-reading-time"),
        pytest.param("Qorvel placed apprentices in Regions Three, Four, Five, Six and 10.", id="numbered-regions"),
        pytest.param("Related news:\n2014-06-26Tembo to boost vocational education", id="a-date-glued-to-a-headline"),
        pytest.param("Tembo College was abolished by law 4610 and Government Gazette 70.", id="law-and-gazette-numbers"),
        pytest.param("It was issued on Shaban 14, 1428 AH to reorganise it.", id="a-hijri-date"),
        pytest.param("Teams and local stakeholders 1) map the needs. They will 2) help colleges. Finally, 3) lessons spread.",
                     id="markers-numbering-steps-inside-sentences"),
        pytest.param("State FY19-20 FY20-21 FY21-22", id="two-digit-fiscal-year-labels"),
        pytest.param("El Decreto-Ley 118 creó el servicio.", id="a-spanish-decree-number"),
        pytest.param("Output: 1.ED4 - Learners are equipped with skills.", id="an-output-code"),
        pytest.param("1 Introduction\nText here.\n2 Methods\nMore text.", id="guard-section-numbers-with-siblings"),
        pytest.param("Questions: (1) how many colleges and (2) what number of them.", id="guard-bracketed-list-markers-from-one"),
        pytest.param("Reviews began under Cycle 4 of the framework.", id="a-cycle-label"),
        pytest.param("Insgesamt befanden sich am 31. Dezember 2016 viele Jugendliche in Ausbildung.", id="a-german-date-s-day"),
        pytest.param("Studenten die op 1 oktober staan ingeschreven.", id="a-dutch-date-s-day"),
        pytest.param("O ensino técnico não para: vive um dos seus momentos de expansão, são muitos.", id="portuguese-dos-is-of-the"),
        pytest.param("Tras la Ley N.º 10.225 es creada la universidad.", id="a-law-number-after-n-o"),
        pytest.param("Fue fundada en 1878 en Montevideo.", id="a-year-before-1900-after-en"),
        pytest.param("The shift to Industry 4.0 is under way.", id="guard-a-version-number"),
        pytest.param("It serves the Qorvel Development Plan 12 (QDP 12) priorities.", id="a-plan-number-and-its-acronym"),
        pytest.param("The centres train Senior Four leavers and drop-outs.", id="a-school-year-in-words"),
        pytest.param("Pupils in Primary Seven and Standard 8 sit the exam.", id="primary-and-standard-school-years"),
        pytest.param("The gap is clear when one considers the annual cost of training.", id="one-as-a-pronoun-in-a-clause"),
        pytest.param("If one looks at the data, enrolment fell.", id="one-as-a-pronoun-after-if"),
        pytest.param("They moved to 5G networks and 3D printing.", id="alphanumeric-codes"),
        pytest.param("The rules are set out in Circular Number 4 of the board.", id="a-document-number"),
        pytest.param("Its office stands at 18, Avenue de la Paix, in the old town.", id="a-street-number-before-the-street-type"),
        pytest.param("Qorvel Education Group (Stock Code: 839) announced its results.", id="a-stock-code-in-brackets"),
        pytest.param("Tembo Learning Ltd (NASDAQ: 4521) reported a profit.", id="a-ticker-after-an-exchange"),
        pytest.param("The minister signed Decision no 262/QD to found the college.", id="a-decision-number-with-its-code"),
        pytest.param("Sector: Education (Code: 110) and grant.", id="a-sector-code-in-brackets"),
        pytest.param("GDP per worker (constant 2015 US$) rose.", id="a-price-base-year-before-a-currency"),
        pytest.param("COSATU SUBMISSION on the Skills Development Bill [B81-98].", id="a-bill-s-number"),
        pytest.param("Telephone: (62-21) 3483 0763 / 64\nFacsimile: (62-21) 348 30762", id="telephone-and-facsimile-with-a-bracketed-code"),
        pytest.param("The site (exact locational coordinates: -2.5939974, 29.6900391) is rural.", id="map-coordinates-separated-by-a-comma"),
        pytest.param("Project ID: 16801\nGrant for a training centre.", id="a-project-id"),
        pytest.param("Kestria Authority v Tembo Services [2007] ZALC 116; [2008] 1 BLLR 79 (LC); (2007) 28 ILJ 2828 (LC).",
                     id="law-report-citations-after-their-year"),
        pytest.param("THE INDUSTRIAL TRAINING ACT (Cap. 237) applies.", id="a-chapter-of-the-laws"),
        pytest.param("Sustainability, vol. 16, issue 24, 1-11", id="a-journal-s-issue-and-pages"),
        pytest.param("L'accordo firmato lo scorso 17 marzo prevede la riforma del 4+2; la fiera si è tenuta il 12 e 13 febbraio a Roma.",
                     id="italian-dates-a-pair-of-days-and-a-model-s-formula"),
        pytest.param("Bu haqda kecha, 21 iyul kuni Yaponiya va Oʻzbekiston oʻrtasida mehnat forumida maʼlum qilindi. Dekabrın 14-də "
                     "təhsil rəsmiləri gəlib.", id="uzbek-and-azerbaijani-days-of-a-month"),
        pytest.param("Sijil diberikan bagi Tahap 2 hingga Tahap 5 untuk semua pelatih di pusat latihan tersebut.", id="malay-levels"),
        pytest.param("What percentage of learners were non-UK nationals. (254169)\n[holding answer 3 February 2009]: Table", id="a-question-s-number-in-brackets"),
        pytest.param("Die kolleges sou later technikons word. 4\n  • Daar is ook privaat kolleges in die land.", id="a-footnote-mark-after-a-sentence"),
        pytest.param("Contents Purpose of this Report... 3 Introduction... 4 Summary of Results... 6 Findings", id="page-numbers-after-dot-leaders"),
        pytest.param("Reference Number :54152\nMoE Number: 9860 NZQA Reference: C22999", id="numbers-after-a-reference-label"),
        pytest.param("The works are as follows:\nLot 1: Kestria Technical Institute Lot 2: Tembo Technical Institute", id="procurement-lots"),
        pytest.param("Ons leerders doen ondervinding op – en ten minste die helfte kry werk na die kursus by ’n werkgewer.",
                     id="guard-ten-in-an-afrikaans-at-least"),
        pytest.param("Delegates met at the COP28 summit in Dubai.", id="guard-an-iso-code-glued-to-two-digits-names-an-event"),
        pytest.param("Apprentices and trainees March quarter\n2012 Highlights There", id="a-year-opening-a-line-before-a-plural"),
        pytest.param("Closing dates: March 3 – 2025 and March 9 -2025 (16:00).", id="a-year-after-a-dash-is-no-negative"),
        pytest.param("Levy\n\n7.—(2) Where in a contribution year an employer pays wages, the levy applies.", id="a-law-s-section-before-a-dash"),
        pytest.param("To join a college, one does not need a matric pass.", id="one-as-anyone-before-does-not"),
        pytest.param("KESTREL SKILLS FUND ANNUAL REVIEW 3\n\nVision\nAll intakes exclude bridging students 4 KESTREL SKILLS FUND ANNUAL REVIEW\n",
                     id="page-numbers-beside-a-running-title"),
        pytest.param("Skills Oversight: Report GAO-07-512. Published: May 2007.", id="a-report-number-of-three-groups"),
        pytest.param("Vote 31 - Health and Skills\nKESTREL BULLETIN | Bulletin 22 | May 2011", id="a-budget-vote-and-a-bulletin-s-issue"),
        pytest.param("Most spending goes to those in year three or later of their training.", id="a-year-of-training-after-in"),
        pytest.param("Tuesday 4 March - Day 2\n09.30-10.00 Registration\n10.00-12.30 Panel on apprenticeships\nExperts met on day one.",
                     id="a-programme-s-clock-times-and-day-labels"),
        pytest.param("SKILLS@50 Celebrations open. The Kestrel Institute, PMB 2231, Lae.", id="an-event-s-number-after-at-and-a-mail-bag"),
        pytest.param("The surest way to reach one's goal is training.", id="one-with-a-possessive-is-anyone"),
        pytest.param("GRI 404-1 Hours of training (see GRI Content 405-1).", id="reporting-standards-disclosure-numbers"),
        pytest.param("Skills Fund Opens\n\nBy Ama Owusu 6 Min Read\nThe fund opened today.", id="a-byline-s-reading-time-in-capitals"),
        pytest.param("One step closer to a job\nPublished 9. Mar 2019\nThe centre offers one to one coaching.", id="idioms-and-a-day-with-a-point-before-a-month"),
        pytest.param("From 12 until 15 October the finals ran. Training runs at Levels 2, 2/3 and 3.", id="a-day-range-with-until-and-levels-with-a-slash"),
        pytest.param("Speaker 1 (00:00):\nWelcome back.\nSpeaker 2 (00:03):\nThanks.", id="a-transcript-s-speaker-indices"),
        pytest.param("The petitioner seeks a direction to respondents 2 and 3 to pay the arrears.", id="parties-numbered-in-a-judgment"),
        pytest.param("Call the registrar on 01934 411 531 for advice.", id="a-phone-number-with-spaced-groups"),
        pytest.param("The college will contribute to SDGs 1, 4, 5, 8, and 10. The mayor signed Executive Order 22.",
                     id="goal-and-order-numbers"),
        pytest.param("Qorvel’s T–TEN network trains technicians.", id="a-number-word-in-a-name-after-a-letter-and-dash"),
        pytest.param("Centres run the National Proficiency One and the National Certificate Two.",
                     id="number-words-ending-a-level-s-name"),
        pytest.param("The ceremony runs from 1 to 2:30 a.m. (EST).", id="the-start-of-a-span-of-clock-times"),
        pytest.param("Il-klassijiet naqsu (Tabella nru 3; Ċarts nri 1 u 2).", id="maltese-table-and-chart-numbers"),
        pytest.param("Conduct of the inquiry\n1.5The Committee commenced its inquiry.\n1.6Terms of Reference are set out.",
                     id="a-report-s-paragraph-numbers-glued-to-their-first-word"),
        pytest.param("She woke up every day at five in the morning.", id="an-hour-of-the-day-in-words"),
        pytest.param("Les actions ont commencé en novembre 2020 dans les métiers.", id="a-year-after-a-french-month-before-a-function-word"),
        pytest.param("MADRID, 3 Ene. (EUROPA PRESS) - El alumnado de la escuela creció.", id="a-spanish-agency-s-abbreviated-month"),
        pytest.param("Es parte del Plan de Modernización de la FP (Componente 20), según informó hoy Educación.", id="a-plan-s-component-in-spanish"),
        pytest.param("PROCUREMENT PLAN I. General 1. Project information: Country: Tembo 2. Bank's approval Date: Revision 1: June 30, 2012 "
                     "3. Date of General Procurement Notice: N/A 4. Period covered: none", id="items-numbered-inside-a-flattened-line"),
        pytest.param("Der Wettbewerb ging von 9. bis 13. September 2025 in die 9. Runde.", id="german-ordinals-after-an-article-or-von-bis"),
        pytest.param("GRI Disclosures\nTraining and Education: 404-1 to 404-3\nManagement Approach", id="a-range-of-disclosure-codes"),
        pytest.param("Qorvel Radio (FM 94.5) broadcast the interview.", id="a-radio-frequency"),
        pytest.param("Write to us at 27 Kestrel Lindo St., Tembo.", id="a-house-number-before-st-and-a-comma"),
        pytest.param("Con decreto direttoriale n. 41 il Ministero ha ripartito le risorse.", id="an-italian-decree-s-number"),
        pytest.param("La legge regionale 19 disciplina la formazione.", id="an-italian-regional-law-s-number"),
        pytest.param("I dati vengono dal 7° monitoraggio nazionale.", id="an-ordinal-with-a-degree-sign"),
        pytest.param("Kestrel Polytechnic\nMoE number: 7315\nNZQA reference: C30114", id="an-identifier-after-a-lower-case-number-label"),
        pytest.param("This guide reflects Release 3 of the Tembo training package.", id="a-release-number-of-a-training-package"),
        pytest.param("The board used its mandate under para 14(c) to issue guidelines.", id="a-paragraph-and-its-clause"),
        pytest.param("After a posting in Lindo (1981 – 84), she taught welding.", id="the-short-end-of-a-spaced-year-span"),
        pytest.param("Key fact 4: Kestrel colleges hired more staff.", id="a-key-fact-s-number"),
        pytest.param("CONTENTS 1- Introduction 2- Kestrel Colleges 3- Outlook", id="a-list-numbered-with-dashes-on-one-line"),
        pytest.param("Students can study with the 1+1+1 program at Kestrel.", id="a-programme-s-formula-of-three-parts"),
        pytest.param("Rev. 3 of the Kestrel guidebook came out.", id="a-revision-s-number"),
        pytest.param("Kestrel Polytechnic was set up by Royal Decree number 12.", id="a-decree-s-number-spelled-number"),
        pytest.param("Figura 5 – Tirocini per provincia a Kestrel", id="an-italian-figure-label"),
        pytest.param("El Grafico 3 muestra la distribución por edad", id="a-spanish-chart-label-without-its-accent"),
        pytest.param("Pupils of Vocational School number 7 in Tembo joined.", id="a-school-s-number-after-its-head"),
        pytest.param("Graduates of Diploma 3 and Diploma 4 programmes took Certificate 2 courses.", id="diploma-and-certificate-levels"),
        pytest.param("The ceremony was held on Thursday at 07.30 to 11.30 Western Indonesian Time.", id="clock-times-with-a-point"),
        pytest.param("Qorvel Polytechnic, Basin Bridge, Chennai - 600012", id="a-postal-code-after-a-dash"),
        pytest.param("It coordinates Components 1, 2, 3 and part of Component 4 of the project.", id="components-listed-in-the-plural"),
        pytest.param("Eligibility\n1)Scholarship for undergraduates\n2)Scholarship for college students\n", id="items-numbered-with-a-glued-bracket"),
        pytest.param("Trabajan en la Línea 1 del metro. La revista Identidad, número 72, salió en mayo.", id="spanish-line-and-issue-numbers"),
        pytest.param("Under the background of “One Belt and One Road” construction, trade grew.", id="number-words-in-a-quoted-slogan"),
        pytest.param("Slides\n1: Tembo: workbased learning\n2: Sweden: higher vocational education\n", id="slide-items-numbered-with-a-colon"),
        pytest.param("Quintile 1 - 3 schools did worse than Quintile 4 - 5 schools.", id="quintile-labels"),
        pytest.param("Thousands of students start TAFE for Term 1, 2026.", id="a-school-term-label"),
        pytest.param("New kit will deliver courses in zero and low emission vehicle training at zero or near zero cost.",
                     id="zero-before-a-singular-noun-says-none"),
        pytest.param("Pupils admitted will get a D-4-3 visa.", id="a-visa-class"),
        pytest.param("Điện thoại: (028)38212868 Fax: (028)38215951", id="phone-numbers-with-a-bracketed-area-code"),
        pytest.param("Theo báo cáo, năm 2018 tỷ lệ học sinh có việc làm tăng.", id="a-vietnamese-rate-is-no-billion"),
        pytest.param("See Tembo Trades Council v. Kestrel, 621 F.2d 697, 708 (5th Cir.1980).", id="a-law-report-citation"),
        pytest.param("Under the act, 5 U.S.C. Sec. 706(2)(A), courts must uphold the decision.", id="a-code-section-citation"),
        pytest.param("NOTICE: Ninth Circuit Rule 36-3 provides that such dispositions are not precedent.", id="a-court-rule-number"),
        pytest.param("JUDGEMENT\n(1.) THE petitioner challenges the order.\n(2.) BRIEFLY stated, the case is this.", id="a-judgment-s-paragraph-numbers"),
        pytest.param("Press release\nPublication date 24.1.2017 11.22\nThe ministry announced it.", id="a-clock-time-after-a-date"),
        pytest.param("It was created from the Polytechnic of Namibia per Act of Parliament 33 / 1994 and Law 15/2009.",
                     id="a-law-s-number-over-its-year"),
    ],
)
def test_labels_and_identifiers_are_no_numbers(find, text):
    assert find(text, "NUMBER") == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        pytest.param("Share\t2018\t2019\n\t%\t%\nMen\t41.2\t43.5\n", "percent", id="percent-row"),
        pytest.param("Cost\t2018\t2019\n\t$\t$\nFees\t412\t435\n", "USD", id="currency-row"),
    ],
)
def test_a_unit_row_gives_its_column_its_unit(find, text, unit):
    cells = [a for span, a in find(text, "NUMBER") if span in ("41.2", "43.5", "412", "435")]
    assert len(cells) == 2 and all(a["unit"] == unit for a in cells)


def test_spaced_table_cells_are_not_thousands(find):
    text = "Year Colleges Increase 2011 364 51 2012 480 116 2013 529 49"
    assert [span for span, _ in find(text, "NUMBER")] == ["364", "51", "480", "116", "529", "49"]


def test_a_spaced_table_of_counts_and_rates_with_spaced_thousands(find):
    """Counts whose thousands are spaced, a rate beside each, under a header of capitalised
    column names, row labels longer than a few words; the row without thousands shows how
    many columns there are."""
    text = (
        "Courses completed by gender\n"
        "Programme Total Completed Percentage completed Total, men Percentage completed, men\n"
        "Building, construction and civil engineering trades 12 604 9 310 73.9 10 214 74.0\n"
        "Restaurant and food processing studies 2 145 1 702 79.3  981 77.2\n"
        "Design, arts and crafts, and other creative studies 96 71 74.0 38 62.7\n"
    )
    found = [(span, a["unit"]) for span, a in find(text, "NUMBER")]
    assert found[:5] == [("12 604", "count"), ("9 310", "count"), ("73.9", "percent"), ("10 214", "count"), ("74.0", "percent")]
    assert [span for span, _ in found[5:]] == ["2 145", "1 702", "79.3", "981", "77.2", "96", "71", "74.0", "38", "62.7"]


def test_a_caption_naming_shares_after_a_colon_gives_the_rows_under_it_percent(find):
    text = ("Table 1 – Kestrian certificate results, 2016: percentages of those who wrote\n"
            "Quintile 1 - 3 schools Quintile 4 - 5 schools\nBachelor's passes 19.1 42.7\nAll passes 66.0 86.6\n"
            "Source: Kestria Examination Report\n")
    assert [(span, a["unit"]) for span, a in find(text, "NUMBER")] == [
        ("19.1", "percent"), ("42.7", "percent"), ("66.0", "percent"), ("86.6", "percent")]


def test_a_percent_sign_in_a_later_row_is_that_row_s_not_its_columns(find):
    text = "Item\t2018\t2019\nTrainees\t79,388\t83,157\nShare male\t54.9%\t56.0%\nIn public schools\t21,563\t24,671\n"
    units = {span: a["unit"] for span, a in find(text, "NUMBER")}
    assert (units["79,388"], units["54.9%"], units["21,563"]) == ("count", "percent", "count")


def test_a_title_ending_in_its_unit_in_brackets_gives_the_rows_under_it_that_unit(find):
    text = ("Freedonia: Unemployment by region and sex (%, Q1 2019-Q4 2020)\nNorth South\nMales Females Males Females\n"
            "2019 Q1 7.20 33.00 0.50 2.10\n2019 Q2 7.40 33.10 0.70 3.30\n")
    units = [a["unit"] for span, a in find(text, "NUMBER") if "." in span]
    assert units == ["percent"] * 8


def test_a_data_sheet_flattened_onto_a_line_takes_its_header_s_currency_and_scale(find):
    text = ("Financing (In USD Million) Total Project Cost: 60.00 Total Bank Financing: 50.00 Financing Gap: 0.00 "
            "The first of 3 parts would be disbursed.")
    found = [(span, a["value"], a["unit"]) for span, a in find(text, "NUMBER")]
    assert found == [("60.00", 60e6, "USD"), ("50.00", 50e6, "USD"), ("0.00", 0.0, "USD"), ("3", 3.0, "count")]


def test_a_data_sheet_s_currency_after_a_comma_reaches_past_of_which(find):
    text = "PROJECT FINANCING DATA (US$, Millions) Total Project Cost 500.00 Total Financing 500.00 of which IBRD/IDA 300.00 Gap 0.00"
    found = [(a["value"], a["unit"]) for span, a in find(text, "NUMBER")]
    assert found == [(500e6, "USD"), (500e6, "USD"), (300e6, "USD"), (0.0, "USD")]


def test_a_data_file_s_rate_column_named_in_snake_case_holds_percentages(find):
    text = ("time_period | leavers | achievers | pass_rate | achievement_rate |\n---|---|---|---|---|\n"
            "201920 | 270470 | 155440 | 97.9 | 57.5 |\n201920 | 75270 | 47210 | 98.4 | 62.7 |\n")
    units = {span: a["unit"] for span, a in find(text, "NUMBER")}
    assert (units["270470"], units["97.9"], units["57.5"], units["62.7"]) == ("count", "percent", "percent", "percent")


def test_a_continental_table_with_rates_spaces_its_thousands_and_a_percent_line_marks_the_rates(find):
    text = ("Year Starters Attainers Share\n%\t%\n".replace("\t", "     ")
            + "2000 50 552 39 628 78,4 25 941 19 518 75,2\n2001 48 330 37 969 78,6 24 938 18 954 76,0\n"
            + "2002 46 815 36 476 77,9 24 216 18 298 75,6\n")
    found = [(span, a["value"], a["unit"]) for span, a in find(text, "NUMBER")][:3]
    assert found == [("50 552", 50552.0, "count"), ("39 628", 39628.0, "count"), ("78,4", 78.4, "percent")]


def test_figures_opening_bulleted_items_that_do_not_run_on_are_counts(find):
    text = ("Places were added for:\n\n- 57 Physics\n\n- 23 Carpentry\n\n- 4 Masonry\n\nContents\n- 1 Scope\n- 2 Findings\n- 3 Annex\n\n"
            "Posts open:\n- (3) Driver II\n- Registrar\n- (5) Instructor I\n")
    assert [span for span, _ in find(text, "NUMBER")] == ["57", "23", "4", "3", "5"]


def test_a_whole_split_in_two_shares_that_add_up_to_a_hundred_gives_two_percentages(find):
    text = "Courses split theory and practice 35/65, run 24/7 and started on 12/05/2020."
    assert [(span, a["unit"]) for span, a in find(text, "NUMBER")] == [("35", "percent"), ("65", "percent")]


def test_the_count_a_share_stands_for_in_brackets(find):
    text = "Of the 60 graduates, 40% (24) found related posts."
    assert [(span, a["unit"]) for span, a in find(text, "NUMBER")] == [("60", "count"), ("40%", "percent"), ("24", "count")]


def test_a_piped_row_label_saying_shares_or_hours_gives_its_figures_that_unit(find):
    text = ("| Indicator | 2020 | 2021 |\n|---|---|---|\n| Apprentices: % of women | 44 | 47 |\n| Apprentices trained | 610 | 655 |\n"
            "| Training (hours per employee per year) | 19 | 23 |\n")
    units = [(span, a["unit"]) for span, a in find(text, "NUMBER")]
    assert units == [("44", "percent"), ("47", "percent"), ("610", "count"), ("655", "count"), ("19", "duration"), ("23", "duration")]


def test_a_range_to_one_and_a_half_is_no_idiom(find):
    text = "Interns then spend one to one-and-a-half years with firms."
    assert [span for span, _ in find(text, "NUMBER")] == ["one to one-and-a-half"]


def test_a_level_after_percentage_points_to_is_a_share(find):
    text = "The gap narrowed 0.3 percentage points to 11.2 last year."
    assert [(span, a["unit"]) for span, a in find(text, "NUMBER")] == [("0.3 percentage points", "percent"), ("11.2", "percent")]


def test_a_comma_and_a_space_after_a_labelled_figure_part_two_numbers(find):
    text = "There were 9,210 starts (3,100 at Level 2, 640 at Level 3). About 1, 700 trainers finished. See Articles 20, 106 and 176."
    assert [span for span, _ in find(text, "NUMBER")] == ["9,210", "3,100", "640", "1, 700"]


def test_a_count_after_a_numbered_label_and_a_comma_is_no_label(find):
    text = "In Zone 3, 12,480 trainees enrolled; 9,000 in Zone 4."
    assert [span for span, _ in find(text, "NUMBER")] == ["12,480", "9,000"]


def test_a_vague_pair_before_a_time_unit_is_two_durations(find):
    text = "It used to offer one or two year certificates. He met one or two tutors."
    assert [(span, a["unit"]) for span, a in find(text, "NUMBER")] == [("one", "duration"), ("two", "duration")]


def test_bracketed_counts_closing_the_rows_of_a_list(find):
    text = "Course Year of Start Intake\nCivil Engineering 1963 (30)\nMechanical Engineering 1969 (60)\n"
    assert [span for span, _ in find(text, "NUMBER")] == ["30", "60"]


def test_an_en_dash_alone_before_a_figure_on_its_line_is_a_minus(find):
    text = "Country\nMalawi\n93.9\n97.8\n–3.9\nUganda\n92.8\n96.6\n–3.8\n"
    assert [(span, a["value"]) for span, a in find(text, "NUMBER") if span.startswith("–")] == [("–3.9", -3.9), ("–3.8", -3.8)]


def test_a_school_year_written_with_both_years_is_no_count(find):
    text = "La FP marca un récord este curso 2024-2025 con 10.951 alumnos."
    assert [span for span, _ in find(text, "NUMBER")] == ["10.951"]


def test_a_change_from_one_duration_to_another_is_two_durations(find):
    text = "The ministry extended wage support for employers from six to nine months."
    assert [(span, a["unit"]) for span, a in find(text, "NUMBER")] == [("six", "duration"), ("nine", "duration")]


def test_a_number_word_after_a_capitalised_word_still_counts_the_plural_after_it(find):
    text = "Qorvel Grants Five cars to schools. Kestria Group Five said so."
    assert [span for span, _ in find(text, "NUMBER")] == ["Five"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("About 8.2 million were employed.", 8_200_000.0, id="millions"),
        pytest.param("It cost $4.35bn.", 4_350_000_000.0, id="guard-billions-glued-to-a-sign"),
    ],
)
def test_scaled_values_keep_their_decimal_digits(find, text, value):
    assert _one(find, text)[1]["value"] == value


def test_a_changed_amount_s_first_figure_takes_the_second_s_local_currency(find):
    found = find("In Moldova the budget has been tripled in recent years, from 5 to 15 million lei.", "NUMBER")
    assert [(span, attrs["value"], attrs["unit"]) for span, attrs in found] == [("5", 5e6, "MDL"), ("15 million lei", 15e6, "MDL")]


def test_a_rate_with_its_noun_before_per_a_thousand_is_no_count(find):
    found = dict(find("The state had 13.4 apprentices per 1,000 employees.", "NUMBER"))
    assert found["13.4"]["unit"] == "other"


def test_bracketed_header_units_apply_to_each_row(find):
    text = "Level Weekly pay ($) Jobless rate (%)\n\nDiploma\n\n1,210 3.1\n\nDegree\n\n842 2.4\nNote: made-up figures."
    found = [(span, a["unit"]) for span, a in find(text, "NUMBER")]
    assert found == [("1,210", "USD"), ("3.1", "percent"), ("842", "USD"), ("2.4", "percent")]


def test_age_bands_under_an_age_group_header_of_a_pipe_table(find):
    text = "Age group (years) | '000 | '000 |\nUnder 16 | 20.2 | 17.5 |\n16 | 31.5 | 26.3 |\n20-24 | 154.2 | 122.0 |\n"
    found = {span: a["unit"] for span, a in find(text, "NUMBER")}
    assert [found["16"], found["20-24"]] == ["duration", "duration"]
    assert found["31.5"] == "count"


def test_a_bracketed_header_unit_skips_a_cell_with_its_own_sign(find):
    text = "Improved status after training (%) Median annual income\nDiploma or higher 67.8 $63,900\nCertificate IV 69.8 $68,100\n"
    found = [(span, a["unit"]) for span, a in find(text, "NUMBER")]
    assert found == [("67.8", "percent"), ("$63,900", "USD"), ("69.8", "percent"), ("$68,100", "USD")]


def test_a_row_label_s_unit_in_a_table_written_on_one_line_between_bars(find):
    text = "Table 1 | | Year | 2019-20 | 2020-21 | Kestria spend on delivery (£m) | 96 | 95 | Annual change | - | -1% | Source: Kestria."
    found = [(span, a["unit"], a["value"]) for span, a in find(text, "NUMBER")]
    assert found == [("96", "GBP", 96e6), ("95", "GBP", 95e6), ("-1%", "percent", -1.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Almost half of the pupils passed.", [("half", 0.5)], id="half-of"),
        pytest.param("In the first half of the year it grew.", [], id="first-half-is-a-period"),
        pytest.param("It will create 1.2 million to 1.4 million jobs.", [("1.2 million to 1.4 million", 1.2e6)], id="alike-to-range"),
        pytest.param("Membership\n68 countries\nStaff", [("68", 68)], id="count-opening-a-line"),
        pytest.param("It is the number one choice.", [], id="number-one-idiom"),
    ],
)
def test_more_b2_classes(find, text, expected):
    assert [(span, a["value"]) for span, a in find(text, "NUMBER")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Unit:  USD Thousands\n\n\t2018\t2019\nTotal sales\t92,068.69\t98,127\n",
                     [("92,068.69", 92068690.0, "USD"), ("98,127", 98127000.0, "USD")], id="caption-unit-and-scale"),
        pytest.param("No.\tScheme\tAllocation ( ₹ in crore)\n1.\tWelding\t93.5\nTotal\t100.0\n",
                     [("93.5", 9.35e8, "INR"), ("100.0", 1e9, "INR")], id="caption-in-a-header-cell-and-a-short-total-row"),
        pytest.param("Level\t% of total\tEmployment rate\nSecondary\t23\t70\n",
                     [("23", 23.0, "percent"), ("70", 70.0, "percent")], id="rate-headers"),
        pytest.param("Unit: USD Thousands\n\t2018\nExchange rate: 1 USD\t362\n",
                     [("1 USD", 1.0, "USD"), ("362", 362.0, "count")], id="a-rate-row-keeps-its-own-unit"),
        pytest.param("A fee of USD\t300 is due.", [("300", 300.0, "count")], id="a-tab-separates-cells-not-a-sign"),
        pytest.param("Labour force\t968,000 (2007 est.)\nPoverty\tNA%\nJobs\t120\n",
                     [("968,000", 968000.0, "count"), ("120", 120.0, "count")], id="infobox-pairs-are-no-header"),
        pytest.param("The price rose to 87.79 pence today.", [("87.79 pence", 0.8779, "GBP")], id="pence"),
        pytest.param("A credit of SDR 107.2 million was approved.", [("SDR 107.2 million", 107.2e6, "XDR")], id="special-drawing-rights"),
        pytest.param("Stock reached BD 11.5 billion.", [("BD 11.5 billion", 11.5e9, "BHD")], id="bahraini-dinar"),
        pytest.param("Pay rose by K Sh 5,000 and KSh 7,500.", [("K Sh 5,000", 5000.0, "KES"), ("KSh 7,500", 7500.0, "KES")],
                     id="kenyan-shillings-spaced-and-glued"),
        pytest.param("In Mexico the fund grew to $12.5  billion pesos.", [("$12.5  billion pesos", 12.5e9, "MXN")],
                     id="dollar-sign-with-pesos-after-is-pesos"),
        pytest.param("The berth is 16.5 m (54 ft) deep and 300 m long.", [("16.5 m", 16.5, "other"), ("54 ft", 54.0, "other"),
                     ("300 m", 300.0, "other")], id="spaced-metres-before-a-conversion-or-dimension"),
        pytest.param("About 5 m people voted.", [("5", 5.0, "count")], id="spaced-m-alone-is-no-metre"),
        pytest.param("Capacity: 40 million (tonnes) a year, ships of 60,000 (DWT), 2 million TEUs.",
                     [("40 million", 40e6, "other"), ("60,000", 60000.0, "other"), ("2 million TEUs", 2e6, "other")],
                     id="bracketed-and-shipping-units"),
        pytest.param("In Quarter 3 of the year, 41% had jobs.", [("41%", 41.0, "percent")], id="quarter-label"),
        pytest.param("It runs Line 1 of the metro; Priority 2: jobs; the Track 1 loan; Project 211.", [],
                     id="capitalised-line-priority-track-project-labels"),
        pytest.param("We track 5 indicators; the project 3 years ago cost 5%.",
                     [("5", 5.0, "count"), ("3", 3.0, "duration"), ("5%", 5.0, "percent")], id="lower-case-track-and-project-count"),
        pytest.param("Total equity ETB  2.7 billion", [("ETB  2.7 billion", 2.7e9, "ETB")], id="two-spaces-after-a-code"),
        pytest.param("Area\t5,400,000[3] km2 (2,100,000 sq mi)", [("5,400,000", 5.4e6, "other"), ("2,100,000 sq mi", 2.1e6, "other")],
                     id="footnote-between-a-figure-and-its-unit"),
        pytest.param("Density\t63/km2 (163.2/sq mi)", [("63/km2", 63.0, "other"), ("163.2/sq mi", 163.2, "other")], id="per-unit"),
        pytest.param("Under 0.5%of rural youths enrol.", [("0.5%", 0.5, "percent")], id="percent-glued-to-the-next-word"),
        pytest.param("Fairs run in 250 districts (1/3 of all districts).", [("250", 250.0, "count"), ("1/3", 1 / 3, "other")],
                     id="slash-fraction-before-of"),
        pytest.param("Per capita\tUS$1,019\nHDI (2022)\t0.515\nWater (%)\t3.8\n",
                     [("US$1,019", 1019.0, "USD"), ("0.515", 0.515, "count"), ("3.8", 3.8, "percent")],
                     id="infobox-rows-keep-their-own-units"),
        pytest.param("Sectors such as Digital, Net Zero and Health.", [], id="net-zero-is-no-number"),
        pytest.param("In South Africa it gave R5 000 000.00 and R30 694 700,00 and R2 275 000 for training.",
                     [("R5 000 000.00", 5e6, "ZAR"), ("R30 694 700,00", 30694700.0, "ZAR"), ("R2 275 000", 2275000.0, "ZAR")],
                     id="spaced-thousands-with-decimals-after-a-glued-sign"),
        pytest.param("The G20 met at 5G sites.", [], id="codes-stay-codes"),
        pytest.param("The A320 and the SR71 flew past the MK2 model.", [], id="codes-with-letters-that-are-no-currency-sign"),
        pytest.param("It was founded on May 28, 1857, in a port.", [], id="year-before-1900-after-month-and-day"),
        pytest.param("The meeting ran from 29 to 31 March in a city.", [], id="day-range-of-a-date"),
        pytest.param("17-2071 Electrical Engineers (codes 17-2061)", [], id="occupation-codes"),
        pytest.param("the median--50 percent of workers earn less", [("50 percent", 50.0, "percent")], id="double-dash-is-no-sign"),
        pytest.param("It stood 7.0 p.p. above the rate, up 2 pp.", [("7.0 p.p.", 7.0, "percent"), ("2 pp", 2.0, "percent")],
                     id="percentage-points-abbreviated"),
        pytest.param("Number of employees\t121.488 (2023)\nStudents\t17.142\n", [("121.488", 121488.0, "count"), ("17.142", 17142.0, "count")],
                     id="thousands-point-in-a-count-of-people"),
        pytest.param("The index was 12.345 points; it has 45.500 students.", [("12.345", 12.345, "other"), ("45.500", 45500.0, "count")],
                     id="thousands-point-only-for-people"),
        pytest.param("Kenya Shillings (KES) 100.90 = US$1", [("(KES) 100.90", 100.9, "KES"), ("US$1", 1.0, "USD")], id="bracketed-code-before"),
        pytest.param("Yields average 803 pounds per acre.", [("803 pounds", 803.0, "other")], id="pounds-per-acre-is-weight"),
        pytest.param("Output is forecast at 15.2 billion bushels.", [("15.2 billion bushels", 15.2e9, "other")], id="bushels"),
        pytest.param("Only 29 of every 100 students graduate.", [("29 of every 100", 0.29, "other")], id="of-every"),
        pytest.param("2000\t199,075r\t7,805r\n", [("199,075", 199075.0, "count"), ("7,805", 7805.0, "count")], id="revised-flag"),
        pytest.param("Ethiopia: July 8–July 7; Kenya: July 1–June 30.", [], id="days-without-a-year"),
        pytest.param("It was founded on 1 October 1847 in Berlin.", [], id="year-before-1900"),
        pytest.param("Students abroad\n\t2008\t2017\nTotal\t225 469\t293 123\n",
                     [("225 469", 225469.0, "count"), ("293 123", 293123.0, "count")], id="spaced-thousands-in-tab-cells"),
        pytest.param("Share of 19-24-year-olds in college\nTotal\t29.7\t35.4\n",
                     [("19-24", 19.0, "duration"), ("29.7", 29.7, "percent"), ("35.4", 35.4, "percent")], id="share-subheading"),
        pytest.param("Jobs at a glance\tLevel\tPercent\nFilled jobs (all sectors)\nAll sectors\t1153\t+0.6\n",
                     [("1153", 1153.0, "count"), ("+0.6", 0.6, "percent")], id="unit-row-with-a-title-and-a-subheading"),
        pytest.param("\tPercent\tPercentage points\nJobless rate\t4.6\t-0.2\t-0.3\n",
                     [("4.6", 4.6, "percent"), ("-0.2", -0.2, "percent"), ("-0.3", -0.3, "percent")], id="spanning-unit-cell"),
        pytest.param("\t(000)\tPercent\nUnemployed\t126\t-1.2\n",
                     [("126", 126e3, "count"), ("-1.2", -1.2, "percent")], id="thousands-unit-cell"),
        pytest.param("Level\tWeekly pay\tJobless\nDoctorate\t$2,010\t1.2%\nDiploma\t1,430\t2\n\nNote: 7 levels.\n",
                     [("$2,010", 2010.0, "USD"), ("1.2%", 1.2, "percent"), ("1,430", 1430.0, "USD"), ("2", 2.0, "percent"),
                      ("7", 7.0, "count")], id="first-cell-sign-carried-down-its-column"),
        pytest.param("Region\tTrainees\nNorth\t1,200\nSouth\t$30\n",
                     [("1,200", 1200.0, "count"), ("$30", 30.0, "USD")], id="a-sign-lower-down-changes-no-cell-above"),
        pytest.param("Men Women All Percentage women\nWelding 3,120 95 3,215 3\nCatering 410 990 1,400 71\n",
                     [("3,120", 3120.0, "count"), ("95", 95.0, "count"), ("3,215", 3215.0, "count"), ("3", 3.0, "percent"),
                      ("410", 410.0, "count"), ("990", 990.0, "count"), ("1,400", 1400.0, "count"), ("71", 71.0, "percent")],
                     id="spaced-header-naming-a-share-column"),
        pytest.param("\t2017/18\t\t%-age change\nItem\tQty\tValue $\tQty\tValue $\nTotal\t1,600\t179,000\t11.5\t2.6\n",
                     [("1,600", 1600.0, "count"), ("179,000", 179000.0, "USD"), ("11.5", 11.5, "percent"), ("2.6", 2.6, "percent")],
                     id="stacked-headers-a-group-share-over-a-currency-column"),
        pytest.param("Ports\tYear\tStaff\nNorth\t2010\t703.207\nSouth\t2013\t2.328.581\n",
                     [("703.207", 703207.0, "count"), ("2.328.581", 2328581.0, "count")], id="a-document-writing-point-thousands"),
        pytest.param("Kestrel Bank lent R $ 297 million to wind farms.", [("R $ 297 million", 297e6, "BRL")], id="spaced-dollar-sign-prefix"),
        pytest.param("In Uganda, coffee fetched Shs. 2,150 a kilo and Shs.4,950 for FAQ.",
                     [("Shs. 2,150", 2150.0, "UGX"), ("Shs.4,950", 4950.0, "UGX")], id="shillings-abbreviated"),
        pytest.param("The price rose to US Cents 114.00 per lb.", [("US Cents 114.00", 1.14, "USD")], id="cents-before-the-figure"),
        pytest.param("Lines run at 25 kV 50 Hz AC.", [("25 kV", 25.0, "other"), ("50 Hz", 50.0, "other")], id="volts-and-hertz"),
        pytest.param("It shipped 900 60-kilo bags.", [("900", 900.0, "count"), ("60-kilo", 60.0, "other")], id="kilo-as-an-adjective"),
        pytest.param("Farms hold 5,243 trees/ ha and yield 21 bags per hectare.",
                     [("5,243", 5243.0, "other"), ("21", 21.0, "other")], id="density-per-area"),
        pytest.param("Arabica\t8.13\t-5.78\nJanuary\t401\t-0.68\n",
                     [("8.13", 8.13, "count"), ("-5.78", -5.78, "count"), ("401", 401.0, "count"), ("-0.68", -0.68, "count")],
                     id="a-figure-is-no-day-of-the-month-on-the-next-line"),
        pytest.param("Nepal sold power worth Rs 2.15 billion to India. Nepal plans more.", [("Rs 2.15 billion", 2.15e9, "NPR")],
                     id="rupees-of-the-country-the-text-is-about"),
        pytest.param("Onions sold at Tk70-75 a kilo in Bangladesh.", [("Tk70-75", 70.0, "BDT")], id="taka-range-with-a-glued-sign"),
        pytest.param("Fines ranging from P5,000 to P1 million apply in the Philippines.", [("P5,000 to P1 million", 5000.0, "PHP")],
                     id="a-range-whose-ends-have-their-own-signs-and-scales"),
        pytest.param("It costs $2 to $3 million.", [("$2 to $3 million", 2e6, "USD")], id="the-low-end-borrows-the-scale"),
        pytest.param("Country\tTotal 2005/06\tChange (%) 2004/05 to 2005/06\nIndia\t19205\t15.1\n",
                     [("19205", 19205.0, "count"), ("15.1", 15.1, "percent")], id="header-cells-holding-school-years"),
        pytest.param("It produced 24 million ToE in 2006.", [("24 million ToE", 24e6, "other")], id="tonnes-of-oil-equivalent"),
        pytest.param("SEPTEMBER 28, 2017\n\nA shop in District 1 opened.", [], id="capital-month-and-a-district-number"),
        pytest.param("Canada's trade\n  2013 2014\n  billions of dollars\tbillions of dollars % change\nExports 479.3 528.8 10.3\n",
                     [("479.3", 479.3e9, "CAD"), ("528.8", 528.8e9, "CAD"), ("10.3", 10.3, "percent")], id="unit-phrases-over-spaced-columns"),
        pytest.param("Canada 20,692 22,346 -1,392 -5.9\n",
                     [("20,692", 20692.0, "count"), ("22,346", 22346.0, "count"), ("-1,392", -1392.0, "count"), ("-5.9", -5.9, "count")],
                     id="a-negative-figure-then-another-is-no-range"),
        pytest.param("Pakistan's railways earned ₨31.9 billion.", [("₨31.9 billion", 31.9e9, "PKR")], id="rupee-sign"),
        pytest.param("The average salary in Belarus is Br2,500.", [("Br2,500", 2500.0, "BYN")], id="belarusian-ruble-sign"),
        pytest.param("Jamaica agreed. Loans of $552 million went to Benin, Haiti and Jamaica.", [("$552 million", 552e6, "USD")],
                     id="dollars-in-a-sentence-listing-countries"),
        pytest.param("Call Christchurch 03 964 8700 or write to 1818 H Street, Washington, D.C. 20433.", [], id="phone-street-and-zip"),
        pytest.param("It flies Boeing 757-200s and 767-300ERs; Tranche 1 closed.", [], id="aircraft-models-and-a-tranche"),
        pytest.param("Citizens aged from 20 to 39 may apply.", [("20 to 39", 20.0, "duration")], id="aged-from-a-to-b"),
        pytest.param("Items\tUnit\t2008\t2009\nSchools\tplaces\t4\t6\nStudents\tTh.pers\t0.5\t1.6\nShare\t%\t12.5\t13\n",
                     [("4", 4.0, "count"), ("6", 6.0, "count"), ("0.5", 500.0, "count"), ("1.6", 1600.0, "count"),
                      ("12.5", 12.5, "percent"), ("13", 13.0, "percent")], id="a-unit-column-gives-each-row-its-unit"),
        pytest.param("Trade apprentices (% female) - Country Ranking\n\nSource: a statistics office.\n\nRank Country Value Year\n"
                     "1 Freedonia 61.52 2018\n2 Sylvania 47.05 2017\n",
                     [("61.52", 61.52, "percent"), ("47.05", 47.05, "percent")], id="a-ranking-under-a-title-naming-a-share"),
        pytest.param("Trade apprentices - Country Ranking\n\nRank Country Value Year\n1 Freedonia 6152 2018\n",
                     [("6152", 6152.0, "count")], id="a-ranking-under-a-title-naming-no-unit"),
        pytest.param("The 17-member board met; a two-way link and 16.2 million 480-pound bales.", [("17", 17.0, "count"), ("16.2 million", 16.2e6, "count")],
                     id="a-count-in-digits-fused-to-its-noun-but-not-an-idiom-or-a-currency"),
        pytest.param("Rate Number employed\n(in thousands)\n77.2 129,677\n", [("77.2", 77.2, "count"), ("129,677", 129677.0, "count")],
                     id="a-bare-scale-on-a-header-line-of-its-own-is-one-column-s"),
        pytest.param("Courses last from six to nine months.", [("six to nine", 6.0, "duration")], id="from-a-to-b-sharing-the-unit-after-b"),
        pytest.param("Waiting times rose from 6 to 9 months.", [("6", 6.0, "duration"), ("9", 9.0, "duration")], id="a-change-from-a-to-b-is-two-numbers"),
        pytest.param("El Gobierno dispuso 119 millones de quetzales y produjo 1,5 millones de toneladas.",
                     [("119 millones de quetzales", 119e6, "GTQ"), ("1,5 millones de toneladas", 1.5e6, "other")],
                     id="spanish-scales-joined-to-their-unit-by-de"),
        pytest.param("A empresa investiu US$ 2,4 bilhões.", [("US$ 2,4 bilhões", 2.4e9, "USD")], id="portuguese-billions"),
        pytest.param("A 400-baht benchmark and a 50-euro fee; 16.2 million 480-pound bales.",
                     [("400-baht", 400.0, "THB"), ("50-euro", 50.0, "EUR"), ("16.2 million", 16.2e6, "count")],
                     id="a-sum-fused-to-its-currency-but-not-a-weight-in-pounds"),
        pytest.param("In Tonga the grant rose to $1,320 per head.", [("$1,320", 1320.0, "TOP")], id="dollar-sign-in-tonga-is-paanga"),
        pytest.param("In Botswana earnings rose to P6,088.", [("P6,088", 6088.0, "BWP")], id="p-in-botswana-is-pula"),
        pytest.param("It enrolled 1.362 students in 3.328 rural branches; the index was 1.234.",
                     [("1.362", 1362.0, "count"), ("3.328", 3328.0, "count"), ("1.234", 1.234, "count")],
                     id="a-dot-before-three-digits-of-a-count-of-things-groups-thousands"),
        pytest.param("Training ends after three to four years.", [("three to four", 3.0, "duration")], id="a-to-b-sharing-the-unit-without-from"),
        pytest.param("Fees fell 5 to 10 percent.", [("5 to 10 percent", 5.0, "percent")], id="a-to-b-percent-without-from"),
        pytest.param("Table-1 Year Trainees Enrolled (In lakhs) (1) (2) 2020-21 3.08 2021-22 5.90 The survey found that most stayed.",
                     [("3.08", 308000.0, "count"), ("5.90", 590000.0, "count")], id="a-header-s-bare-scale-over-a-flattened-table"),
        pytest.param("The mine paid 212 million soles and 4,500 quetzales.", [("212 million soles", 212e6, "PEN"), ("4,500 quetzales", 4500.0, "GTQ")],
                     id="spanish-plurals-of-one-word-currency-names"),
        pytest.param("A 50Kg sack, 25KG bags and a 12KM road.", [("50Kg", 50.0, "other"), ("25KG", 25.0, "other"), ("12KM", 12.0, "other")],
                     id="capitalised-kilo-symbols-glued"),
        pytest.param("Kits went to tailoring (212); masonry (40), plumbing (9) and carpentry (six).",
                     [("212", 212.0, "count"), ("40", 40.0, "count"), ("9", 9.0, "count"), ("six", 6.0, "count")],
                     id="a-list-of-items-each-with-its-count-in-brackets"),
        pytest.param("The plan has two aims: (1) access and (2) quality, as shown (12).", [("two", 2.0, "count")],
                     id="enumerators-and-note-markers-stay-structure"),
        pytest.param("He began a four-nation tour and a three-phase plan.", [("four", 4.0, "count"), ("three", 3.0, "count")],
                     id="a-count-in-words-fused-with-the-noun-it-counts"),
        pytest.param("Havia entre cinco e dez alunos.", [("cinco e dez", 5.0, "count")], id="guard-a-range-joined-by-e-is-no-sum"),
        pytest.param("Year Gvt NGO Private\n2007 746290 - - 143381 34,000 - 852,936", [("746290", 746290.0, "count"), ("143381", 143381.0, "count"), ("34,000", 34000.0, "count"), ("852,936", 852936.0, "count")],
                     id="a-dash-between-figures-in-a-row-whose-empty-cells-are-dashes"),
        pytest.param("20 Sierra Leone 44.04 2001\n21 Angola 42.35 2016", [("44.04", 44.04, "count"), ("42.35", 42.35, "count")],
                     id="a-currency-s-name-that-ends-a-country-s-name"),
        pytest.param("Tempoh adalah antara tiga hingga enam bulan sahaja.", [("tiga hingga enam", 3.0, "duration")], id="a-malay-range-with-hingga"),
        pytest.param("Applicants had ages ranging from 13 to 78 this year.", [("13 to 78", 13.0, "count")], id="a-range-after-ranging-from"),
        pytest.param("Prices rose from 13 to 78 dollars.", [("13", 13.0, "USD"), ("78 dollars", 78.0, "USD")], id="guard-a-change-from-one-figure-to-another"),
        pytest.param("Workers went to\nSaudi Tembra62%Oman 9%Qatar 6%Others 8%Fig-2: Workers",
                     [("62%", 62.0, "percent"), ("9%", 9.0, "percent"), ("6%", 6.0, "percent"), ("8%", 8.0, "percent")],
                     id="a-chart-legend-with-labels-and-shares-run-together"),
        pytest.param("The course was extended from three years to five and a watchdog set up.",
                     [("three", 3, "duration"), ("five", 5, "duration")], id="the-end-of-a-change-takes-the-unit-of-its-start"),
        pytest.param("Students may now work 35 hours a week, up from 30.", [("35", 35, "duration"), ("30", 30, "duration")],
                     id="a-change-back-to-a-bare-number-takes-the-unit-of-the-new-value"),
        pytest.param("They studied online for three of the four years of study.", [("three", 3, "duration"), ("four", 4, "duration")],
                     id="a-part-takes-the-unit-of-its-whole"),
        pytest.param("Income £ %\nTuition Fees 1,572,599 88%\nOther Income 16,712 1%\n",
                     [("1,572,599", 1572599, "GBP"), ("88%", 88, "percent"), ("16,712", 16712, "GBP"), ("1%", 1, "percent")],
                     id="a-header-s-label-and-unit-signs-over-its-columns"),
        pytest.param("Only 12 of the 40 trainees finished.", [("12", 12, "count"), ("40", 40, "count")],
                     id="guard-a-part-of-a-whole-in-no-unit-stays-a-count"),
        pytest.param("Fees rose from 20% to 30 this year.", [("20%", 20, "percent"), ("30", 30, "count")],
                     id="guard-a-change-from-a-figure-with-its-unit-glued-is-left-alone"),
        pytest.param("The EU paid for it at a cost of one point three million Euros.", [("one point three million Euros", 1.3e6, "EUR")],
                     id="a-decimal-read-aloud-with-point"),
        pytest.param("The budget reached twenty point five percent of spending.", [("twenty point five percent", 20.5, "percent")],
                     id="a-spoken-decimal-percentage"),
        pytest.param("Students receive wages worth Sfr 2,180 per month.", [("Sfr 2,180", 2180, "CHF")], id="swiss-francs-abbreviated"),
        pytest.param("Irregular expenditure amounted to R433 million compared to 432 million the previous year.",
                     [("R433 million", 433e6, "ZAR"), ("432 million", 432e6, "ZAR")], id="a-bare-amount-compared-with-a-sum-takes-its-money"),
        pytest.param("The surplus increased by almost R1 billion to R10.9 billion.",
                     [("R1 billion", 1e9, "ZAR"), ("R10.9 billion", 10.9e9, "ZAR")], id="a-change-by-about-a-sum-to-a-level-is-no-range"),
        pytest.param("Hourly earnings\t$30.45\t+1.2\t+2.2\n\nHours worked fell.",
                     [("$30.45", 30.45, "USD"), ("+1.2", 1.2, "count"), ("+2.2", 2.2, "count")], id="a-unit-word-opening-the-next-line-is-not-the-figure-s"),
        pytest.param("Guyana and China sign Gy$93.2M pact.", [("Gy$93.2M", 93.2e6, "GYD")], id="a-dollar-sign-after-a-country-s-alpha-2-code"),
        pytest.param("Revenue rose 33% to 19.9mln from 14.9mln.", [("33%", 33, "percent"), ("19.9mln", 19.9e6, "count"), ("14.9mln", 14.9e6, "count")],
                     id="guard-mln-glued-as-a-scale"),
        pytest.param("Školy začaly spolupracovat před deseti lety a mají za sebou tři úspěšné projekty a dvě města.",
                     [("deseti", 10, "duration"), ("tři", 3, "count"), ("dvě", 2, "count")], id="czech-number-words-and-years"),
        pytest.param("Kakuma je domovom pre vyše 312 tisíc utečencov; zapojených bolo cez 10-tisíc žiakov, približne sedem percent zo všetkých.",
                     [("312 tisíc", 312e3, "count"), ("10-tisíc", 1e4, "count"), ("sedem percent", 7, "percent")],
                     id="slovak-scales-and-percent-in-words"),
        pytest.param("Suma totală a investiției ajunge la circa 75 de milioane de lei, din partea Uniunii Europene, anunță ministerul.",
                     [("75 de milioane de lei", 75e6, "RON")], id="romanian-de-before-scale-and-currency"),
        pytest.param("Ugovor vrijedan 45 milijuna eura potpisan je u četvrtak, a program nije bio aktivan više od pet godina.",
                     [("45 milijuna eura", 45e6, "EUR"), ("pet", 5, "duration")], id="croatian-scale-currency-and-duration-in-words"),
        pytest.param("EU je donirala više od tri miliona evra, a do sada je 35.000 prosvetnih radnika steklo nove veštine.",
                     [("tri miliona evra", 3e6, "EUR"), ("35.000", 35e3, "count")], id="serbian-thousands-point-and-nove-is-new"),
        pytest.param("Za projekt je predvidenih približno 3,4 milijona evrov, brezposelnost pa je 12 odstotkov.",
                     [("3,4 milijona evrov", 3.4e6, "EUR"), ("12 odstotkov", 12, "percent")], id="slovene-scale-currency-and-percent"),
        pytest.param("BEOGRAD, 14. novembra 2021. – Škole će do 15. oktobra odabrati učenike.", [],
                     id="south-slavic-day-before-its-month"),
        pytest.param("Kao jedan od ciljeva naveo je manji uvoz radne snage.", [], id="guard-croatian-one-of"),
        pytest.param("Pagal duomenis profesinio mokymo programas mokėsi 26,8 tūkst. mokinių, o dvi kolegijos prisijungė prie programos.",
                     [("26,8 tūkst.", 26800.0, "count"), ("dvi", 2.0, "count")], id="lithuanian-thousands-abbreviated-and-a-number-word"),
        pytest.param("Pieprasījums pieauga informācijas tehnoloģiju programmās (par 4,5 procentpunktiem), pēdējos desmit gados.",
                     [("4,5 procentpunktiem", 4.5, "percent"), ("desmit", 10.0, "duration")], id="latvian-percentage-points-and-years"),
        pytest.param("Līgums stājies spēkā 2023. gada 16. augustā, un programma sākās 2025. gada 19.martā, kad to parakstīja.", [],
                     id="latvian-day-before-its-month"),
        pytest.param("Nuo šių metų rugsėjo 1 d., kai prasidėjo priėmimas, mokyklos dirba kitaip nei anksčiau.", [],
                     id="lithuanian-month-before-its-day"),
        pytest.param("Zvicra do të dedikojë 5,9 milionë franga zvicerane, rreth 0,7 miliardë denarë, gjatë katër viteve të ardhshme. "
                     "U trajnuan dy pjesëmarrës dhe 10 milionë eurosh u ndanë për 15 për qind të shkollave.",
                     [("5,9 milionë franga zvicerane", 5.9e6, "CHF"), ("0,7 miliardë denarë", 7e8, "MKD"), ("katër", 4.0, "duration"),
                      ("dy", 2.0, "count"), ("10 milionë eurosh", 1e7, "EUR"), ("15 për qind", 15.0, "percent")],
                     id="albanian-scales-currencies-words-and-per-cent"),
        pytest.param("Staff trained\n2005 2006 2007 2009 2010\nTotal staff trained 2995 1500 2011 3302 3236\n",
                     [("2995", 2995.0, "count"), ("1500", 1500.0, "count"), ("2011", 2011.0, "count"), ("3302", 3302.0, "count"),
                      ("3236", 3236.0, "count")], id="a-year-like-count-among-a-row-s-counts"),
        pytest.param("Reliability was strong (CR>0.80) and the fit good (c2/df = 2.13, CFI = 0.94); the sample (n = 298) had 30 women.",
                     [("0.80", 0.8, "other"), ("2.13", 2.13, "other"), ("0.94", 0.94, "other"), ("298", 298.0, "count"),
                      ("30", 30.0, "count")], id="statistics-set-equal-or-compared-are-measures"),
        pytest.param("Other students >400 came, and Total Beneficiaries = 289.", [("400", 400.0, "count"), ("289", 289.0, "count")],
                     id="guard-what-is-counted-compared-stays-a-count"),
        pytest.param("It was unusual to find a young man of 36 at the helm, and a team of 36 engineers.",
                     [("36", 36.0, "duration"), ("36", 36.0, "count")], id="a-man-of-an-age"),
        pytest.param("L’Oréal trains hairdressers in a three -year training.", [("three", 3.0, "duration")],
                     id="a-compound-unit-with-a-space-before-its-hyphen"),
        pytest.param("O programa apoia a formação dos jovens e o retorno dos emigrados; foram criados dois centros.",
                     [("dois", 2.0, "count")], id="portuguese-dos-is-of-the"),
        pytest.param("La inversió de 1.200 milions d’euros paga beques d'entre 2 i 13 setmanes per als alumnes que fan pràctiques, "
                     "i el centre que dirigeix ha sobreviscut a dues guerres.",
                     [("1.200 milions d’euros", 1.2e9, "EUR"), ("2 i 13", 2.0, "duration"), ("dues", 2.0, "count")],
                     id="catalan-scale-range-and-word"),
        pytest.param("A Consellería destinará máis de 1,9 millóns de euros, o importe dos países de destino, e dous centros.",
                     [("1,9 millóns de euros", 1.9e6, "EUR"), ("dous", 2.0, "count")], id="galician-scale-and-words-and-dos-is-of-the"),
        pytest.param("Santiago de Compostela, 26 de decembro de 2022. El 3 d'octubre de 2023 el consell es va reunir a la seu.", [],
                     id="galician-and-catalan-dates"),
        pytest.param("Projecte EuroFP Balears V 2019-1-ES01-KA102-063739 amb el pressupost aprovat.", [], id="a-project-code-of-hyphened-parts"),
        pytest.param("Afati i regjistrimit fillon nga 14 qershori dhe mbaron më 23 gusht, sipas ministrisë së arsimit.", [],
                     id="albanian-day-before-its-month"),
        pytest.param("Gross margin rose by 0.4 ppts to 49.9%, and the share fell 2.1 pp to 30%.",
                     [("0.4 ppts", 0.4, "percent"), ("49.9%", 49.9, "percent"), ("2.1 pp", 2.1, "percent"), ("30%", 30.0, "percent")],
                     id="percentage-points-before-a-level-are-no-range"),
        pytest.param("It enrolled 2463 students at certificate level,1617 at diploma level.",
                     [("2463", 2463.0, "count"), ("1617", 1617.0, "count")], id="a-count-glued-after-a-word-s-comma"),
        pytest.param("Ang onsite assessment noong Nobyembre 16-18 ay para sa dalawang qualifications, at isa naman sa mga ito ang bago.",
                     [("dalawang", 2.0, "count"), ("isa", 1.0, "count")], id="tagalog-number-words-and-a-date"),
        pytest.param("Tổng vốn: 3.300.000 USD (tương đương 74.900.100.000 VNĐ), hai thỏa ước tài trợ; Hợp phần 2: vốn vay của dự án.",
                     [("3.300.000 USD", 3.3e6, "USD"), ("74.900.100.000 VNĐ", 74900100000.0, "VND"), ("hai", 2.0, "count")],
                     id="vietnamese-dong-number-words-and-a-component-label"),
        pytest.param("Hakukierroksella haettiin rahoitusta 7 433 570 euroa, ja opiskelijat ovat suorittaneet kaksi tutkinnon osaa "
                     "Suomessa.", [("7 433 570 euroa", 7433570.0, "EUR"), ("kaksi", 2.0, "count")], id="finnish-euros-and-a-number-word"),
        pytest.param("Programmet ble lansert i Malawi og Uganda. Fem prosjekter får til sammen 45,3 millioner kroner.",
                     [("Fem", 5.0, "count"), ("45,3 millioner kroner", 45.3e6, "NOK")], id="norwegian-number-word-and-crowns"),
        pytest.param("Maputo, 31 Julho (AIM) - O governo vai financiar 155 projectos com 5,2 mil milhões de dólares. São-Tomé, 22 de Jun.",
                     [("155", 155.0, "count"), ("5,2 mil milhões de dólares", 5.2e9, "USD")], id="portuguese-thousand-millions-and-datelines"),
        pytest.param("Uppdaterad 19 augusti 2016. Mellan 11-16 augusti tävlar 29 elever; Yrkes-VM har funnits sedan 50-talet, "
                     "kursen genomförs 1980. Frågor: telefon 010-209 01 85.", [("29", 29.0, "count")],
                     id="nordic-dates-a-decade-a-phone-and-a-word-ending-in-rs"),
        pytest.param("Türkmenistan'da 12 Nisan 1993 tarihinden itibaren 9 yıllık zorunlu eğitim var; geçtiğimiz dört yıl boyunca "
                     "öğretmenler beş ayrı branştan geldi.", [("9", 9.0, "duration"), ("dört", 4.0, "duration"), ("beş", 5.0, "count")],
                     id="turkish-dates-durations-and-number-words"),
        pytest.param("Kestria | Secondary education, vocational pupils (% female)\n1969\n45.89 1970\n44.23 1971\n",
                     [("45.89", 45.89, "percent"), ("44.23", 44.23, "percent")], id="value-year-lines-under-a-share-s-caption"),
        pytest.param("Data come from Tables 4.1-4.8 and 4.12-4.17 (VERSION v2026-06-22) for 12 schools.",
                     [("12", 12.0, "count")], id="a-list-of-tables-and-a-version-s-date"),
        ],
)
def test_tables_currencies_and_units(find, text, expected):
    found = [(span, a["value"], a["unit"]) for span, a in find(text, "NUMBER")]
    assert [(s, u) for s, _, u in found] == [(s, u) for s, _, u in expected]
    assert all(math.isclose(v, w) for (_, v, _), (_, w, _) in zip(found, expected))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Payments come at six, 12 and 24 months.", [("six", "duration"), ("12", "duration"), ("24", "duration")], id="list-shares-its-unit"),
        pytest.param("There were 15 in 2010 and 28 in 2016.", [("15", "count"), ("28", "count")], id="no-list-across-years"),
        pytest.param("Its founder (1836–1927) had a son.", [], id="lifespan-years-before-1900"),
        pytest.param("Press office, Washington, DC 20523.", [], id="postal-code-after-capitals"),
        pytest.param("Posted on 30 MAR 2026 by the bureau.", [], id="day-before-a-month-in-capitals"),
        pytest.param("Time zone UTC+1 to +4.", [], id="time-zone"),
    ],
)
def test_b5_classes(find, text, expected):
    assert [(span, a["unit"]) for span, a in find(text, "NUMBER")] == expected


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        pytest.param("Australia will pay each apprentice $10,000.", "$10,000", "AUD", id="dollar-in-an-australian-text"),
        pytest.param("New Zealand fuel rose to $2.13 a litre.", "$2.13", "NZD", id="dollar-in-a-new-zealand-text"),
        pytest.param("Kenya's trainees receive $50 a month from donors.", "$50", "USD", id="dollar-where-the-country-has-none"),
        pytest.param("Norway's budget was 12 billion kr last year.", "12 billion kr", "NOK", id="krone-by-country"),
        pytest.param("Mexico spent 4 billion pesos on training.", "4 billion pesos", "MXN", id="pesos-by-country"),
        pytest.param("Uganda pays 300,000 shillings a term.", "300,000 shillings", "UGX", id="shillings-by-country"),
        pytest.param("Costa Rica's institute spent ¢30 billion.", "¢30 billion", "CRC", id="colon-written-as-a-cent-sign"),
        pytest.param("Toronto colleges train welders; Toronto firms pay each $500 a month.", "$500", "CAD", id="dollar-in-a-text-naming-only-a-country-s-cities"),
        pytest.param("The institute spent ₡30 billion.", "₡30 billion", "CRC", id="colon-sign"),
        pytest.param("Australia spent $9 million. Britain repaid the last $83 million of a loan to the United States.",
                     "$83 million", "USD", id="dollar-in-a-sentence-about-countries-without-one"),
        pytest.param("Australia spent $9 million. Britain repaid the last $83 million of a loan to the United States.",
                     "$9 million", "AUD", id="dollar-in-the-same-page-about-its-country"),
        pytest.param("The Bank gave Ghana $179 million, with $16 million in grants from Canada.",
                     "$16 million", "USD", id="a-donor-country-with-a-dollar-is-no-proof"),
        pytest.param("Trainees in Japan paid brokers about ¥800,000 each.", "¥800,000", "JPY", id="yen-sign-in-a-text-about-japan"),
        pytest.param("Colleges in China charge ¥4,000 a year.", "¥4,000", "CNY", id="guard-yuan-sign-in-a-text-about-china"),
        pytest.param("Trainees in Japan paid ￥800,000 each.", "￥800,000", "JPY", id="full-width-yen-sign-in-a-text-about-japan"),
    ],
)
def test_shared_currency_signs_take_the_documents_country(find, text, span, unit):
    assert (span, unit) in [(s, a["unit"]) for s, a in find(text, "NUMBER")]


def test_a_row_of_column_numbers_is_structure(find):
    text = "Persons\tRate\tNumber\tRate\n1\t2\t3\t4\nAll persons\t72.1\t31,719\t66.2\n"
    assert [span for span, _ in find(text, "NUMBER")] == ["72.1", "31,719", "66.2"]


def test_a_rate_sub_heading_gives_the_figure_rows_under_it_percent(find):
    text = (
        "Employment\nMarch 2020 1,210.4 315.2\nMarch 2021 1,250.9 322.8\n"
        "Employment rate %\nMarch 2020 61.4 32.5\nMarch 2021 62.0 33.1\nSource: made-up survey.\n"
    )
    units = {span: a["unit"] for span, a in find(text, "NUMBER")}
    assert units["61.4"] == units["33.1"] == "percent"
    assert units["1,210.4"] == "count"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("State Agency View Abstract (PDF) N/AOR$1,250,000.00\n", [("$1,250,000.00", "USD")],
                     id="dollar-sign-glued-after-letters"),
        pytest.param("Headquarters | 12°3′41″S 77°2′43″W / 12.0614°S 77.0453°W |\n", [], id="coordinates"),
        pytest.param("Text is available under the Creative Commons Attribution 3.0 License.", [], id="licence-version"),
        pytest.param("Share of apprentices\nnumber %\nAll trades 52,410 100.0\nWelders 8,120 15.5\n"
                     "Electricians and fitters 9,331 17.8\n",
                     [("52,410", "count"), ("100.0", "percent"), ("8,120", "count"), ("15.5", "percent"),
                      ("9,331", "count"), ("17.8", "percent")], id="spaced-unit-row"),
        pytest.param("Table 3. Percentage of adults with a trade certificate, by region: 2019\n\n"
                     "Region Men Women\nNorth 41 37\nSouth 39 44\n\nThe north leads in 12 trades.\n",
                     [("41", "percent"), ("37", "percent"), ("39", "percent"), ("44", "percent"), ("12", "count")],
                     id="share-caption-over-a-spaced-table"),
        pytest.param("Route length412 km (256 mi)\nDepots3 (2 for freight)\nTop speed90 km/h\n",
                     [("412 km", "other"), ("256 mi", "other"), ("3", "count"), ("2", "count"), ("90 km/h", "other")],
                     id="infobox-values-glued-to-their-labels"),
        pytest.param("Founded12 March 1990\nOther1 2,435 680\nGrowth3.svg\nHeadquarters7 Harbour Road\n",
                     [("2,435", "count"), ("680", "count")], id="glued-days-footnotes-files-and-addresses-are-not-values"),
    ],
)
def test_b10_classes(find, text, expected):
    assert [(span, a["unit"]) for span, a in find(text, "NUMBER")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Gas use fell to 1 240 petajoules (PJ) in March and 610 PJ in June.",
                     [("1 240 petajoules", "other"), ("610 PJ", "other")], id="energy-with-the-peta-prefix"),
        pytest.param("The smelter cast 2.15 lakh MT of metal and 61,300 MT of billets.",
                     [("2.15 lakh MT", "other"), ("61,300 MT", "other")], id="metric-tonnes-as-mt"),
        pytest.param("Freight revenue rose 42pc and fees 7.5pc.", [("42pc", "percent"), ("7.5pc", "percent")], id="pc-glued"),
        pytest.param("She bought 4 PCs for the lab.", [("4", "count")], id="pcs-are-computers"),
        pytest.param("In Ethiopia the airline earned 9.3 billion Br.", [("9.3 billion Br", "ETB")], id="birr-in-an-ethiopian-text"),
        pytest.param("The plant will earn JD75 million a year.", [("JD75 million", "JOD")], id="dinar-code-glued"),
        pytest.param("Le groupe investira 6 milliards d'euros.", [("6 milliards d'euros", "EUR")], id="french-milliards"),
        pytest.param("Established 1868\nStudents 12,400\n", [("12,400", "count")], id="a-dating-label-before-an-old-year"),
        pytest.param("The council established 1200 training places.", [("1200", "count")], id="a-dating-verb-before-a-count"),
    ],
)
def test_b30_classes(find, text, expected):
    assert [(span, a["unit"]) for span, a in find(text, "NUMBER")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Participants by sex and age\n\nPercent. A person can attend several courses\n\n"
                     "\tFormal\tOther\nAll\t72\t13\nSex\nWomen\t74\t16\nAge\n25-34\t79\t28\n35-49\t77\t13\n\nIt rose.\n",
                     [("72", "percent"), ("13", "percent"), ("74", "percent"), ("16", "percent"), ("25-34", "duration"),
                      ("79", "percent"), ("28", "percent"), ("35-49", "duration"), ("77", "percent"), ("13", "percent")],
                     id="a-unit-line-over-a-table-holds-across-its-group-labels-and-age-bands-are-ages"),
        pytest.param("Trainees by age\n\nAge\tMen\tWomen\n15-24\t1,200\t900\n25-34\t2,100\t1,800\n",
                     [("15-24", "duration"), ("1,200", "count"), ("900", "count"), ("25-34", "duration"), ("2,100", "count"),
                      ("1,800", "count")], id="bands-under-an-age-header-cell"),
        pytest.param("News from the Statistics Office 2019-03-12 9.30\n\nSome 41 firms took part.", [("41", "count")],
                     id="a-time-after-a-date-is-no-number"),
        pytest.param("Compiled on 13 th April 2023 from 52 surveys.", [("52", "count")], id="a-day-with-a-spaced-ordinal"),
        pytest.param("The rate rose (+2 points, to 21%) and fell -1.5 points later; she scored 812 points.",
                     [("+2 points", "percent"), ("21%", "percent"), ("-1.5 points", "percent"), ("812", "other")],
                     id="signed-points-are-percentage-points"),
        pytest.param("It covers 20-to 64-year-olds in 2021.", [("20-to 64", "duration")], id="an-age-range-with-a-hyphen-glued-to-to"),
        pytest.param("Gains came in five areas:\n\n1.Better access for 40 centres.\n2.Teacher training.\n",
                     [("five", "count"), ("40", "count")], id="list-numbers-glued-to-their-item"),
        pytest.param("The pupil/teacher ratio was 9 and the percentage stood at 64.5; the exchange rate was 110.",
                     [("9", "other"), ("64.5", "percent"), ("110", "count")], id="a-bare-figure-completing-a-ratio-or-a-share"),
        pytest.param("The participation rate rose to 41.5 while the birth rate was 14.",
                     [("41.5", "percent"), ("14", "count")], id="a-rate-that-is-a-share-and-one-that-is-not"),
        pytest.param("In 2018-19, 412 courses ran.", [("412", "count")], id="a-count-after-a-fiscal-year-s-comma"),
        pytest.param("Each pupil receives 300 lei a month.", [("300 lei", "RON")], id="the-romanian-leu"),
        pytest.param("Each student gets 240 manat; 2.8 billion drams, 400 thousand somoni and 7 million lari were spent.",
                     [("240 manat", "AZN"), ("2.8 billion drams", "AMD"), ("400 thousand somoni", "TJS"), ("7 million lari", "GEL")],
                     id="currencies-of-the-caucasus-and-central-asia-in-words"),
        pytest.param("People who are 65 or older make up 28% of residents.", [("65", "duration"), ("28%", "percent")],
                     id="an-age-and-older"),
        pytest.param("In 2018 the Fund began with Three Hundred million Pula and spent 40 million kina.",
                     [("Three Hundred million Pula", "BWP"), ("40 million kina", "PGK")],
                     id="one-word-currency-names-after-capitalised-number-words"),
        pytest.param("An amount of 300 million Pula was disbursed (P282million) of which 61 percent was used.",
                     [("300 million Pula", "BWP"), ("P282million", "BWP"), ("61 percent", "percent")],
                     id="a-shared-sign-in-a-text-naming-no-country-takes-the-currency-it-names"),
        pytest.param("Zambia invested over K145.7 millions and 3.4 million kwacha in colleges.",
                     [("K145.7 millions", "ZMW"), ("3.4 million kwacha", "ZMW")], id="the-kwacha-sign-and-word-by-country"),
        pytest.param("Papua New Guinea funded the K9.7 million project.", [("K9.7 million", "PGK")], id="the-kina-sign-by-country"),
        pytest.param("He won 3 medals and 2 gold awards.", [("3", "count"), ("2", "count")],
                     id="guard-currency-names-that-are-words-stay-words"),
        pytest.param("The colleges:\n1. School of Medicine (est. 1885)\n2. School of Nursing (est. 1893) with 400 nurses",
                     [("400", "count")], id="a-founding-year-after-est"),
        pytest.param("Canada announced $15-million dollars for apprentices; Canada pays 40 million dollars more.",
                     [("$15-million dollars", "CAD"), ("40 million dollars", "CAD")], id="dollars-written-out-are-the-country-s-dollars"),
        pytest.param("Kenya spent 40 million dollars.", [("40 million dollars", "USD")], id="guard-dollars-where-the-country-has-none"),
        pytest.param("The province of British Columbia is investing more than $5.4 million in equipment.",
                     [("$5.4 million", "CAD")], id="a-dollar-in-a-text-naming-only-a-province"),
        pytest.param("The government will spend $43 million on trades training in Auckland.", [("$43 million", "NZD")],
                     id="a-dollar-in-a-text-naming-only-a-city"),
        pytest.param("Texas colleges and those in Auckland got $43 million.", [("$43 million", "USD")],
                     id="guard-a-dollar-where-places-of-two-dollar-countries-are-named"),
        pytest.param("Freedonia - Apprentices (% female)\nApprentices (% female) in Freedonia was 53.59 as of 2017. Its lowest "
                     "value over the past 16 years was 42.60 in 2001.\nYear Value\n2001 42.60\n2002 45.10\n",
                     [("53.59", "percent"), ("16", "duration"), ("42.60", "percent"), ("42.60", "percent"), ("45.10", "percent")],
                     id="a-portal-page-s-indicator-in-percent-over-its-prose-and-year-value-list"),
        pytest.param("The plot covers at least 1,000 sq.m; the hall 2,500 sq.ft.", [("1,000 sq.m", "other"), ("2,500 sq.ft", "other")],
                     id="square-units-with-a-point"),
        pytest.param("Dad passed away when I was eight, and we moved.", [("eight", "duration")], id="an-age-when-one-was"),
        pytest.param("When they were 300 in the hall, it began.", [("300", "count")], id="guard-a-count-when-they-were"),
        pytest.param("The centres offer four to eight training programmes.", [("four to eight", "count")],
                     id="a-range-of-counts-in-words"),
    ],
)
def test_b54_to_b68_classes(find, text, expected):
    assert [(span, a["unit"]) for span, a in find(text, "NUMBER")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("S.No. District 2021-22 2022-23\n1 Northam 805 0 480\n2 Westby 3591 1427 3680\n"
                     "3 Eastor 271 240 502\n4 Southam 670 210 456\n",
                     ["805", "0", "480", "3591", "1427", "3680", "271", "240", "502", "670", "210", "456"],
                     id="rows-with-serial-numbers-and-unspaced-thousands-are-cells"),
        pytest.param("La rentrée démarre ce mercredi 17 septembre dans 136 centres.", ["136"], id="a-day-before-a-french-month"),
        pytest.param("A sample of 5,000 households from: 1- Qatari households; 2- Non-Qatari households.\n"
                     "1- Governmental Sector: 44 institutions", ["5,000", "44"], id="list-markers-written-with-a-hyphen"),
        pytest.param("Appraisal Nov 05, 2018 Page 1 of 21 The Bank lends 50 million.", ["50 million"], id="page-n-of-m"),
        pytest.param("See Appendix table 1 and table 2. Inquiries: Anna Berg (09) 1734 3279. ISSN=1799-1986. It has 15 tables.",
                     ["15"], id="a-table-s-number-a-bracketed-trunk-prefix-phone-and-an-issn-with-an-equals-sign"),
        pytest.param("Schools by type\n1.普通本科院校 Academic HEIs 1239\n2、本科 Professional HEIs 32\n", ["1239", "32"],
                     id="a-row-number-glued-to-chinese-text"),
        pytest.param("Places for all year 12 graduates; a 1 year 6 months course.", ["1", "6"], id="a-school-year-is-a-label"),
    ],
)
def test_b63_classes(find, text, expected):
    assert [span for span, _ in find(text, "NUMBER")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Pay is about 30’000 CHF; some earn 1'250'000 CHF.", [("30’000 CHF", 30000.0, "CHF"), ("1'250'000 CHF", 1250000.0, "CHF")],
                     id="swiss-thousands-with-apostrophes"),
        pytest.param("Enrolment saw a 20-percent spike.", [("20-percent", 20.0, "percent")], id="a-percent-word-after-a-hyphen"),
        pytest.param("Chinese firms built it. Chinese experts came. The Chinese embassy said the Sh22 billion college in "
                     "Tanzania opened.", [("Sh22 billion", 22e9, "TZS")], id="a-regional-sign-takes-the-one-named-country-that-uses-it"),
        pytest.param("One reason for this is cost; one factor is pay. One example is Kenya.", [], id="one-of-several-said-of-an-abstract-noun"),
        pytest.param("About 1 lac 15 thousand citizens and above 1 lac people were trained.",
                     [("1 lac 15 thousand", 115000.0, "count"), ("1 lac", 100000.0, "count")], id="lakh-spelled-lac"),
        pytest.param("Even after three and half years it had not started.", [("three and half", 3.5, "duration")],
                     id="and-half-without-its-article"),
        pytest.param("The regions will receive 20.5 million, 9.4 million and 5.9 million euros respectively.",
                     [("20.5 million", 20.5e6, "EUR"), ("9.4 million", 9.4e6, "EUR"), ("5.9 million euros", 5.9e6, "EUR")],
                     id="amounts-of-one-scale-listed-before-their-currency"),
        pytest.param("Courses last 5½ years or 3¼ hours.", [("5½", 5.5, "duration"), ("3¼", 3.25, "duration")],
                     id="a-half-or-quarter-glued-as-a-sign"),
        pytest.param("El fondo ejecutó alrededor de $37 mil millones.", [("$37 mil millones", 37e9, "USD")],
                     id="spanish-mil-millones-is-a-billion"),
        pytest.param("ISSN No: 2141-9590, March 2017, with 40 pages.", [("40", 40.0, "count")], id="an-issn-with-its-no"),
        pytest.param("Half its population under 25 is jobless; 300 pupils under the scheme.",
                     [("25", 25.0, "duration"), ("300", 300.0, "count")], id="a-population-under-an-age"),
        pytest.param("The hostel will cost around Taka 56.7 crore; the grant is Naira 3 billion. Euro 2024 drew crowds.",
                     [("Taka 56.7 crore", 567000000.0, "BDT"), ("Naira 3 billion", 3e9, "NGN")],
                     id="a-national-currency-s-name-capitalised-before-its-amount"),
        pytest.param("Wages rose from MX$248.93 to RD$5,000; costs rose by Tk 1,017cr.",
                     [("MX$248.93", 248.93, "MXN"), ("RD$5,000", 5000.0, "DOP"), ("Tk 1,017cr", 1.017e10, "BDT")],
                     id="a-dollar-or-peso-sign-with-its-country-s-letters-and-crore-as-cr"),
        pytest.param("Rates were 35.8, 53.1, 57.8, and 62.2pc; 12, 15 and 20 students left; of them 657, or 26%, stayed.",
                     [("35.8", 35.8, "percent"), ("53.1", 53.1, "percent"), ("57.8", 57.8, "percent"), ("62.2pc", 62.2, "percent"),
                      ("12", 12.0, "count"), ("15", 15.0, "count"), ("20", 20.0, "count"), ("657", 657.0, "count"),
                      ("26%", 26.0, "percent")],
                     id="a-list-of-figures-takes-the-percent-of-its-last"),
        pytest.param("New places 2.020 2.045\nBudget 83.777,3 87.065,2\n",
                     [("2.020", 2020.0, "count"), ("2.045", 2045.0, "count"), ("83.777,3", 83777.3, "count"), ("87.065,2", 87065.2, "count")],
                     id="points-for-thousands-and-a-decimal-comma-make-a-dotted-document"),
        pytest.param("Coal\n          2011    2012\nProduction     194     217\nExport     144     163\nin million tons\nSource: X\n",
                     [("194", 1.94e8, "other"), ("217", 2.17e8, "other"), ("144", 1.44e8, "other"), ("163", 1.63e8, "other")],
                     id="a-note-under-a-table-gives-its-scale-and-measure"),
        pytest.param("Trainees by sex\n(in thousands of persons)\nGroup 2016 2017\nTotal 1,209 1,270\nWomen 63.5 68.2\n",
                     [("1,209", 1.209e6, "count"), ("1,270", 1.27e6, "count"), ("63.5", 6.35e4, "count"), ("68.2", 6.82e4, "count")],
                     id="a-scale-line-above-a-table-scales-its-rows"),
        pytest.param("Pessoas com curso\n(em mil pessoas)\nAtributos Total Homens\nSexo 1.209 437\n18 anos 64 (1)\n",
                     [("1.209", 1.209e6, "count"), ("437", 4.37e5, "count"), ("18", 18.0, "duration"), ("64", 6.4e4, "count")],
                     id="a-portuguese-scale-line-and-a-row-label-s-ages"),
        pytest.param("Alumnos por edad;De 16 y menos años;De 25 a 29 años;De 40 y más años;Total",
                     [("16", 16.0, "duration"), ("25 a 29", 25.0, "duration"), ("40", 40.0, "duration")],
                     id="spanish-age-groups-with-y-mas-and-y-menos"),
        pytest.param("A $20-m scholarship fund for teachers opened. A $15 fee applies.",
                     [("$20-m", 2e7, "USD"), ("$15", 15.0, "USD")], id="a-hyphened-m-after-a-sum-and-an-article-before-a-sign"),
        pytest.param("Each pupil gets 20 gm of pulses; a 90-kilogramme bag of beans and 5 grammes of salt.",
                     [("20 gm", 20.0, "other"), ("90-kilogramme", 90.0, "other"), ("5 grammes", 5.0, "other")],
                     id="grams-abbreviated-gm-and-spelt-gramme"),
        pytest.param("Qorvel 4Kestria is an initiative that trained 20 developers.", [("20", 20.0, "count")],
                     id="digits-glued-to-a-capitalised-word-are-a-name"),
        pytest.param("Lomba ini diikuti oleh 14.220 siswa dari sekolah yang ada di seluruh daerah.", [("14.220", 14220.0, "count")],
                     id="indonesian-thousands-point"),
        pytest.param("Le fonds accorde 60 millions de riyals saoudiens pour la formation.",
                     [("60 millions de riyals saoudiens", 6e7, "SAR")], id="a-currency-s-adjective-after-it"),
        pytest.param("BNDES approves R $ 297 million for five wind farms.", [("R $ 297 million", 2.97e8, "BRL"), ("five", 5.0, "count")],
                     id="guard-a-one-letter-sign-spaced-from-its-dollar"),
        pytest.param("Status |\nOwn account |\n1.153.509 |\n20.081.133 |\n278.027\n|\n",
                     [("1.153.509", 1153509.0, "count"), ("20.081.133", 20081133.0, "count"), ("278.027", 278027.0, "count")],
                     id="points-for-thousands-at-a-line-s-start-are-no-section-number"),
        pytest.param("Trade Welding Baking Total\nBoth sexes 34,785 15,100 49,885\nPercent female 3 54 7\n",
                     [("34,785", 34785.0, "count"), ("15,100", 15100.0, "count"), ("49,885", 49885.0, "count"),
                      ("3", 3.0, "percent"), ("54", 54.0, "percent"), ("7", 7.0, "percent")],
                     id="a-row-label-that-names-a-share"),
        pytest.param("1.2 Scope\n2.10 Methods\n", [], id="guard-section-numbers-at-a-line-s-start"),
        pytest.param("Costs increased almost threefold; enrolment grew tenfold.", [("threefold", 3.0, "other"), ("tenfold", 10.0, "other")],
                     id="a-multiple-written-as-one-word"),
        pytest.param("Coordinates 08°32′N07°42′E / 8.533°N 7.700°E / 8.533; 7.700\nIt has 20 campuses.", [("20", 20.0, "count")],
                     id="a-coordinate-pair-after-its-degrees-is-no-number"),
        pytest.param("The school has six units:\nS 1 – School of Sciences\nS 2 – School of Business\n", [("six", 6.0, "count")],
                     id="a-lettered-list-number-is-a-label"),
        pytest.param("It was founded by Presidential Decree 1341 with 20 campuses.", [("20", 20.0, "count")], id="a-decree-s-number"),
        pytest.param("In Nigeria the polytechnic got N43.5m from the fund.", [("N43.5m", 43500000.0, "NGN")],
                     id="the-naira-written-n-in-a-nigerian-text"),
        pytest.param("Chaque année, entre 100.000 et 300.000 jeunes arrivent; 18% (63.308 places).",
                     [("100.000 et 300.000", 100000.0, "count"), ("18%", 18.0, "percent"), ("63.308", 63308.0, "count")],
                     id="a-text-whose-every-point-has-three-digits-after-it-writes-thousands-with-points"),
        pytest.param("The levy raised £3.580 billion; Kenya holds 15.571% and Peru 6.429%.",
                     [("£3.580 billion", 3.58e9, "GBP"), ("15.571%", 15.571, "percent"), ("6.429%", 6.429, "percent")],
                     id="guard-three-decimals-before-a-scale-or-percent-sign"),
        pytest.param("The pupil-to-teacher ratio is 56 to 1 in the county.", [("56 to 1", 56.0, "other")], id="a-ratio-to-one"),
        pytest.param("Cabo Verde spent 600 million escudos on training.", [("600 million escudos", 6e8, "CVE")], id="the-escudo"),
        pytest.param("Training centres (under § 8c, § 29 and § 30b) took 120 apprentices.", [("120", 120.0, "count")],
                     id="a-legal-section-sign-s-number"),
        pytest.param("Its office is at 14 Marlow Avenue, Harbourtown; the campus at 220, Qiao north Rd, and 8–10 Finch "
                     "Street. It has 30 staff.", [("30", 30.0, "count")], id="house-numbers-before-their-street"),
        pytest.param("They built 12 feeder road projects and ran 3 Road Safety campaigns.",
                     [("12", 12.0, "count"), ("3", 3.0, "count")], id="guard-a-road-counted-is-no-street"),
        pytest.param("The college gives 40 extra hours per learner and 3 additional weeks.",
                     [("40", 40.0, "duration"), ("3", 3.0, "duration")], id="extra-hours-are-a-duration"),
    ],
)
def test_b64_to_b67_values(find, text, expected):
    assert [(span, a["value"], a["unit"]) for span, a in find(text, "NUMBER")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Starts rose in the first three quarters of the year; three quarters of trainees are women.",
                     [("three", "duration", None), ("three quarters", "other", None)], id="quarters-counted-from-a-year-s-start"),
        pytest.param("Some 46% are younger than 20 and 30% older than 65.",
                     [("46%", "percent", "about"), ("20", "duration", "less_than"), ("30%", "percent", None),
                      ("65", "duration", "more_than")], id="younger-and-older-than-an-age"),
        pytest.param("Skills for the industrial revolution 4.0 reached 120 schools.", [("120", "count", None)],
                     id="the-fourth-industrial-revolution-written-4-0"),
    ],
)
def test_b65_classes(find, text, expected):
    assert [(span, a["unit"], a["qualifier"]) for span, a in find(text, "NUMBER")] == expected


def test_a_spaced_table_with_decimal_commas_under_a_per_cent_line(find):
    text = ("Candidates by field and result\nField Total Passed Failed\n    Per cent\nAll fields 23 727 93,6 6,4\n"
            "Welding 1 840 97,4 2,6\nBaking 351 93,4 6,6\n")
    assert [(span, a["value"], a["unit"]) for span, a in find(text, "NUMBER")] == [
        ("23 727", 23727.0, "count"), ("93,6", 93.6, "percent"), ("6,4", 6.4, "percent"),
        ("1 840", 1840.0, "count"), ("97,4", 97.4, "percent"), ("2,6", 2.6, "percent"),
        ("351", 351.0, "count"), ("93,4", 93.4, "percent"), ("6,6", 6.6, "percent"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("= List of provinces of Xland by unemployment rate =\n\nFigures from the bureau.\n\n"
                     "| Province | 2019 | 2020 |\n| North Province | 2.9 | 3.9 |\n| Lake District | 4.1 | 5 |\n",
                     [("2.9", "percent"), ("3.9", "percent"), ("4.1", "percent"), ("5", "percent")],
                     id="a-page-titled-by-a-rate-gives-its-table-of-small-figures-per-cent"),
        pytest.param("= List of provinces of Xland by unemployment rate =\n\n"
                     "| Province | Jobless | Vacancies |\n| North | 12,400 | 390 |\n| South | 8,100 | 520 |\n",
                     [("12,400", "count"), ("390", "count"), ("8,100", "count"), ("520", "count")],
                     id="a-table-with-counts-keeps-them"),
        pytest.param("= List of provinces of Xland by birth rate =\n\n"
                     "| Province | 2019 | 2020 |\n| North | 12.9 | 13.1 |\n| South | 11.2 | 10.8 |\n",
                     [("12.9", "count"), ("13.1", "count"), ("11.2", "count"), ("10.8", "count")],
                     id="a-birth-rate-is-no-percentage"),
        pytest.param("Labour force participation rate\nBy sex\n  Total    53.8    54.1\n  Male     75.1    74.5\n",
                     [("53.8", "percent"), ("54.1", "percent"), ("75.1", "percent"), ("74.5", "percent")],
                     id="a-rate-heading-reaches-over-a-breakdown-label"),
        pytest.param("TABLE 2.7 UNEMPLOYMENT RATE BY LEVEL OF EDUCATION: 2005 - 2006\n.\n2.5\n2.0\n1.8\nNo education\n1.5\n1.3\n0.6\n"
                     "Primary\n2.9\n2.1\n1.1\n",
                     [("2.5", "percent"), ("2.0", "percent"), ("1.8", "percent"), ("1.5", "percent"), ("1.3", "percent"),
                      ("0.6", "percent"), ("2.9", "percent"), ("2.1", "percent"), ("1.1", "percent")],
                     id="a-numbered-caption-naming-a-rate-over-one-cell-per-line"),
    ],
)
def test_a_title_naming_a_rate(find, text, expected):
    assert [(span, a["unit"]) for span, a in find(text, "NUMBER")] == expected


def test_a_label_word_and_a_number_in_the_next_cell_are_no_structure_reference(find):
    text = "Region\t2019\t2020\nLake District\t2.9\t3.1\nHill District\t4.2\t4.4\n"
    assert [span for span, _ in find(text, "NUMBER")] == ["2.9", "3.1", "4.2", "4.4"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        pytest.param("The Treasury raised the colleges' budget by Sh8 billion.", "KES", id="shillings-with-no-country-named"),
        pytest.param("In Tanzania the colleges got Sh4bn more.", "TZS", id="shillings-in-the-country-the-text-names"),
    ],
)
def test_shillings_written_sh(find, text, unit):
    [(_, attrs)] = find(text, "NUMBER")
    assert attrs["unit"] == unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Enrolment was 5 million 508 thousand 572 students.", [("5 million 508 thousand 572", 5508572.0)],
                     id="a-number-written-group-by-group"),
        pytest.param("It holds 2 million students and a USD 5 million 2019 budget.", [("2 million", 2e6), ("USD 5 million", 5e6)],
                     id="a-scaled-number-before-a-year-stays-apart"),
    ],
)
def test_numbers_written_in_groups(find, text, expected):
    assert [(span, a["value"]) for span, a in find(text, "NUMBER")] == expected


def test_a_range_after_a_scale_word_is_no_group_of_it(find):
    found = {span: (v["value"], v["unit"]) for span, v in find("It reached more than 35 million 18-24 year-olds in Europe.", "NUMBER")}
    assert found == {"35 million": (35e6, "count"), "18-24": (18.0, "duration")}


def test_a_thousands_point_before_a_capitalised_plural(find):
    found = [(span, v["value"]) for span, v in find("Mobility in 2016:\n  • 41.372 Learners in Companies\n  • 3.210 Staff Training Visits\n", "NUMBER")]
    assert found == [("41.372", 41372.0), ("3.210", 3210.0)]


def test_a_year_after_from_a_year_up_to_is_a_year(find):
    text = "From 2001 up to 2019, a total of 412,000 trainees enrolled."
    assert [span for span, _ in find(text, "YEAR")] == ["2001", "2019"]
    assert [span for span, _ in find(text, "NUMBER")] == ["412,000"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        pytest.param("Its Gini coefficient was 0.41 last year.", "0.41", id="a-coefficient"),
        pytest.param("The region's HDI value for 2019 is 0.612.", "0.612", id="a-development-index-value"),
        pytest.param("The college got a score of 871 this year.", "871", id="a-score"),
    ],
)
def test_a_reading_on_an_index_is_no_count(facts_of, text, number):
    assert facts_of(text)[number]["unit"] == "other"


def test_a_column_s_bracketed_scale_gives_its_cells_their_scale_and_the_rupee(find):
    text = ("India's scheme budget:\nFY Allocation ( in Cr.) Expenditure ( in Cr.)\n"
            "2019-20 1,749.22 1,613.26\n2020-21 1,534.39 1,514.76\n2021-22 1,438.00 1,043.21\n")
    found = [(span, round(a["value"]), a["unit"]) for span, a in find(text, "NUMBER")]
    assert found[:2] == [("1,749.22", 17_492_200_000, "INR"), ("1,613.26", 16_132_600_000, "INR")]
    assert len(found) == 6 and {unit for _, _, unit in found} == {"INR"}


def test_label_value_rows_under_a_caption_s_scale_take_it_and_the_first_row_s_currency(find):
    text = ("New Spending for Colleges\n2016-17 Through 2018-19 (In Millions)\nNew funding formula $175\n"
            "New Workforce Program 164\n1 percent enrollment growth 60\nFull-time faculty 50\n")
    found = [(span, a["value"], a["unit"]) for span, a in find(text, "NUMBER") if a["unit"] != "percent"]
    assert found == [("$175", 175e6, "USD"), ("164", 164e6, "USD"), ("60", 60e6, "USD"), ("50", 50e6, "USD")]


def test_a_rank_column_holds_no_numbers(find):
    text = "Vocational pupils\nFlag Country Value Change, % Rank\nQorvia Qorvia 21,902 -7.84% 39\nTembia Tembia 20,605 -1.79% 41\n"
    assert [span for span, _ in find(text, "NUMBER")] == ["21,902", "-7.84%", "20,605", "-1.79%"]


def test_a_share_column_gives_no_percent_to_a_figure_over_100(find):
    text = "Year\nGeneral\nVocational\nShare of Vocational Schools (%)\n1923-1924\n1,241\n2,558\n"
    assert [(span, a["unit"]) for span, a in find(text, "NUMBER")] == [("1,241", "count"), ("2,558", "count")]


def test_a_header_s_multiplier_scales_its_column_and_is_no_number(find):
    text = "Year | MBO (x 1,000 students) | HBO (x 1,000 students) |\n---|---|---|\n2005 | 418.00 | 262.75 |\n2007 | 432.00 | 278.63 |\n"
    assert [(span, a["value"]) for span, a in find(text, "NUMBER")] == [
        ("418.00", 418_000), ("262.75", 262_750), ("432.00", 432_000), ("278.63", 278_630),
    ]



def test_figures_under_a_numbered_caption_ending_in_a_local_money_sign_are_in_that_money(find):
    text = ("Colleges in Malawi\nTable 6.7: Training Levy Income, 2005–2007 (MK)\n2005/6\n2006/7\n"
            "Levy from public sector\n30,000\n25,000\nDonor support\n5,351\nSource: Levy Secretariat.\n"
            "Other figures follow in the text: 40 colleges.\n")
    found = [(span, a["unit"]) for span, a in find(text, "NUMBER")]
    assert found == [("30,000", "MWK"), ("25,000", "MWK"), ("5,351", "MWK"), ("40", "count")]


def test_spaced_rows_under_school_years_split_evenly_and_a_percent_label_gives_percentages(find):
    text = ("Lernende seit 2005/06\n2005/06 2010/11 2015/16\nTotal 213 174 228 717 226 822\nFrauen (%) 41,7 42,0 41,8\n"
            "180 659 205 104 212 329\nFrauen (%) 38,0 41,4 41,6\n")
    found = [(span, a["unit"]) for span, a in find(text, "NUMBER")]
    assert found[:6] == [
        ("213 174", "count"), ("228 717", "count"), ("226 822", "count"), ("41,7", "percent"), ("42,0", "percent"), ("41,8", "percent"),
    ]
    assert len(found) == 12


def test_a_number_inside_a_school_s_name_is_none_when_organisations_are_read(facts_of, find):
    text = "Students of SMK 2 Tembo and 30 others joined."
    assert list(facts_of(text)) == ["30"]
    assert [span for span, _ in find(text, "NUMBER")] == ["2", "30"]


def test_points_group_thousands_in_a_language_with_decimal_commas(find):
    text = ("Wist u dat er dit studiejaar 475.000 mbo-studenten zijn? Het zijn er 27.548 in niveau 2, "
            "61.325 in niveau 3, 12.059 in niveau 1 en 24.6576 in niveau 4 van de opleidingen.")
    values = {span: a["value"] for span, a in find(text, "NUMBER")}
    assert [values[v] for v in ("475.000", "27.548", "61.325", "12.059")] == [475000, 27548, 61325, 12059]


def test_decimal_comma_language_tells_english_from_dutch():
    from vocextract.extract.numbers import decimal_comma_language

    assert decimal_comma_language("Het zijn er veel van de studenten voor het mbo.")
    assert not decimal_comma_language("There are 475.000 students in the schools of the country.")

