"""Round 14 (facts14), 원 per amount: one price of one thing too small for won (`찰떡 한 근이 12원`) decides
its own amount only; two such prices, or one and a Chinese payer, still decide the page; a figure
reported too small to be won (a county's revenue, a wage) still decides it alone; a tiny amount with a
mainland place in its clause is 元."""
import pytest

from pipeline.api import extract_text


def _units(text: str) -> list[tuple[str, str]]:
    return [(f.surface, f.unit) for f in extract_text(text).facts if f.quantity == "money"]


@pytest.mark.parametrize("text, expected", [
    # a Seoul association's trip: the fee is won, the market's price per 근 元
    ("협회는 회원 자녀와 연길을 다녀왔다. 1인당 참가비 45만원 가운데 30만원은 협회가 지원했다. "
     "아이들은 서시장에서 찰떡 한 근이 12원이라는 말에 신기해했다.",
     [("45만원", "KRW"), ("30만원", "KRW"), ("12원", "CNY")]),
    ("참가자들은 \"현지 식당에서 샤오룽바오 한 판이 15원이라 놀랐다\"고 말했다. 참가비는 89만원이다.",
     [("15원", "CNY"), ("89만원", "KRW")]),
    # a mainland place in the clause makes a tiny amount 元, the page stays won
    ("상하이 편의점 생수는 3원이다. 연수 참가비는 89만원이다.", [("3원", "CNY"), ("89만원", "KRW")]),
])
def test_one_price_decides_its_own_amount(text, expected):
    assert _units(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two prices of one thing: the page deals in 元
    ("대게는 한 마리에 60원, 꿀은 한 병에 45원에 팔린다. 총 매출은 300만원이다.",
     [("60원", "CNY"), ("45원", "CNY"), ("300만원", "CNY")]),
    # a price and a Chinese payer
    ("찹쌀떡은 한 근에 12원이다. 연길시정부는 시장 보수에 300만원을 들였다.",
     [("12원", "CNY"), ("300만원", "CNY")]),
    # a figure reported too small for won decides the page alone
    ("연길시의 지방재정수입은 35억 원으로 늘었다. 새 청사에는 2억 원을 쓴다.", [("35억 원", "CNY"), ("2억 원", "CNY")]),
])
def test_the_page_still_decided_by_two_signs(text, expected):
    assert _units(text) == expected


def test_no_sign_of_china_keeps_a_tiny_amount_won():
    assert _units("단돈 1원이면 된다.") == [("1원", "KRW")]


# --- Taiwan's and Hong Kong's 元, routes (currency.toml [taiwan] route, magnitude rent_per_pyeong) ---

from pipeline.facts import read_table  # noqa: E402

TAIWAN = read_table("currency")["taiwan"]


@pytest.mark.parametrize("text", TAIWAN["route_examples"])
def test_a_route_between_two_currencies_gives_no_row(text):
    assert _units(text) == []


@pytest.mark.parametrize("text", TAIWAN["route_keep"])
def test_a_route_with_one_currency_keeps_its_row(text):
    assert len(_units(text)) == 1


@pytest.mark.parametrize("text, expected", [
    # a Taipei office's rent a 평: too small for won, Taiwan's 元
    ("타이베이 신의구의 사무실 임대료는 한 평에 월 3,200원으로 1년 전보다 4% 올랐다.", [("3,200원", "TWD")]),
    # 元 written as such is re-read like 원 read as 元
    ("가오슝 도심 상가는 한 평에 월 1,100元 수준이다.", [("1,100元", "TWD")]),
    ("홍콩 근로자의 월평균 급여는 2만 1천元 안팎이다. 선전시 공장의 월급은 5,000元이다.",
     [("2만 1천元", "HKD"), ("5,000元", "CNY")]),
    # a Korean office's rent a 평 stays won
    ("서울 강남 사무실 임대료는 평당 월 15만원이다.", [("15만원", "KRW")]),
])
def test_taiwan_and_hong_kong_yuan(text, expected):
    assert _units(text) == expected


# --- statistical signs (qualifiers.toml [stat_signs]), a bracket gloss ([after_gloss]), codes before numbers ---

QUALS = read_table("qualifiers")


def _read(text: str) -> list[tuple[str, str, str, str]]:
    return [(f.surface, str(f.value), f.change, f.qualifier) for f in extract_text(text).facts]


@pytest.mark.parametrize("text, value, change", QUALS["stat_signs"]["examples"])
def test_stat_sign_after_a_comparison_word(text, value, change):
    facts = [f for f in extract_text(text).facts if f.unit == "percent"]
    assert [(str(f.value), f.change) for f in facts] == [(value, change)]
    if value.startswith("-"):
        assert facts[0].surface.startswith("△")     # the sign stays in the surface, as `-3.5%`


@pytest.mark.parametrize("text", QUALS["stat_signs"]["keep"])
def test_stat_sign_without_a_comparison_word_decides_nothing(text):
    assert all(f.value >= 0 for f in extract_text(text).facts)
    assert not any(f.surface.startswith(("△", "▲")) for f in extract_text(text).facts)


def test_no_row_for_a_minus_sign_with_no_comparison_word():
    assert extract_text("순이익은 △3.2억 위안으로 평가손실이 반영됐다.").facts == []
    assert _read("영업이익률은 전년 대비 △1.8%p 낮아졌다.") == [("△1.8%p", "-1.8", "decrease", "")]


