"""Chinese text: numbers with classifiers, years, country names and organisations' names
written in Han characters, which the English tokenizer keeps as one token."""

from __future__ import annotations

import pytest

from vocextract.extract.han import numeral_value


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        pytest.param("五", 5, id="a-digit"),
        pytest.param("十", 10, id="ten-alone"),
        pytest.param("十八", 18, id="ten-and-a-digit"),
        pytest.param("二十", 20, id="a-digit-and-ten"),
        pytest.param("三百五十", 350, id="hundreds-and-tens"),
        pytest.param("两千", 2000, id="liang-for-two"),
        pytest.param("一万二千", 12000, id="ten-thousands-then-thousands"),
        pytest.param("三亿", 3e8, id="hundred-millions"),
    ],
)
def test_numeral_value(numeral, value):
    assert numeral_value(numeral) == value


def _numbers(find, text):
    return [(span, a["value"], a["unit"], a["qualifier"]) for span, a in find(text, "NUMBER")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("学院已在17个国家建成23个工坊。", [("17", 17, "count", None), ("23", 23, "count", None)],
                     id="digits-before-a-classifier"),
        pytest.param("留学生人数达到2.5万人。", [("2.5万", 25000, "count", None)], id="a-decimal-with-wan"),
        pytest.param("在30多个国家开展项目。", [("30", 30, "count", "more_than")], id="duo-after-the-digits"),
        pytest.param("目前,300余所院校参加。", [("300", 300, "count", "more_than")], id="yu-after-the-digits-after-a-comma"),
        pytest.param("为企业培训超过8000人。", [("8000", 8000, "count", "more_than")], id="chaoguo-before-the-digits"),
        pytest.param("共培训10,000人。", [("10,000", 10000, "count", None)], id="comma-thousands"),
        pytest.param("代表团进行了为期三天的访问。", [("三", 3, "duration", None)], id="a-chinese-numeral-of-days"),
        pytest.param("他介绍,八年来,合作不断。", [("八", 8, "duration", None)], id="years-with-a-chinese-numeral"),
        pytest.param("9个月后,中心开始运营。", [("9", 9, "duration", None)], id="months-with-ge"),
        pytest.param("项目投资5万元。", [("5万", 50000, "CNY", None)], id="yuan-after-wan"),
        pytest.param("就业率增长12%。", [("12%", 12, "percent", None)], id="a-percentage-glued-to-han"),
        pytest.param("三分之一的人口是学生。", [("三分之一", 1 / 3, "other", None)], id="a-fraction"),
        pytest.param("占百分之三十。", [("百分之三十", 30, "percent", None)], id="a-percentage-in-words"),
        pytest.param("人口年龄在15岁以下。", [("15", 15, "duration", "less_than")], id="an-age-under"),
        pytest.param("培养了千余名留学生。", [("千", 1000, "count", "more_than")], id="a-thousand-odd-with-no-digit"),
        pytest.param("语言班为期一年。", [("一", 1, "duration", None)], id="one-year"),
        pytest.param("代表团访问东非三国。", [("三", 3, "count", None)], id="three-countries"),
        pytest.param("辦理兩場教育展。", [("兩", 2, "count", None)], id="traditional-characters"),
        pytest.param("排名在50%以上的院校。", [("50%", 50, "percent", "at_least")], id="guard-a-percentage-before-yishang"),
    ],
)
def test_numbers(find, text, expected):
    assert _numbers(find, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("11月3日,学院举办开学典礼。", id="a-month-and-day"),
        pytest.param("2017年5月12日,中心开放。", id="guard-a-full-date"),
        pytest.param("这是第三个工坊。", id="guard-an-ordinal"),
        pytest.param("推进一带一路建设,建设一批工坊。", id="guard-yi-alone-is-a"),
        pytest.param("千人计划吸引人才。", id="guard-a-scale-word-with-no-digit"),
        pytest.param("学生来自三年级。", id="guard-a-school-grade"),
        pytest.param("会议在十九大以后召开。", id="guard-a-numeral-without-a-classifier"),
        pytest.param("关于市十九届人大三次会议第12号建议的答复。", id="sessions-of-an-assembly"),
        pytest.param("院校等级由5★、4★、3★组成。", id="star-ratings"),
        pytest.param("1.“一带一路”沿线国家基础薄弱。", id="a-list-number-before-a-quote"),
        pytest.param("訪團於112年5月來台。", id="a-year-of-taiwan-s-calendar"),
    ],
)
def test_not_numbers(find, text):
    assert _numbers(find, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("该中心于2018年成立。", [2018], id="a-year-glued-after-han"),
        pytest.param("今年,2022届学生毕业。", [2022], id="a-graduating-class-after-a-comma"),
        pytest.param("颁发2017年度奖学金。", [2017], id="a-year-of-an-award"),
        pytest.param("完成时间:2026年7月。", [2026], id="a-year-after-a-colon"),
        pytest.param("我校入选“2021亚太院校指数”。", [2021], id="a-year-glued-before-another-word"),
        pytest.param("共有2000人参加。", [], id="guard-a-count-is-no-year"),
    ],
)
def test_years(find, text, expected):
    assert [a["value"] for _, a in find(text, "YEAR")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("工坊位于吉布提和埃塞俄比亚。", [("吉布提", "DJI"), ("埃塞俄比亚", "ETH")], id="names-from-pycountry"),
        pytest.param("与吉尔吉斯斯坦合作。", [("吉尔吉斯斯坦", "KGZ")], id="a-short-form-pycountry-lacks"),
        pytest.param("巴布亚新几内亚的学生。", [("巴布亚新几内亚", "PNG")], id="the-longest-name-wins"),
        pytest.param("奎尔维中德学院与中赞学院。", [("德", "DEU"), ("赞", "ZMB")], id="a-partner-s-mark-after-zhong"),
        pytest.param("赞方代表出席会议。", [("赞", "ZMB")], id="a-partner-s-mark-before-fang"),
        pytest.param("中国人力资源部门。", [("中国", "CHN")], id="china"),
        pytest.param("學生前往拉脫維亞和韓國交流。", [("拉脫維亞", "LVA"), ("韓國", "KOR")], id="names-in-traditional-characters"),
        pytest.param("Students went on exchanges. 學生前往柬埔寨交流。", [("柬埔寨", "KHM")], id="a-chinese-sentence-on-a-bilingual-line"),
        pytest.param("他们成为驻纳企业骨干。", [("纳", "NAM")], id="a-partner-s-mark-after-zhu"),
        pytest.param("召开泰中圆桌峰会,深化两国合作。", [("泰", "THA")], id="a-partner-s-mark-before-zhong-and-a-bilateral-word"),
        pytest.param("他代表大马签署备忘录。", [("大马", "MYS")], id="malaysia-as-malaysian-chinese-write-it"),
    ],
)
def test_countries(find, text, expected):
    assert [(span, a["iso3"]) for span, a in find(text, "COUNTRY")] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("推广“中文+技能”课程。", id="guard-zhongwen-is-the-chinese-language"),
        pytest.param("学校位于内蒙古。", id="guard-inner-mongolia-is-a-province"),
        pytest.param("中东和中亚的学生。", id="guard-regions-after-zhong"),
        pytest.param("各方面资源和技术方面。", id="guard-fangmian-is-an-aspect"),
        pytest.param("在工作中不断提升。", id="guard-a-common-word-after-zhong"),
        pytest.param("驻德班总领事出席。", id="durban-is-no-germany"),
        pytest.param("节日中教育活动很多。", id="guard-a-day-before-zhong-is-a-word-s-end"),
    ],
)
def test_not_countries(find, text):
    assert find(text, "COUNTRY") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("由奎尔维职业技术学院承建。", ["奎尔维职业技术学院"], id="after-a-preposition"),
        pytest.param("参观了坦博大学孔子学院。", ["坦博大学孔子学院"], id="the-last-head-ends-the-name"),
        pytest.param("拜会了坦博矿业有限公司(TCM)。", ["坦博矿业有限公司", "TCM"], id="a-company-and-its-acronym"),
        pytest.param("赵为2019年度湖南省政府奖学金获得者颁奖。", ["湖南省政府"], id="not-the-date-before-it"),
        pytest.param("300余所职业院校和凯斯特公司合作。", ["凯斯特公司"], id="yuanxiao-is-a-common-noun"),
        pytest.param("在上海召开的“技能”推广委员会年会。", ["“技能”推广委员会"], id="a-quoted-word-inside-a-name"),
        pytest.param("成立“凯斯特中心实训基地”。", ["凯斯特中心"], id="not-an-opening-quote"),
        pytest.param("奎尔维商业职业技术学院(下简称“奎商院”)签约。奎商院将派教师。", ["奎尔维商业职业技术学院", "奎商院", "奎商院"],
                     id="a-short-name-the-text-defines-and-its-repeats"),
        pytest.param("与坦博(泰国)有限公司合作。", ["坦博(泰国)有限公司"], id="a-bracketed-country-inside-a-company-s-name"),
        pytest.param("印尼70余所理工学院参会。", [], id="a-kind-after-a-count-is-no-name"),
        pytest.param("由凯斯特驻华使馆主办。", ["凯斯特驻华使馆"], id="an-embassy-written-shijuan"),
        pytest.param("很高兴坦博理工大学参加。", ["坦博理工大学"], id="not-the-adverb-opening-the-sentence"),
        pytest.param("中华人民共和国驻坦博大使馆发布消息。", ["中华人民共和国驻坦博大使馆"], id="he-inside-a-country-s-name-cuts-nothing"),
        pytest.param("落实《凯斯特教育厅关于技能的意见》。", [], id="a-body-inside-a-document-s-title"),
        pytest.param("山东省委外事工作委员会办公室发布通知。", ["山东省委外事工作委员会办公室"], id="an-office"),
        pytest.param("携招生就业处处长马平、科研处(国际交流处)干事一行。", ["招生就业处", "科研处", "国际交流处"],
                     id="a-college-s-offices-and-a-bracketed-other-name"),
        pytest.param("由世界凯斯特发展联盟(WKDA)发起。", ["世界凯斯特发展联盟", "WKDA"], id="an-alliance-and-its-acronym"),
        pytest.param("由坦博科技大學主辦。", ["坦博科技大學"], id="a-name-in-traditional-characters"),
        pytest.param("学生共同参加坦博职业技术大学开学典礼。", ["坦博职业技术大学"], id="not-the-verb-before-the-name"),
    ],
)
def test_organisations(find, text, expected):
    assert [span for span, _ in find(text, "ORG")] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("我院举办开学典礼。", id="guard-our-college"),
        pytest.param("相关部门负责人出席。", id="guard-departments-in-general"),
        pytest.param("大部分学员来自西部。", id="guard-bu-inside-common-words"),
        pytest.param("他到处走,这是好处。", id="guard-chu-inside-common-words"),
    ],
)
def test_not_organisations(find, text):
    assert find(text, "ORG") == []
