"""adv11-realpages: full-size pages in the shapes real Korean-language pages about China have today
(a news CMS with a long <head>, a portal's article view, m./AMP/print views, a 2000s table layout in
EUC-KR, Chinese state media in 조선어, a trade-promotion news page, a blog, an institute report as PDF
text, an e-mail newsletter, an Atom feed saved as a page, and pages with tricky encodings). Every site,
reporter and figure is invented. The pages sit in tests/ingest/realpages/<site>/, one folder per site
as raw/<source>/ would hold them, and are run once, as `hanfacts extract` runs them
(`pipeline.extract_files`).

Each page has what an analyst expects of it, by class: title, date, body kept, furniture removed,
places found, no false places, facts found (value and unit per docs/contract.md), no false facts, and
for some pages the encoding read or the joins of hard-wrapped lines. What passes today is a plain
test; what fails is a strict xfail whose reason says what came out and what should have."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.api import extract_files

PAGES_DIR = Path(__file__).parent / "realpages"

# ---- what an analyst expects of each page ---------------------------------------------------
# title: the headline (a tuple: any of these); date: ISO date ("" = none stated); body: sentences
# that must stay (compared without whitespace); furniture: strings that must go; places: name_zh
# that must be found; false_places: name_zh (or "@surface") that must not be; facts: (surface,
# value, unit[, change]) that must be found; false_facts: (value, unit) that must not be;
# encoding: the detected byte encoding; joins: exact strings the unwrapped text must hold.

PAGES: dict[str, dict] = {
    "hanul-econ/2025-11-26-chongqing.html": dict(
        title=("충칭 량장신구, 반도체 패키징 단지에 120억 위안 투입",),
        date="2025-11-26",
        body=["중국 충칭시가 량장신구에 반도체 패키징 단지를 조성하는 데 120억 위안을 투입한다고 26일 밝혔다.",
              "단지 면적은 3.2㎢로, 충칭시는 2027년까지 패키징 기업 40곳을 유치할 계획이다.",
              "충칭시 경제정보화위원회는 단지가 완공되면 일자리 1만 2천개가 생길 것으로 내다봤다.",
              "지난해 충칭시의 집적회로 생산량은 전년보다 18.5% 늘었다.",
              "한 관계자는 “쓰촨성 청두와 함께 서부 반도체 벨트를 만들겠다”고 말했다."],
        furniture=["본문 바로가기", "로그인", "회원가입", "많이 본 뉴스", "상하이 집값", "광저우 지하철", "톈진항",
                   "빙설대세계", "반도체 인력", "우한 광통신", "1588-0000", "수출바우처", "좋아요", "저작권자",
                   "세종대로", "자바스크립트", "베이징시 집값", "sypark@", "박서윤", "사진=", "조감도",
                   "adConfig", "홍콩 증시", "#충칭", "기자의 다른 기사", "댓글을 입력하세요", "URL복사"],
        places=["重庆市", "两江新区", "四川省", "成都市"],
        false_places=["上海市", "广州市", "天津市", "哈尔滨市", "武汉市", "北京市", "香港特别行政区"],
        facts=[("120억 위안", 12000000000, "CNY"), ("3.2㎢", "3.2", "km2"), ("40곳", 40, "곳"),
               ("1만 2천개", 12000, "개"), ("18.5%", "18.5", "percent", "increase")],
        false_facts=[(30, "percent"), (3, "percent"), (18000000, "명"), (21000000, "TEU"), (3000000, "명"),
                     (50000, "명"), (8000000000, "CNY"), (100000000, "KRW"), (38, "km"), (2, "percent")],
    ),
    "nuri-portal/v-20251127.html": dict(
        title=('하이난 면세점 매출 7.4% 감소…"싼야 관광객 씀씀이 줄어"',),
        date="2025-11-27",
        body=["올해 1~10월 하이난성 면세점 매출은 368억 위안으로 작년 같은 기간보다 7.4% 감소했다고 하이커우 세관이 27일 밝혔다.",
              "같은 기간 면세점 이용객은 520만명이었고, 1인당 구매액은 7,080위안이었다.",
              "하이난 자유무역항은 2025년 12월 섬 전체 독립 세관 운영을 앞두고 있어, 업계는 매출이 반등할 것으로 기대한다.",
              '싼야의 한 면세점 직원은 "객단가가 눈에 띄게 줄었다"고 말했다.'],
        furniture=["본문 바로가기", "언론사 구독", "최란 기자", "choi.ran", "좋아요", "훈훈해요", "후속기사",
                   "댓글 운영정책", "광둥성 GDP", "홍콩 증시", "정저우 폭스콘", "샤먼 관광객", "칭다오 맥주축제",
                   "음성으로 듣기", "번역 설정", "Copyright", "편집하지 않고", "국제면세성 전경", "함께 본 기사"],
        places=["海南省", "海口市", "三亚市", "海南自由贸易港"],
        false_places=["广东省", "香港特别行政区", "郑州市", "厦门市", "青岛市", "福建省"],
        facts=[("368억 위안", 36800000000, "CNY"), ("7.4%", "7.4", "percent", "decrease"),
               ("520만명", 5200000, "명"), ("7,080위안", 7080, "CNY")],
        false_facts=[(14000000000000, "CNY"), (2, "percent"), (200000, "명"), (12, "percent"), (6500000, "명"),
                     (31, "개")],
    ),
    "seohae-mobile/m-article-90211.html": dict(
        title=("칭다오항 컨테이너 물동량 2,590만TEU…자동화 부두 3곳 추가",),
        date="2025-11-20",
        body=["산둥성 칭다오항의 올해 1~10월 컨테이너 물동량은 2,590만TEU로 집계됐다.",
              "지난해 같은 기간보다 6.8% 늘어난 수치로, 중국 항만 가운데 상하이항과 닝보저우산항에 이어 세 번째다.",
              "칭다오시는 항만 자동화에 45억 위안을 더 투자해 2027년까지 자동화 부두 3곳을 추가로 짓기로 했다.",
              '항만 관계자는 "한국행 화물이 전체의 12%를 차지한다"고 말했다.'],
        furniture=["앱으로 보기", "1,000원", "메뉴 열기", "3℃", "맑음", "기사 원문 보기", "PC버전", "인천항",
                   "웨이하이", "옌타이", "dyhan@", "한도윤", "카카오톡", "링크복사", "많이 본 기사", "맨위로"],
        places=["山东省", "青岛市"],
        false_places=["威海市", "烟台市"],
        facts=[("2,590만TEU", 25900000, "TEU"), ("6.8%", "6.8", "percent", "increase"),
               ("45억 위안", 4500000000, "CNY"), ("3곳", 3, "곳"), ("12%", 12, "percent")],
        false_facts=[(3, "celsius"), (2, "celsius"), (1000, "KRW"), (40, "percent"), (1200, "곳"), (80000, "t")],
    ),
    "gyeore-amp/amp-20251118.html": dict(
        title=("선전 전기차 수출 62만대…1년 새 33% 늘어",),
        date="2025-11-18",
        body=["광둥성 선전시의 올해 1~9월 전기차 수출 대수는 62만대로 지난해 같은 기간보다 33% 증가했다.",
              "선전항을 통한 전기차 선적은 월평균 6만 9천대다.",
              "비야디는 선전 핑산구에 연산 40만대 규모의 공장을 두고 있다.",
              "업계는 유럽연합의 관세 인상에도 동남아와 중동 수요가 늘어 수출 증가세가 이어질 것으로 본다."],
        furniture=["광고 영역", "선적을 기다리고 있다", "윤지호", "베이징 특파원", "상하이 현장", "선전 테크",
                   "PC 버전", "함께 보면", "테슬라", "자율주행", "겨레데일리", "page_title", "☰"],
        places=["广东省", "深圳市", "坪山区"],
        false_places=["北京市", "上海市", "广州市"],
        facts=[("62만대", 620000, "대"), ("33%", 33, "percent", "increase"), ("6만 9천대", 69000, "대"),
               ("40만대", 400000, "대")],
        false_facts=[(950000, "대"), (1000, "대")],
    ),
    "hangyeol-print/print-55120.html": dict(
        title=("쑤저우 공업원구, 올해 외자 21억 5천만 달러 유치",),
        date="2025-11-21",
        body=["장쑤성 쑤저우 공업원구(蘇州工業園區)의 올해 실제 외자 이용액은 21억 5천만 달러로 집계됐다.",
              "이는 쑤저우시 전체 외자의 약 4분의 1 수준이다.",
              "원구에 입주한 한국 기업은 230여 개로, 반도체와 바이오 기업이 절반을 넘는다.",
              "원구 관리위원회는 내년 외자 유치 목표를 25억 달러로 잡았다."],
        furniture=["인쇄", "닫기", "기사 URL", "Copyright", "selin@", "오세린", "등록일", "print"],
        places=["江苏省", "苏州工业园区", "苏州市"],
        false_places=[],
        facts=[("21억 5천만 달러", 2150000000, "USD"), ("230여 개", 230, "개"), ("25억 달러", 2500000000, "USD")],
        false_facts=[],
    ),
    "chinanet-2003/news_view_3321.htm": dict(
        encoding="cp949",
        title=("대련, 상반기 수출 41억달러…23.7% 증가",),
        date="2003-07-15",
        body=["대련시(大連市)는 올해 상반기 수출이 41억 2천만달러로 작년 동기 대비 23.7% 늘었다고 14일 밝혔다.",
              "같은 기간 수입은 35억 8천만달러로 14.2% 증가해, 무역흑자는 5억 4천만달러를 기록했다.",
              "요녕성 전체 수출에서 대련이 차지하는 비중은 절반이 넘는 55.1%에 이른다.",
              "대련 경제기술개발구에 입주한 한국 기업은 320개사로, 주로 전자부품과 의류 업체들이다.",
              '시 관계자는 "사스(SARS)의 영향에도 일본과 한국으로의 수출이 크게 늘었다"고 설명했다.',
              "심양과 대련을 잇는 고속도로 주변에도 한국 기업의 투자가 이어지고 있다."],
        furniture=["Total 1234567", "중국뉴스 | 투자정보", "환율정보", "8.27위안", "14,350원", "친구에게",
                   "프린트", "관련기사", "500개 돌파", "외자 유치 18억", "회사소개", "종로구", "Copyright",
                   "김정훈", "지역정보", "입력시간"],
        places=["大连市", "辽宁省", "沈阳市"],
        false_places=["北京市", "上海市", "天津市", "青岛市"],
        facts=[("41억 2천만달러", 4120000000, "USD"), ("23.7%", "23.7", "percent", "increase"),
               ("35억 8천만달러", 3580000000, "USD"), ("14.2%", "14.2", "percent", "increase"),
               ("5억 4천만달러", 540000000, "USD"), ("55.1%", "55.1", "percent"), ("320개사", 320, "개사")],
        false_facts=[("8.27", "CNY"), (100, "CNY"), (14350, "KRW"), (500, "개"), (1800000000, "USD")],
    ),
    "changbai-joseon/2025-11-24-tourism.html": dict(
        title=("연변 1-10월 관광수입 512억원 돌파",),
        date="2025-11-24",
        body=["올해 1-10월 연변조선족자치주에서 접대한 관광객은 연인원 2,860만명으로 동기대비 9.8% 늘었다.",
              "같은 기간 관광수입은 512억 3천만원에 달해 동기대비 12.6프로 장성하였다.",
              "그중 연길시가 접대한 관광객은 1,120만명으로 전 주의 39%를 차지하였다.",
              "훈춘시는 로씨야 관광객이 늘면서 관광수입이 48억원으로 전년보다 21% 늘었다.",
              "주문화관광국 관계자는 “래년에는 장백산 관광과 변경관광을 묶은 상품을 더 많이 내놓겠다”고 밝혔다."],
        furniture=["责任编辑", "金明", "审核", "앱 다운로드", "扫一扫", "인기뉴스", "热点新闻", "도문 통상구",
                   "룡정 사과배", "화룡시 인삼", "ICP", "首页", "현재위치", "발표시간", "글자크기", "0433"],
        places=["延边朝鲜族自治州", "延吉市", "珲春市"],
        false_places=["金明区", "图们市", "龙井市", "和龙市"],
        facts=[("512억 3천만원", 51230000000, "CNY"), ("2,860만명", 28600000, "명"),
               ("9.8%", "9.8", "percent", "increase"), ("12.6프로", "12.6", "percent", "increase"),
               ("1,120만명", 11200000, "명"), ("39%", 39, "percent"), ("48억원", 4800000000, "CNY"),
               ("21%", 21, "percent", "increase")],
        false_facts=[(30, "percent"), (150000, "명"), (20000, "mu")],
    ),
    "trade-wuhan/news-2025-11-12.html": dict(
        title=("후베이성 자동차부품 시장동향",),
        date="2025-11-12",
        body=["후베이성 자동차 생산량은 2024년 236만 대로 전년 대비 4.1% 감소했다.",
              "우한시에는 자동차부품 기업 1,400여 개사가 모여 있으며, 샹양과 스옌이 그 뒤를 잇는다.",
              "신에너지차 부품 매출은 2024년 1,850억 위안으로 전년보다 27.3% 늘었다.",
              "한국산 부품 수입액은 3억 2천만 달러로 전체 수입의 8.5%를 차지한다.",
              "우한무역관은 한국 부품 기업이 현지 완성차 업체의 신에너지차 공급망에 들어가려면 현지 생산이 필요하다고 조언했다.",
              "생산량(만 대)", "증감률(%)"],
        furniture=["본문 바로가기", "작성자", "조회수", "1,482", "자료원", "첨부파일", ".hwp", ".xlsx",
                   "도움이 되셨나요", "매우 만족", "이전글", "2차전지 소재", "청두 식품", "서초구", "1600-0000",
                   "수출바우처", "공식 의견", "스크랩", "HOME"],
        places=["湖北省", "武汉市", "襄阳市", "十堰市"],
        false_places=["广东省", "四川省", "成都市", "北京市", "上海市", "广州市"],
        facts=[("236만 대", 2360000, "대"), ("4.1%", "4.1", "percent", "decrease"), ("1,400여 개사", 1400, "개사"),
               ("1,850억 위안", 185000000000, "CNY"), ("27.3%", "27.3", "percent", "increase"),
               ("3억 2천만 달러", 320000000, "USD"), ("8.5%", "8.5", "percent")],
        false_facts=[(15, "percent"), (600, "개사"), (3000, "개사"), (1482, "")],
    ),
    "ddol-blog/PostView-223411.html": dict(
        title=("하얼빈 빙설대세계 다녀왔어요 (입장료, 추위 대비 꿀팁)",),
        date="2025-01-12",
        body=["지난주에 헤이룽장성 하얼빈에 다녀왔어요.",
              "빙설대세계 입장권은 328위안이었고, 오후 4시 이후에는 할인이 없었어요.",
              "올해 빙설대세계는 면적이 100만㎡라고 해요.",
              "밤에는 기온이 영하 25도까지 내려가서 핫팩을 열 개나 썼어요.",
              "중앙대가에서 먹은 마디얼 아이스크림은 하나에 10위안이었어요.",
              "다음 글에서는 송화강 얼음썰매 후기를 올릴게요~"],
        furniture=["이웃추가", "블로그 홈", "프롤로그", "카테고리", "전체보기", "중국 여행 (24)", "공감 15",
                   "댓글 4", "공유하기", "여행가는고양이", "영하 30도", "300위안이었는데", "핫팩 필수", "인기글",
                   "상하이 디즈니", "599위안", "맥주박물관", "판다기지", "이용약관", "ⓒ똘이", "빙설대세계 입구",
                   "태양도로", "哈尔滨冰雪大世界", "답글"],
        places=["黑龙江省", "哈尔滨市"],
        false_places=["上海市", "青岛市", "成都市", "松北区"],
        facts=[("328위안", 328, "CNY"), ("100만㎡", 1000000, "m2"), ("영하 25도", -25, "celsius"),
               ("10위안", 10, "CNY")],
        false_facts=[(-30, "celsius"), (300, "CNY"), (599, "CNY"), (15, "")],
    ),
    "seobu-institute/report-2025-07.txt": dict(
        title=("서부대개발 25년과 청위 경제권",),
        date="",
        body=["중국 정부는 2000년 서부대개발 전략을 내놓은 뒤 25년 동안 서부 지역의 인프라와 산업에 투자를 이어 왔다.",
              "2020년에는 충칭시와 쓰촨성 청두시를 잇는 '청위 지구 쌍성경제권' 건설을 국가 전략으로 격상했다.",
              "이 보고서는 청위 경제권의 경제 규모와 산업 구조를 살펴보고, 한국 기업에 주는 시사점을 정리한다.",
              "청위 지역의 2024년 지역내총생산은 합계 9조 6,890억 위안으로 전국의 7.2%를 차지했다.",
              "상주인구는 약 9,800만 명으로, 전국 인구의 7% 수준이다.",
              "충칭시의 1인당 GDP는 10만 900위안으로 쓰촨성보다 높다.",
              "쓰촨성은 청두시 한 곳이 성 전체 GDP의 36.7%를 차지해 성도 집중이 두드러진다.",
              "<표 1> 충칭·쓰촨 주요 경제지표(2024년)", "충칭 32,193 6.1 3,191", "쓰촨 64,697 5.7 8,364"],
        furniture=["중국지역연구 시리즈", "중국지역연구 2025-07", "- 1 -", "- 3 -", "목    차", "·····",
                   "연구책임자", "공동연구자", "가상대외경제연구원", "KIEP-V", "1) 중공중앙", "2) 국가통계국", "─────",
                   "참고문헌"],
        joins=["시사점을 정리한다", "쌍성경제권"],
        places=["重庆市", "四川省", "成都市"],
        false_places=["@성도"],
        facts=[("25년", 25, "year"), ("9조 6,890억 위안", 9689000000000, "CNY"), ("7.2%", "7.2", "percent"),
               ("9,800만 명", 98000000, "명"), ("7%", 7, "percent"), ("10만 900위안", 100900, "CNY"),
               ("36.7%", "36.7", "percent")],
        false_facts=[(32193, "CNY"), (3191, "명"), (2025, "")],
    ),
    "briefing-mail/newsletter-212.html": dict(
        title=("닝보저우산항 화물 처리량 11억t 넘어", "[중국경제 브리핑] 제212호 닝보저우산항 화물 11억t 외",
               "제212호 닝보저우산항 화물 11억t 외", "중국경제 브리핑 제212호"),
        date="2025-11-25",
        body=["저장성 닝보저우산항의 1~10월 화물 처리량은 11억 2천만t으로 지난해 같은 기간보다 4.8% 늘었다.",
              "컨테이너 물동량은 3,280만TEU를 기록했다.",
              "푸젠성 샤먼시는 50억 위안 규모의 반도체 산업 기금을 조성한다고 밝혔다.",
              "기금은 2030년까지 기업 100곳에 투자할 예정이다.",
              "광시좡족자치구의 1~10월 아세안 교역액은 3,120억 위안으로 전체 대외교역의 49%를 차지했다.",
              "난닝시와 친저우항이 교역의 중심이다."],
        furniture=["잘 보이지 않으면", "지난 호 보기", "제211호", "충칭 전기차", "선전 GDP", "발신전용",
                   "수신을 원하지 않으시면", "수신거부", "unsubscribe", "마포구", "brief@", "수신에 동의"],
        places=["浙江省", "福建省", "厦门市", "广西壮族自治区", "南宁市", "钦州市"],
        false_places=["重庆市", "深圳市"],
        facts=[("11억 2천만t", 1120000000, "t"), ("4.8%", "4.8", "percent", "increase"),
               ("3,280만TEU", 32800000, "TEU"), ("50억 위안", 5000000000, "CNY"), ("100곳", 100, "곳"),
               ("3,120억 위안", 312000000000, "CNY"), ("49%", 49, "percent")],
        false_facts=[(400000, "대"), (3600000000000, "CNY")],
    ),
    "feed-archive/region-77120.html": dict(
        title=("시안 반도체 클러스터 투자 260억 위안…삼성 낸드 공장 증설",),
        date="2025-11-27",
        body=["산시성 시안시는 가오신구 반도체 클러스터에 260억 위안을 투자한다고 27일 밝혔다.",
              "클러스터에는 현재 반도체 기업 170개가 입주해 있다.",
              "시안시의 지난해 집적회로 산업 매출은 2,100억 위안이었다."],
        furniture=["<p>", "</p>", "2025-11-27T18:30", "2025-11-27T19:02", "강민재", "tag:daeryuk",
                   "대륙통신 - 중국 지역경제"],
        places=["陕西省", "西安市"],
        false_places=[],
        facts=[("260억 위안", 26000000000, "CNY"), ("170개", 170, "개"), ("2,100억 위안", 210000000000, "CNY")],
        false_facts=[],
        most=[(26000000000, "CNY", 2)],
    ),
    "jungwon-times/20251114-zz.html": dict(
        encoding="utf-8",
        title=("정저우 공항경제구 수출 3,120억 위안…아이폰 공장 근로자 20만명",),
        date="2025-11-14",
        body=["허난성 정저우 공항경제구의 올해 1~10월 수출액은 3,120억 위안으로 작년 같은 기간보다 5.6% 줄었다.",
              "공항경제구에 있는 스마트폰 조립 공장의 근로자는 성수기에 20만명까지 늘어난다.",
              "정저우 신정국제공항의 화물 처리량은 올해 80만t을 넘을 전망이다."],
        furniture=["중원타임스", "뉴스 | 경제", "All rights", "류하은", "등록 2025"],
        places=["河南省", "郑州市"],
        false_places=[],
        facts=[("3,120억 위안", 312000000000, "CNY"), ("5.6%", "5.6", "percent", "decrease"),
               ("20만명", 200000, "명"), ("80만t", 800000, "t")],
        false_facts=[],
    ),
    "bada-news/view-7781.html": dict(
        encoding="utf-8",
        title=("톈진 빈하이신구 항만 물동량 4억 5천만t",),
        date="2025-11-19",
        body=["톈진시 빈하이신구의 올해 1~10월 항만 화물 물동량은 4억 5천만t으로 집계됐다.",
              "이 가운데 석탄과 철광석이 38%를 차지했다.",
              "톈진항그룹은 내년까지 자동화 선석 2개를 더 열 계획이다."],
        furniture=["실시간 인기기사", "부산항", "다롄항", "정해솔", "haesol@", "부산광역시", "홈 | 해운", "기사입력"],
        places=["天津市", "滨海新区"],
        false_places=["大连市"],
        facts=[("4억 5천만t", 450000000, "t"), ("38%", 38, "percent"), ("2개", 2, "개")],
        false_facts=[(6, "percent")],
    ),
    "yeonhae-news/view.php-1122.html": dict(
        title=("연길시, 한국 기업 전용 농산물 물류기지 준공",),
        date="2025-11-22",
        body=["지린성 연길시는 한국 기업 전용 농산물 물류기지를 준공했다고 밝혔다.",
              "물류기지 건설에는 총 12억 위안이 들었고, 창고 면적은 3만 ㎡이다.",
              "연길시의 상주인구는 69만 명으로, 물류기지는 일자리 1,500개를 만들 것으로 보인다.",
              "시는 상하이와 톈진으로 가는 냉장 화물열차도 주 3회 운행한다.",
              "한국 기업의 입주 신청은 벌써 12곳에 이른다."],
        joins=["상하이와 톈진으로"],
        furniture=["&#", "연해뉴스", "박지원 기자", "작성일시", "\u200b", "\u00a0", "１"],
        places=["吉林省", "延吉市", "上海市", "天津市"],
        false_places=[],
        facts=[("12억 위안", 1200000000, "CNY"), ("3만 ㎡", 30000, "m2"), ("69만 명", 690000, "명"),
               ("1,500개", 1500, "개"), ("12곳", 12, "곳")],
        false_facts=[],
    ),
    "dalgubeol-ilbo/article-330918.html": dict(
        title=('다롄 진푸신구 한국 섬유기업 공장 증설…"3억 위안 기금으로 지원"',),
        date="2025-11-25",
        body=["중국 랴오닝성 다롄시는 진푸신구에 입주한 한국 섬유기업의 공장 증설을 돕기 위해 3억 위안 규모의 기금을 조성했다고 25일 밝혔다.",
              "대구에 본사를 둔 한 섬유업체는 다롄 공장에 200억원을 추가로 투자해 생산 라인 6개를 늘린다.",
              "다롄시에 따르면 진푸신구에 입주한 한국 기업은 현재 140곳으로, 이 중 섬유·의류 업체가 35곳이다.",
              '이 업체 관계자는 "현지 인건비가 5년 전보다 40% 올랐지만, 물류비가 싸 증설을 결정했다"고 말했다.'],
        furniture=["코스피", "코스닥", "상해종합", "원/달러", "원/위안", "-3℃", "최종편집", "로그인", "관련기사",
                   "500곳 시대", "☞", "[단독]", "2곳 폐쇄", "jihoo@", "※", "A12면", "저작권자", "#다롄",
                   "실시간 인기", "지하철 5호선", "창춘", "등록번호", "문지후", "가상통신", "한 섬유공장",
                   "카카오스토리", "053-000-0000"],
        places=["辽宁省", "大连市", "金普新区"],
        false_places=["上海市", "北京市", "沈阳市", "长春市"],
        facts=[("3억 위안", 300000000, "CNY"), ("200억원", 20000000000, "KRW"), ("6개", 6, "개"),
               ("140곳", 140, "곳"), ("35곳", 35, "곳"), ("40%", 40, "percent", "increase")],
        false_facts=[(2, "곳"), (1800, "명"), (500, "곳"), ("1.2", "percent"), ("0.52", "percent"),
                     ("0.31", "percent"), (-3, "celsius"), (4, "celsius"), (11, "percent"), (300000000, "USD")],
    ),
    "bukbang-sinmun/view-5512.html": dict(
        encoding="cp949",
        title=("선양 한국 교민 4만명 넘어…서탑 상권 매출 회복",),
        date="2025-11-27",
        body=["랴오닝성 선양시에 사는 한국 교민은 4만 2천명으로 집계됐다.",
              "서탑 거리의 한식당과 상점 매출은 올해 3분기 지난해보다 15% 늘었다.",
              "선양 한인회는 교민 자녀를 위한 한글학교 2곳을 새로 열었다."],
        furniture=["북방신문 |", "뉴스 | 교민", "김하람", "허핑구", "Copyright", "기사입력"],
        places=["辽宁省", "沈阳市"],
        false_places=["和平区"],
        facts=[("4만 2천명", 42000, "명"), ("15%", 15, "percent", "increase"), ("2곳", 2, "곳")],
        false_facts=[],
    ),
    "hyangto-news/news_881.htm": dict(
        encoding="cp949",
        title=("창춘 자동차 부품 수출 3억 달러…1년 새 18% 증가",),
        date="2025-11-10",
        body=["지린성 창춘시의 올해 1~10월 자동차 부품 수출액은 3억 달러로 집계됐다.",
              "지난해 같은 기간보다 18% 늘어난 규모다.",
              "창춘 자동차산업개발구에는 부품 기업 620개가 모여 있다."],
        furniture=["중국어 회화", "첫 달 무료", "이서준", "Copyright", "향토뉴스 |", "| 지역 | 경제"],
        places=["吉林省", "长春市"],
        false_places=[],
        facts=[("3억 달러", 300000000, "USD"), ("18%", 18, "percent"), ("620개", 620, "개")],
        false_facts=[],
    ),
    "hwabuk-daily/news-20251126-0850.html": dict(
        title=("상하이 린강신구 외자 30% 늘어 반도체·바이오 기업 몰려", "상하이 린강신구 외자 30% 늘어"),
        date="2025-11-26",
        body=["상하이 린강신구 외자 30% 늘어",
              "상하이시 린강신구의 올해 1~10월 실제 외자 이용액은 42억 달러로 지난해 같은 기간보다 30% 늘었다.",
              "신구 면적은 873km2로, 이 가운데 산업 용지는 120km2다.",
              "린강신구의 GDP 성장률은 지난해 12.1%→올해 9.6%로 낮아졌다.",
              "외자 증가율", "15.2%",
              "관리위원회는 신구에 입주한 반도체 기업이 320곳",
              "다만 한국으로의 수출 증가율은 △3.2%에 그쳤다."],
        furniture=["이 기사가 유익했나요", "추천 9", "조회 1,204", "3시간 전", "ngm@", "ⓒ 화북데일리",
                   "많이 본 기사", "베이징 집값", "톈진 신차", "영등포구", "구독"],
        places=["上海市", "临港新片区"],
        false_places=["北京市", "天津市"],
        facts=[("42억 달러", 4200000000, "USD"), ("30%", 30, "percent", "increase"), ("873km2", 873, "km2"),
               ("120km2", 120, "km2"), ("12.1%", "12.1", "percent", ""), ("9.6%", "9.6", "percent", ""),
               ("320곳", 320, "곳"), ("△3.2%", "-3.2", "percent")],
        false_facts=[(20, "percent"), (80000, "대"), (1204, "")],
    ),
    "hanin-town/bbs-view-40218.html": dict(
        title=("홍췐루 한인 상가 임대료 또 올라",),
        date="2025-11-21",
        body=["상하이 민항구 홍췐루 한인 상가의 평균 월 임대료가 올해 ㎡당 420원으로 작년보다 8% 올랐다.",
              '한식당을 운영하는 김모씨는 "가게 월세만 한 달에 3만 8천원을 낸다"고 말했다.',
              "상하이 한국상회에 따르면 홍췐루 일대 한인 점포는 약 600곳이다.",
              "상회는 임대료 부담을 줄이기 위해 민항구 정부와 협의를 이어가기로 했다."],
        furniture=["로그인", "회원가입", "구인구직", "중고장터", "오늘의 환율", "191.2원", "12℃", "조회 2,318회",
                   "댓글 5건", "추천 14", "비추천", "이전글", "국제학교 설명회", "축구대회", "댓글목록", "구베이아빠",
                   "4만원 넘었어요", "9,000원", "15평", "주방 보조", "시급 80원", "虹泉路", "wechat", "Copyright"],
        places=["上海市", "闵行区"],
        false_places=[],
        facts=[("420원", 420, "CNY"), ("8%", 8, "percent", "increase"), ("3만 8천원", 38000, "CNY"),
               ("600곳", 600, "곳")],
        false_facts=[(2318, "회"), (5, "건"), (14, ""), (9000, "KRW"), (9000, "CNY"), (15, "pyeong"),
                     (20000, "KRW"), (6000, "CNY"), (80, "CNY"), (24, "개"), ("191.2", "KRW"), (12, "celsius")],
    ),
    "region-brief/brief-2025-09-p7.txt": dict(
        title=("광둥성 제조업 재편", ""),
        date="",
        body=["광둥성의 2024년 제조업 부가가치는 전년보다 4.1% 늘어난 4조 6,210억 위안으로 전국 1위를 지켰다.",
              "성 정부는 2027년까지 첨단 제조업 투자를 연평균 8% 늘리고, 선전과 광저우에 반도체 공장 12곳을 새로 짓는 계획을 내놓았다.",
              "같은 기간 주장삼각주 9개 도시의 제조업 종사자는 약 2,310만 명으로, 이 가운데 선전시가 차지하는 비중은 21.4%이다.",
              "전기차와 배터리 수출은 각각 35.2%와 18.9% 늘었다.",
              "둥관시의 가공무역 기업 수는 2015년 1만 2천 곳에서 2024년 6천 곳으로 줄었다.",
              "성 정부는 포산과 둥관의 낡은 공단 30곳을 정비하는 데 모두 1,200억 위안을 쓸 계획이다."],
        joins=["4조 6,210억 위안으로 전국 1위를 지켰다.", "수출액은 5조 4,400억 위안으로 2.8% 감소했지만"],
        furniture=["중국지역 브리프 2025-09", "- 7 -", "- 8 -"],
        places=["广东省", "深圳市", "广州市", "东莞市", "佛山市"],
        false_places=[],
        facts=[("4.1%", "4.1", "percent", "increase"), ("4조 6,210억 위안", 4621000000000, "CNY"),
               ("2,310만 명", 23100000, "명"), ("21.4%", "21.4", "percent"),
               ("5조 4,400억 위안", 5440000000000, "CNY"), ("2.8%", "2.8", "percent", "decrease"),
               ("1,200억 위안", 120000000000, "CNY")],
        false_facts=[(4400, ""), (440000000000, "CNY")],
    ),
    "daum-like-portal/article-20251030.html": dict(
        title=("상하이 3분기 누적 GDP 5.2% 성장…소비 회복 더뎌",),
        date="2025-10-30",
        body=["상하이시의 올해 3분기 누적 지역내총생산(GDP)은 3조 8,520억 위안으로 지난해 같은 기간보다 5.2% 늘었다.",
              "같은 기간 소매판매액은 1조 2,870억 위안으로 1.8% 늘어나는 데 그쳤다.",
              "상하이에 등록된 외자 기업은 7만 1,200곳으로 집계됐다.",
              '시 통계국은 "4분기에는 수출 증가율이 다소 둔화할 것"이라고 전망했다.'],
        furniture=["본문 바로가기", "구독자", "기사원문", "본문 듣기", "요약봇", "자동요약", "3.9조", "5% 넘게",
                   "1.3조", "7만곳", "본문 보기를 권장", "3조 9천억", "5.5%", "1조 3천억", "자료사진", "루자쭈이",
                   "기사 본문 끝", "sky@", "Copyright", "기자 구독", "응원수", "기사 공유", "https://", "추천합니다",
                   "쏠쏠정보", "분석탁월", "랭킹 뉴스", "집계한 결과", "아시안게임", "선전 집값", "최저임금",
                   "책임은 언론사"],
        places=["上海市"],
        false_places=["杭州市", "北京市", "深圳市", "陆家嘴金融贸易区"],
        facts=[("3조 8,520억 위안", 3852000000000, "CNY"), ("5.2%", "5.2", "percent", "increase"),
               ("1조 2,870억 위안", 1287000000000, "CNY"), ("1.8%", "1.8", "percent", "increase"),
               ("7만 1,200곳", 71200, "곳")],
        false_facts=[(3900000000000, "CNY"), ("5.5", "percent"), (5, "percent"), (1300000000000, "CNY"),
                     (2, "percent"), (70000, "곳"), (40, "percent"), (9, "month"), (2540, "CNY")],
    ),
    "bitmap-news/articles-8831.html": dict(
        title=("광저우, 자율주행 로보택시 500대로 늘린다",),
        date="2025-11-26",
        body=["광둥성 광저우시가 자율주행 로보택시 운행 대수를 내년까지 500대로 늘린다고 26일 밝혔다.",
              "운행 구역은 난사구와 황푸구를 포함해 1,200㎢로 넓어진다.",
              "시 교통운수국이 밝힌 주요 내용은 다음과 같다.", "운행 차량 500대 (현재 320대)",
              "요금은 일반 택시의 80% 수준", "원격 관제센터 2곳 신설", "연도별 누적 이용 건수는 다음과 같다.",
              "업계는 광저우의 로보택시 누적 이용 건수가 올해 안에 150만 건을 넘을 것으로 본다."],
        joins=["2023 40만 건", "2024 95만 건"],
        furniture=["차유나 기자", "읽는 시간", "씁니다", "메일로 받아보세요", "무료 구독", "구독하기", "관련기사",
                   "보조금 1만 위안", "로보택시 사고", "많이 본 기사", "신공항", "모터쇼", "중국산 배터리",
                   "사업자등록번호", "__NEXT_DATA__", "우한", "로그인", "뉴스레터"],
        places=["广东省", "广州市", "南沙区", "黄埔区"],
        false_places=["深圳市", "成都市", "北京市", "武汉市"],
        facts=[("500대", 500, "대"), ("1,200㎢", 1200, "km2"), ("320대", 320, "대"), ("2곳", 2, "곳"),
               ("40만 건", 400000, "건"), ("95만 건", 950000, "건"), ("150만 건", 1500000, "건")],
        false_facts=[(2023400000, "건"), (2024950000, "건"), (10000, "CNY"), (3, "건"), (30000000000, "CNY"),
                     (130000000000, "CNY"), (50000, "명"), (250000, "명"), (12, "percent"), (312, "percent")],
    ),
    "hanjung-2002/news_read_1189.html": dict(
        encoding="cp949",
        title=("칭다오, 한국기업 투자 2천개 돌파",),
        date="2002-09-03",
        body=["칭다오, 한국기업 투자 2천개 돌파",
              "산동성 칭다오시에 투자한 한국 기업이 2천개를 넘어섰다고 칭다오시 대외경제무역위원회가 2일 밝혔다.",
              "올해 8월 말까지 한국 기업의 누적 투자 계약액은 38억 7천만달러로, 이 가운데 실제 투자액은 19억 5천만달러다.",
              "올해 들어서만 새로 들어온 한국 기업이 412개로 지난해 같은 기간보다 31.5% 늘었다.",
              "칭다오 시내 청양구와 자오저우시에 입주한 한국 기업이 전체의 60%를 넘는다.",
              "업종별로는 봉제와 전자, 장신구 업체가 많다."],
        joins=["입주한 한국 기업이 전체의", "업종별로는 봉제와 전자"],
        furniture=["HOME | 뉴스", "자료실", "편집부", "자료제공", "Copyright", "webmaster@"],
        places=["山东省", "青岛市", "城阳区", "胶州市"],
        false_places=[],
        facts=[("2천개", 2000, "개"), ("38억 7천만달러", 3870000000, "USD"), ("19억 5천만달러", 1950000000, "USD"),
               ("412개", 412, "개"), ("31.5%", "31.5", "percent", "increase"), ("60%", 60, "percent")],
        false_facts=[(70000000, "USD"), (50000000, "USD"), (3800000000, "USD"), (1900000000, "USD")],
    ),
    "heilong-gb/20250120.html": dict(
        encoding="gb18030",
        title=("할빈 빙설관광 수입 3억딸라 넘어",),
        date="2025-01-20",
        body=["올해 들어 할빈시의 빙설관광 수입은 21억 6천만원에 달해 동기대비 16.8프로 늘었다.",
              "딸라로 환산하면 약 3억딸라이다.", "빙설대세계를 찾은 관광객은 연인원 270만명이다."],
        furniture=["首页", "발표시간", "责任编辑", "李华", "ICP"],
        places=["哈尔滨市"],
        false_places=[],
        facts=[("21억 6천만원", 2160000000, "CNY"), ("16.8프로", "16.8", "percent", "increase"),
               ("3억딸라", 300000000, "USD"), ("270만명", 2700000, "명")],
        false_facts=[],
    ),
    "webvault-copy/view-4411.html": dict(
        encoding="cp949",
        title=("선양 서탑 코리아타운 조성 사업 본격화",),
        date="2003-08-14",
        body=["랴오닝성 선양시가 서탑 일대에 코리아타운을 조성하는 사업을 본격화했다.",
              "시는 서탑 거리 1.2㎞ 구간을 정비하는 데 모두 2억 위안을 들여 2005년까지 공사를 마칠 계획이다.",
              "서탑에는 현재 한국인과 조선족이 운영하는 상점 600여 곳이 모여 있다.",
              "선양 주재 한국 총영사관은 선양에 사는 한국인이 약 1만 5천명이라고 밝혔다."],
        furniture=["WebVault", "captures", "14 Mar 2003", "AUG", "About this capture", "COLLECTED BY",
                   "TIMESTAMPS", "오늘의 환율", "1,185원", "홈 | 정치", "윤재석", "[목록]", "[인쇄]", "Copyright",
                   "ARCHIVED"],
        places=["辽宁省", "沈阳市"],
        false_places=[],
        facts=[("1.2㎞", "1.2", "km"), ("2억 위안", 200000000, "CNY"), ("600여 곳", 600, "곳"),
               ("1만 5천명", 15000, "명")],
        false_facts=[(348, ""), (1185, "KRW"), (1, "USD")],
    ),
    "copied-text/portal-copy-2025-11-24.txt": dict(
        title=('칭다오 한국기업 철수 1년 새 120곳…"인건비·규제 부담"',),
        date="2025-11-24",
        body=["산둥성 칭다오에 진출한 한국 기업 가운데 지난 1년 동안 철수하거나 청산한 곳이 120곳으로 집계됐다.",
              "칭다오 한국상회는 24일 회원사 1,830곳 가운데 120곳이 올해 10월까지 현지 법인을 정리했다고 밝혔다.",
              "철수 기업의 70%는 봉제와 신발, 전자부품 조립 업체였다.",
              '상회 관계자는 "현지 최저임금이 5년 새 35% 올랐고, 환경 규제로 공장 이전 비용만 수억 원이 든다"고 말했다.',
              "다만 칭다오시 라오산구의 바이오 단지에는 올해 한국 기업 14곳이 새로 들어왔다."],
        furniture=["본문 바로가기", "언론사별", "알고리즘 안내", "기사원문", "양서진", "본문 요약봇", "글자 크기",
                   "Copyright", "좋아요", "훈훈해요", "슬퍼요", "화나요", "후속기사", "언론사홈", "기자 프로필",
                   "구독자", "응원수", "웨이하이", "옌타이", "랭킹 뉴스", "집계한 결과", "디즈니", "톈진항",
                   "쏠쏠정보", "nami****", "30명이었음", "인건비 10%", "공감 210", "댓글 더보기"],
        places=["山东省", "青岛市", "崂山区"],
        false_places=["威海市", "烟台市", "上海市", "深圳市", "天津市"],
        facts=[("120곳", 120, "곳"), ("1,830곳", 1830, "곳"), ("70%", 70, "percent"),
               # `5년 새 35% 올랐고`: the window of a change, no fact (docs/contract.md, durations)
               ("35%", 35, "percent", "increase"), ("14곳", 14, "곳")],
        false_facts=[(40, "percent"), (2, "곳"), (15, "percent"), (3, "곳"), (230000000, "t"), (30, "명"),
                     (10, "percent"), (3112, ""), (870, ""), (210, "")],
    ),
    "seoul-gasang/society-20251120.html": dict(
        title=("연변 조선족 10년 새 20% 줄어…국내 체류 동포 65만명",),
        date="2025-11-20",
        body=["중국 연변조선족자치주의 조선족 인구가 10년 새 20% 넘게 줄었다고 현지 조선어 신문인 연변일보가 19일 보도했다.",
              "연변일보에 따르면 주 내 조선족은 59만명으로, 상당수가 한국으로 이주했다.",
              "법무부에 따르면 국내 체류 조선족 동포는 약 65만명이며, 이들의 월평균 소득은 280만원 수준이다.",
              "정부는 동포 정착 지원 예산으로 올해 120억원을 편성했다.",
              "서울 구로구와 경기 안산시의 동포 밀집 지역에는 한국어 교실 40곳이 운영되고 있다."],
        furniture=["본문으로 이동", "정민호", "minho@", "ⓒ", "많이 본 뉴스", "아파트 거래", "고용허가", "종로구",
                   "사회 · 다문화"],
        places=["延边朝鲜族自治州"],
        false_places=["鞍山市", "北京市"],
        facts=[("20%", 20, "percent", "decrease"), ("59만명", 590000, "명"), ("65만명", 650000, "명"),
               ("280만원", 2800000, "KRW"), ("120억원", 12000000000, "KRW"), ("40곳", 40, "곳")],
        false_facts=[(12, "percent"), (160000, "명"), (12000000000, "CNY")],
    ),
    "trade-dalian/news-2025-11-03.html": dict(
        title=("랴오닝성 배터리 소재 시장 동향",),
        date="2025-11-03",
        body=["랴오닝성 배터리 소재 시장은 2024년 320억 위안 규모로, 전년보다 14.5% 커졌다.",
              "다롄과 잉커우에 양극재·전해액 공장 27곳이 모여 있다.",
              "한국 소재 기업 A사는 다롄 공장에 1,500억원을 투자해 2026년부터 양극재 연 5만t을 생산한다.",
              "국내 업체의 대중국 양극재 수출은 2024년 2조 3천억원으로 전년보다 9% 줄었다.",
              "다롄무역관은 현지 완성차 업체의 소재 국산화 요구가 커지고 있어 합작 생산을 검토할 필요가 있다고 조언했다."],
        furniture=["본문 바로가기", "작성자", "자료원", "gov.cn", "첨부파일", ".pdf", "공식 의견", "이전글", "옥수수",
                   "대러 교역", "서초구", "HOME"],
        places=["辽宁省", "大连市", "营口市"],
        false_places=["吉林省", "黑龙江省"],
        facts=[("320억 위안", 32000000000, "CNY"), ("27곳", 27, "곳"), ("1,500억원", 150000000000, "KRW"),
               ("5만t", 50000, "t"), ("2조 3천억원", 2300000000000, "KRW"), ("9%", 9, "percent", "decrease")],
        false_facts=[(150000000000, "CNY"), (2300000000000, "CNY"), (12, "percent"), (32000000000, "USD")],
    ),
    "honam-maeil/articleView-77310.html": dict(
        title=("광주 기업들, 광둥성 포산에 공동 물류창고",),
        date="2025-11-26",
        body=["광주광역시의 중소기업 12곳이 중국 광둥성 포산시에 공동 물류창고를 마련했다.",
              "창고는 연면적 1만 8천㎡ 규모로, 참여 기업들은 모두 45억원을 나눠 냈다.",
              "이들은 연간 물동량 3만t을 목표로 광저우와 선전의 온라인 쇼핑몰에 납품할 계획이다.",
              "광주시는 물류비의 30%를 2년간 지원한다."],
        furniture=["로그인", "전체메뉴", "오유진", "기사수정", "기사등록", "댓글 0", "저작권자", "URL복사", "관련기사",
                   "직항", "물류비 부담", "등록번호", "yujin@"],
        places=["广东省", "佛山市", "广州市", "深圳市"],
        false_places=["@광주", "@광주광역시", "@광주시"],
        facts=[("12곳", 12, "곳"), ("1만 8천㎡", 18000, "m2"), ("45억원", 4500000000, "KRW"), ("3만t", 30000, "t"),
               ("30%", 30, "percent"), ("2년간", 2, "year")],
        false_facts=[(7, "회"), (60, "percent"), (4500000000, "CNY")],
    ),
    "gyeongin-biz/news-88120.html": dict(
        title=("인천항-톈진항 카페리 화물 2년 새 35% 늘어",),
        date="2025-11-26",
        body=["인천항과 중국 톈진항을 오가는 카페리의 화물 처리량이 2년 새 35% 늘었다.",
              "인천항만공사는 올해 1~10월 카페리 화물이 8만 6천TEU로 집계됐다고 26일 밝혔다.",
              "톈진 빈하이신구의 전자상거래 업체들이 한국산 화장품과 식품을 들여가면서 물량이 늘었다.",
              "항만공사는 내년 카페리 항로 마케팅에 5억원을 쓸 계획이다."],
        furniture=["경인비즈 홈", "기사제보", "한서준", "기사수정", "저작권자", "다른기사", "등록일"],
        places=["天津市", "滨海新区"],
        false_places=[],
        facts=[("35%", 35, "percent", "increase"), ("8만 6천TEU", 86000, "TEU"), ("5억원", 500000000, "KRW")],
        false_facts=[],
    ),
}

# ---- what fails today: (page, class) -> what came out, and what should have ----------------------

XFAIL: dict[tuple[str, str], str] = {
    ("gyeore-amp/amp-20251118.html", "furniture"):
        "the <amp-ad> fallback `광고 영역` and the photo caption `선전항 다찬만 부두에서 전기차가 선적을 "
        "기다리고 있다.` (a <p class=caption> under an <amp-img>, credit cut off) stay in the clean text; "
        "figure captions are furniture",
    ("ddol-blog/PostView-223411.html", "furniture"):
        "the blog's place card under the post (`하얼빈 빙설대세계 哈尔滨冰雪大世界`, `중국 헤이룽장성 하얼빈시 "
        "쑹베이구 태양도로`: the map widget's name and address) stays in the clean text",
    ("ddol-blog/PostView-223411.html", "false_places"):
        "the map widget's address gives 쑹베이구 → 松北区, a place the post never names",
    ("seobu-institute/report-2025-07.txt", "furniture"):
        "the cover's series line `중국지역연구 시리즈 2025-07`, `공동연구자 서도현·문가영` and the running header "
        "`중국지역연구 2025-07 서부대개발 25년과 청위 경제권` (twice, over each page) stay",
    ("briefing-mail/newsletter-212.html", "furniture"):
        "the back-issue line `제211호 충칭 전기차 40만대 외 · 제210호 선전 GDP 3.6조 위안 외` (its heading `지난 호 "
        "보기` goes) and the unsubscribe line `수신을 원하지 않으시면 수신거부를 클릭하세요. If you don't want "
        "…` stay",
    ("briefing-mail/newsletter-212.html", "false_places"):
        "the kept back-issue line gives 충칭 → 重庆市 and 선전 → 深圳市 (match `document`)",
    ("briefing-mail/newsletter-212.html", "false_facts"):
        "the kept back-issue line gives facts 40만대 (400000 대) and 3.6조 위안 (3600000000000 CNY), figures of "
        "other issues",
    ("feed-archive/region-77120.html", "furniture"):
        "the entry's escaped HTML is kept as text: `<p>산시성 …</p><p>…</p>` with its tags in the clean text, "
        "the <published>/<updated> stamps stay as lines, and the byline `대륙통신 강민재 기자` stays",
    ("feed-archive/region-77120.html", "false_facts"):
        "the <summary> repeats the <content>'s lead, so 260억 위안 is a fact three times (headline, summary, "
        "content); expected twice (headline and body)",
    ("yeonhae-news/view.php-1122.html", "joins"):
        "a no-break space inside a name (`상\\u00a0하이`) becomes a space: the clean text reads `상 하이와 톈진으로`",
    ("yeonhae-news/view.php-1122.html", "places"):
        "`상\\u00a0하이` (NBSP inside the name) gives no 上海市 row; the zero-width space in `톈\\u200b진` is handled",
    ("dalgubeol-ilbo/article-330918.html", "furniture"):
        "the inline related-article link `☞ [단독] 선양 한국 공장 2곳 폐쇄…근로자 1,800명 실직` and the photo caption "
        "`랴오닝성 다롄시 진푸신구의 한 섬유공장.` (its credit `/가상통신` cut off) stay; the `▶ 관련기사 :` line goes",
    ("dalgubeol-ilbo/article-330918.html", "false_places"):
        "the kept `☞ [단독] 선양 한국 공장 2곳 폐쇄…` link gives 선양 → 沈阳市 (match `document`), a city the "
        "article does not name",
    ("dalgubeol-ilbo/article-330918.html", "false_facts"):
        "the kept `☞ [단독] …` link gives facts 2곳 and 1,800명 of another article",
    ("hwabuk-daily/news-20251126-0850.html", "furniture"):
        "the feedback prompt `이 기사가 유익했나요?` (its button `추천 9` goes) stays at the end of the text",
    ("hanin-town/bbs-view-40218.html", "date"):
        "the board stamp `25-11-21 10:05` in the post's info line (with 조회 and 댓글 counters, no label) gives "
        "no date; expected 2025-11-21",
    ("hanin-town/bbs-view-40218.html", "furniture"):
        "the post's info line `상하이한인타운 조회 2,318회 댓글 5건 25-11-21 10:05` stays under the headline",
    ("hanin-town/bbs-view-40218.html", "false_facts"):
        "the kept info line gives facts 2,318회 (views) and 5건 (comments)",
    ("region-brief/brief-2025-09-p7.txt", "title"):
        "the title is the first body line, a sentence cut by the wrap (`광둥성의 2024년 제조업 부가가치는 … "
        "4조 6,210억 위안으로`), because the page opens with the running header",
    ("region-brief/brief-2025-09-p7.txt", "joins"):
        "the first sentence is split after its first wrapped line (`…위안으로` / `전국 1위를 지켰다.` become two "
        "paragraphs), and `수출` / `액은 5조 4,400억` + page number + running header + `위안으로 2.8% 감소` is "
        "not joined across the page break: `수출 액은 5조 4,400억` then the header line then `위안으로 …`",
    ("region-brief/brief-2025-09-p7.txt", "furniture"):
        "the running header `가상지역연구원 중국지역 브리프 2025-09 광둥성 제조업 재편` on the second page stays "
        "(between the two halves of a number)",
    ("region-brief/brief-2025-09-p7.txt", "facts"):
        "`5조 4,400억 위안` broken across a page break (page number and running header between `4,400억` and "
        "`위안으로`) gives no fact; expected 5440000000000 CNY",
    ("daum-like-portal/article-20251030.html", "false_facts"):
        "conflicting figures beside the true ones, no sign: the portal's 요약봇 box above the article (rounded: 3.9조 위안, "
        "5%, 1.3조 위안, 2%, 7만곳) gives facts; a [[section]] heading acts only below the article's first sentence and "
        "the box stands above it (the display:none draft and the share <textarea> go since html11)",
    ("daum-like-portal/article-20251030.html", "furniture"):
        "kept: the 요약봇 box's heading and items (above the article; its notice goes since round 11), the photo caption "
        "and the reaction bar `쏠쏠정보 4 흥미진진 2 …` (the ranking list, the screen-reader span and the reporter box go)",
    ("daum-like-portal/article-20251030.html", "false_places"):
        "the kept photo caption `상하이 루자쭈이 금융가` gives 陆家嘴金融贸易区 (the ranking list goes since round 11's "
        "`랭킹 뉴스` heading)",
    ("bitmap-news/articles-8831.html", "furniture"):
        "kept: the byline line `차유나 기자25.11.26 09:12읽는 시간 3분`, the author box (`차유나`, `모빌리티와 중국 "
        "테크를 씁니다.`) and the newsletter prompt `매주 화요일, 중국 테크 소식을 메일로 받아보세요.`",
    ("hanjung-2002/news_read_1189.html", "body"):
        "a 2002 page in EUC-KR whose body is hard-wrapped with <br> at a fixed width (pasted newspaper text, "
        "`…2천<br>개를 넘어섰다…`): the headline and the whole first paragraph (8 lines, every figure but one) "
        "are dropped; only the second paragraph stays, still wrapped",
    ("hanjung-2002/news_read_1189.html", "title"):
        "title is a wrapped body line, `칭다오 시내 청양구와 자오저우시에 입주한 한국`; the headline is the bold "
        "<font> line `칭다오, 한국기업 투자 2천개 돌파`",
    ("hanjung-2002/news_read_1189.html", "joins"):
        "<br>-wrapped lines in HTML are not unwrapped as hard-wrapped plain text is: `…입주한 한국` / `기업이 전체의…` "
        "and `봉` / `제와 전자` stay broken lines",
    ("hanjung-2002/news_read_1189.html", "facts"):
        "with the first paragraph dropped, 2천개, 38억 7천만달러, 19억 5천만달러, 412개 and 31.5% give no fact "
        "(only 60% comes out)",
    ("hanjung-2002/news_read_1189.html", "places"):
        "산동성 (山东省) is in the dropped first paragraph and gives no row",
    ("copied-text/portal-copy-2025-11-24.txt", "furniture"):
        "a portal page copied as text (select all): the reaction counters (`12`, `훈훈해요`, `0`, `슬퍼요`, `5`, "
        "`화나요`, `2`, `9`), `대륙경제신문 언론사홈 바로가기`, `응원수 870`, the outlet's two other headlines under "
        "the reporter box and the `대륙경제신문 랭킹 뉴스` heading with `오전 6시~7시까지 집계한 결과입니다.` stay",
    ("copied-text/portal-copy-2025-11-24.txt", "false_places"):
        "the outlet's other headlines kept under the reporter box give 웨이하이 威海市 and 옌타이 烟台市",
    ("copied-text/portal-copy-2025-11-24.txt", "false_facts"):
        "the outlet's other headlines give facts 40% (decrease, 웨이하이 관광객) and 2곳 (옌타이 공장)",
    ("trade-dalian/news-2025-11-03.html", "furniture"):
        "the source line `자료원: 랴오닝성 통계국(http://tjj.ln.gov.cn), 중국배터리산업협회, 다롄무역관 자료 종합` "
        "stays: with a web address in brackets the line is kept (the same line without the address goes)",
}






# ---- running the pages once --------------------------------------------------------------------

@pytest.fixture(scope="module")
def results():
    paths = [PAGES_DIR / name for name in PAGES]
    return {name: doc for name, doc in zip(PAGES, extract_files(paths))}


def _flat(text: str) -> str:
    return "".join(text.split())


def _num(value) -> Decimal:
    return Decimal(str(value))


def _doc(results, page):
    doc = results[page]
    assert not doc.error, doc.error
    return doc


def _check_title(doc, exp):
    assert doc.title in exp["title"], doc.title


def _check_date(doc, exp):
    assert doc.published == exp["date"], doc.published


def _check_body(doc, exp):
    clean = _flat(doc.clean)
    lost = [s for s in exp["body"] if _flat(s) not in clean]
    assert not lost, (lost, doc.clean)


def _check_furniture(doc, exp):
    kept = [s for s in exp["furniture"] if s in doc.clean]
    assert not kept, (kept, doc.clean)


def _check_places(doc, exp):
    found = {p.name_zh for p in doc.places}
    missing = [n for n in exp["places"] if n not in found]
    assert not missing, (missing, sorted(found))


def _check_false_places(doc, exp):
    bad = [p for p in doc.places for n in exp["false_places"]
           if p.name_zh == n or n == "@" + p.surface]
    assert not bad, [(p.surface, p.name_zh, p.match) for p in bad]


def _has_fact(doc, surface, value, unit, change=None) -> bool:
    return any(f.surface == surface and f.value == _num(value) and f.unit == unit
               and (change is None or f.change == change) for f in doc.facts)


def _check_facts(doc, exp):
    missing = [want for want in exp["facts"] if not _has_fact(doc, *want)]
    assert not missing, (missing, [(f.surface, str(f.value), f.unit, f.change) for f in doc.facts])


def _check_false_facts(doc, exp):
    bad = [f for f in doc.facts for value, unit in exp["false_facts"]
           if f.value == _num(value) and (f.unit == unit or unit == "")]
    for value, unit, most in exp.get("most", []):
        same = [f for f in doc.facts if f.value == _num(value) and f.unit == unit]
        if len(same) > most:
            bad += same
    assert not bad, [(f.surface, str(f.value), f.unit, f.sentence) for f in bad]


def _check_encoding(doc, exp):
    assert doc.encoding == exp["encoding"], doc.encoding


def _check_joins(doc, exp):
    missing = [s for s in exp["joins"] if s not in doc.clean]
    assert not missing, (missing, doc.clean)


CHECKS = {"title": _check_title, "date": _check_date, "body": _check_body, "furniture": _check_furniture,
          "places": _check_places, "false_places": _check_false_places, "facts": _check_facts,
          "false_facts": _check_false_facts, "encoding": _check_encoding, "joins": _check_joins}


def _cases():
    for page, exp in PAGES.items():
        for cls in CHECKS:
            if cls not in exp or (cls.startswith("false_") and not exp[cls] and not exp.get("most")):
                continue
            reason = XFAIL.get((page, cls))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(page, cls, id=f"{page.split('/')[0]}-{cls}", marks=marks)


def test_every_reported_failure_names_a_case():
    """A reason in XFAIL that names no page or class would mark nothing: keep the table honest."""
    cases = {(page, cls) for page, exp in PAGES.items() for cls in CHECKS if cls in exp}
    assert set(XFAIL) <= cases, set(XFAIL) - cases


@pytest.mark.parametrize(("page", "cls"), list(_cases()))
def test_realpage(results, page, cls):
    exp = PAGES[page]
    if cls == "encoding":
        doc = results[page]
        assert not doc.error, doc.error
        CHECKS[cls](doc, exp)
        return
    CHECKS[cls](_doc(results, page), exp)


def test_a_feed_saved_as_a_page_prints_no_python_warning():
    import warnings
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        extract_files([PAGES_DIR / "feed-archive/region-77120.html"])
    assert not [w for w in caught if "XMLParsedAsHTML" in type(w.message).__name__], \
        [str(w.message)[:80] for w in caught]