@pytest.mark.parametrize("text, qualifier", QUALS["after_gloss"]["examples"] + QUALS["after_gloss"]["keep"])
def test_qualifier_after_a_bracket_gloss(text, qualifier):
    assert extract_text(text).facts[0].qualifier == qualifier


@pytest.mark.parametrize("text, expected", [
    ("면세점 판매가는 CNY 190.12 JPY 3,918로 표시됐다.", [("CNY 190.12", "190.12", "CNY"), ("JPY 3,918", "3918", "JPY")]),
    ("신형 모델 판매가는 CNY 259,900 USD 35,900로 발표됐다.", [("CNY 259,900", "259900", "CNY"), ("USD 35,900", "35900", "USD")]),
    ("판매가는 259,900 위안이다.", [("259,900 위안", "259900", "CNY")]),
])
def test_a_code_before_a_number_is_its_unit(text, expected):
    assert [(f.surface, str(f.value), f.unit) for f in extract_text(text).facts] == expected


def test_an_exchange_rate_widget_gives_no_fact():
    """`오늘의 환율 CNY 190.12` is won per yuan, not 190.12 yuan: the widget is furniture (generic.toml
    rate_widget), so none of its figures may become an amount."""
    assert extract_text("오늘의 환율 CNY 190.12 JPY 918.33").facts == []


# --- adversarial review of round 14: △ as the hollow mark of a rise (qualifiers.toml [stat_signs]) ---

@pytest.mark.parametrize("text, surface, value, change", QUALS["stat_signs"]["rise_examples"])
def test_hollow_triangle_is_a_rise_on_a_page_marking_falls_with_a_hollow_down(text, surface, value, change):
    """A market table that marks falls ▽ marks rises △: `전일 대비 △3.2원 오른` is +3.2, never −3.2."""
    facts = {f.surface: f for f in extract_text(text).facts}
    assert surface in facts
    assert (str(facts[surface].value), facts[surface].change) == (value, change)
    assert all(not (f.value < 0 and f.change == "increase") for f in facts.values())


@pytest.mark.parametrize("text", QUALS["stat_signs"]["conflict"])
def test_minus_triangle_against_a_stated_rise_gives_no_row(text):
    """`전일 대비 △3.2원 오른`: △ a minus against the rise the sentence states, or a rise mark? No row,
    and never a negative value with change increase or decrease read off a rise."""
    facts = extract_text(text).facts
    assert not any(f.surface.startswith("△") or "3.2" == str(f.value) or "3.5" == str(abs(f.value)) for f in facts)
    assert all(f.value >= 0 for f in facts)


# --- adversarial review of round 14: 元 written 元 re-read by its clause only, never by the page alone ---

@pytest.mark.parametrize("text, expected", [
    # 선전 (also 宣传) is no place read bare: the page names only Hong Kong, yet 6,000元 is Shenzhen's
    ("홍콩 시민의 평균 월급은 1만 8천元이다. 선전 공장 근로자의 월급은 6,000元이다.",
     [("1만 8천元", "HKD"), ("6,000元", "CNY")]),
])
def test_yuan_written_yuan_is_reread_by_its_clause_only(text, expected):
    assert _units(text) == expected


# --- adversarial review of round 14: 주가, 지가 and 회로 are no compound heads (eojeol.toml) ---

@pytest.mark.parametrize("text, subject", [
    ("산둥성의 경작지가 200만 무 줄었다.", "경작지"),      # the contract's own example subject
    ("관광지가 30곳 새로 지정됐다.", "관광지"),
    ("사업주가 1,200명 참가했다.", "사업주"),
    ("이번 박람회로 2만 명이 몰렸다.", "박람회"),
    ("텐센트 목표주가는 450홍콩달러로 올렸다.", "텐센트 목표주가"),
    ("집적회로 생산액은 3조 위안이다.", "집적회로 생산액"),
    ("상하이시의 재정자립도는 90%다.", "재정자립도"),
])
def test_compound_heads_do_not_swallow_particles(text, subject):
    assert [f.subject for f in extract_text(text).facts] == [subject]


@pytest.mark.parametrize("text, surface, value", QUALS["stat_signs"]["rise_keep"])
def test_hollow_down_as_a_bullet_keeps_the_minus(text, surface, value):
    """▽ as a bullet (▽일시, ▽장소) is no fall mark: △ after 대비 stays a minus."""
    assert [(f.surface, str(f.value)) for f in extract_text(text).facts if f.unit == "percent"] == [(surface, value)]


def test_one_air_ticket_over_ten_man_is_won_whatever_the_page():
    """Two market prices in 元 decide a travel page, but no air ticket sells for 25만 元 (currency.toml
    too_big_for_yuan air_ticket_in_won); a budget for tickets is no ticket's price."""
    assert _units("중국 청도 여행기. 양꼬치 한 접시가 20원, 칭다오 맥주 한 병에 8원이었다. "
                  "인천-청도 항공권은 왕복 25만원에 샀다.") == [("20원", "CNY"), ("8원", "CNY"), ("25만원", "KRW")]


@pytest.mark.parametrize("text", TAIWAN["listed_examples"])
def test_a_listing_venue_does_not_make_yuan_hong_kongs(text):
    """`홍콩 증시에 상장된 텐센트`: Hong Kong is where the firm is listed, not whose 元 its revenue is: no row
    (it was HKD)."""
    assert [u for _, u in _units(text)] == []
