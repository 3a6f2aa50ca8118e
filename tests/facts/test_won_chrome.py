"""원 decided by what a site says of itself in the lines the cleaner removed (its outlet's name,
its publishing system's labels): the text alone carries no sign, the page's chrome does."""
from pipeline.api import extract_text

PAGE = """<html><head><meta charset="utf-8"><title>연길 소식 - 가상연변망</title></head><body>
<div class="menu">홈 | 연길 소식 | 경제 | 문화</div>
<div class="tit">연길 북시장 새 단장</div>
<div class="src">2026-10-02 09:10:00 {label}</div>
<div class="con">
<p>연길시 북시장이 여섯 달 동안의 공사를 마치고 다시 문을 열었다.</p>
<p>공사비는 8천만원이 들었다.</p>
</div>
</body></html>"""


def _won(label: str) -> tuple[str, list[str]]:
    result = extract_text(PAGE.format(label=label))
    return result.won_as, [f.unit for f in result.facts if f.surface == "8천만원"]


def test_a_chinese_publishing_label_in_the_removed_lines_says_yuan():
    assert _won("来源：연변가상신문") == ("CNY", ["CNY"])
    assert _won("责任编辑：김가상") == ("CNY", ["CNY"])


def test_a_china_based_outlet_named_only_in_the_removed_lines_says_yuan():
    assert _won("연변일보 김가상 기자") == ("CNY", ["CNY"])


def test_without_such_a_line_the_page_is_won():
    assert _won("출처: 가상뉴스") == ("KRW", ["KRW"])
