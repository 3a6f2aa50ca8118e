"""Adversarial pass 6, class wrap: an archive digest cut at a fixed width.  The facts stage
never takes the tail of a number broken by a line (these pass); but the generic cleaner
removed the body line `련항 물동량은 1억` as `generic:below_title`, so the text read
`대 2천만톤이다` and the fact 2천만톤 = 20000000 t was written for 1억2천만톤 = 120000000 t.
The cleaner now never removes one half of a number broken by a line end (adv6-clean), and a
piece of a wrapped sentence is no tool below the title and no headline (furniture6)."""

from pipeline.api import extract_text

DIGEST = '''東洋日報 資料室 ─ 중국경제

요녕성 수출 감소

【심양=本紙 특약】 중국 요녕성의 올해 수출은
작년보다 3.5% 줄어 모두 120억 달러에 그쳤
다. 수입은 2.1퍼센트 늘어 80억 달러였다. 대
련항 물동량은 1억
2천만톤이다. 성은 내년에도 항만을 늘린다.
(자료실 정리)
'''


def test_no_tail_of_a_broken_number_is_a_value():
    text = ("중국 요녕성의 올해 수출은 작년보다 3.5% 줄어 모두 120억 달러에 그쳤다. 대련항 물동량은 1억\n"
            "2천만톤이다. 성은 수출 증가율을 -\n1.5%로 전망했다.\n")
    facts = extract_text(text).facts
    assert all(f.value not in (20000000, 1.5) for f in facts), [(f.surface, f.value) for f in facts]


def test_digest_line_with_a_number_head_is_kept():
    result = extract_text(DIGEST)
    assert "련항 물동량은 1억" in result.clean.replace("\n", "")
    assert all(f.surface != "2천만톤" for f in result.facts)


def test_first_line_with_a_number_head_is_kept():
    result = extract_text("대련항 물동량은 1억\n2천만톤이다. 증가율은 -\n1.5%로 전망했다.")
    assert all(f.surface != "2천만톤" for f in result.facts)
