"""Set phrases and meaning pairs read from the words around them (plain patterns, no Kiwi).

* -든 of indifference in a verb and its own negation (보든 안 보든, 하든 못 하든): the -던 of
  a past memory never pairs a verb with its negation.
* 게재 (publishing) where what is printed or where it is printed is named (기사가 게재되다,
  학술지에 게재하다); 개재 (lying between) stays elsewhere (이해관계가 개재되다).
* 쉴 새 없이, 눈코 뜰 새 없이: 새 (a moment) is a noun between the modifier and 없이.
* 비 오다, 눈 내리다: the weather noun and its verb are two words (비 오듯, 눈 내린 날); 장비와,
  비올라 are other words.
* 주눅 들다, 감기 들다, 버릇 들다, 습관 들다: the noun and 들다 are two words (잠들다, 정들다,
  철들다, 힘들다, 멍들다 are one word each and are not listed).
* 단위 is a noun of its own after what it measures by (가족 단위, 팀 단위, 월 단위).
* 국 (soup) in a dish's name is never tensed: 해장꾹, 미역꾹 are 해장국, 미역국.
* 맞히다 of a guess: what or who something is (뭐가 문제인지 맞히다, 누구인지 맞혔다);
  맞추다 stays where things are fitted or compared.
* 밖에 after a count or a pronoun before a negative is the particle (하나밖에 없다, 두 명밖에
  안 왔다, 저희밖에 모른다); 건물 밖에 (outside) has no count before it and stays.
* 되어 있다 shortened is 돼 있다 (되있다 is always wrong), and 되어 버리다 is 돼 버리다.
"""

from __future__ import annotations

import re

from prep.coach.spelling_hits import Hit

SRC_DICT = "표준국어대사전"
SRC_DEUN = "한글 맞춤법 제56항 (지난 일 '-던', 선택 '-든')"
SRC_DEP = "한글 맞춤법 제42항 (의존 명사는 띄어 씀)"
SRC_DWAE = "한글 맞춤법 제35항 붙임 2 ('되어'의 준말은 '돼')"

_DEON_NEG = re.compile(r"(?<![가-힣])([가-힣]{0,3}[가-힣])(던) (?:안|못) ?\1(던)(?=[\s,]|지)")
_PRINTED = (
    r"(?:기사|논문|글|칼럼|광고|공고|사진|인터뷰|보도 ?자료|후기|작품|수필|시|소식|사설|기고문|"
    r"연재물|만화|홍보물|모집 공고|채용 공고|공지)"
)
_PRINTED_IN = (
    r"(?:신문|잡지|학술지|저널|누리집|홈페이지|게시판|사보|소식지|뉴스레터|블로그|지면|웹진|학회지|"
    r"교지|회보|일간지|주간지|월간지|사이트)"
)
_GAEJAE = re.compile(
    r"(?:"
    + _PRINTED
    + r"(?:이|가|을|를|은|는|도)? (?:[가-힣]+에 )?|"
    + _PRINTED_IN
    + r"에 (?:[가-힣]+(?:이|가|을|를) )?)(개재)"
)
_SAE_EOPSI = re.compile(r"(?<![가-힣])(눈코 ?뜰|숨 ?쉴|숨 ?돌릴|쉴|잘|쉬어 갈)( ?)새( ?)(?=없)")
_WEATHER = re.compile(
    r"(?<![가-힣])(비|눈)(?=오[는듯니며면고다던지자기]|온 |올 |왔|와서|와도|와야|"
    r"내리|내린|내릴|내려|내렸)"
)
_NOUN_DEULDA = re.compile(r"(?<![가-힣])(주눅|감기|버릇|습관)(?=들(?:[어었고지다면기며게]|ㄹ)|든 )")
_DANWI = re.compile(
    r"(?<![가-힣])(가족|팀|부서|개인|학급|학년|지역|마을|가구|세대|조|반|월|주|연|분기|건|"
    r"시간|과목|업체|기관)(단위)(?=[로의별에는가를이으]|\s)"
)
_GUK = re.compile(
    r"(?<![가-힣])(해장|된장|미역|김치|콩나물|북어|떡만두|떡|만두|소고기|쇠고기|"
    r"순댓|시래기|우거지|황태|감잣|어묵|갈비|곰|선지)(꾹)"
)
_GUESSED = re.compile(
    r"(?<![가-힣])(?:뭐|무엇|누구|누가|어디|어느 [가-힣]+)[가-힣]* (?:[가-힣]+ ){0,2}?[가-힣]*인지 "
    r"(?:정확히 |바로 |단번에 |금방 |곧바로 |모두 )?(맞추|맞춰|맞췄|맞춘|맞출)(?! ?보)"
)
_MACHI = {"맞추": "맞히", "맞춰": "맞혀", "맞췄": "맞혔", "맞춘": "맞힌", "맞출": "맞힐"}
_BAKKE = re.compile(
    r"(?<![가-힣])(?:하나|둘|셋|넷|조금|약간|이것|그것|이거|그거|나|저희|우리|\d+[가-힣]{0,2}|"
    r"(?:한|두|세|네|몇|다섯|여섯|열) [가-힣]{1,2})( )(밖에)"
    r"(?= (?:없|안 |못 |않|모르|남지|되지|걸리지|오지|하지))"
)
_DOEIT = re.compile(r"(?<![가-힣])(되)(있|버리|버렸|버린|버릴|버려)")


def hits(text: str) -> list[Hit]:
    out: list[Hit] = []
    if "던" in text:
        for m in _DEON_NEG.finditer(text):
            middle = text[m.end(2) : m.start(3)]
            out.append(Hit(m.start(2), m.end(3), "든" + middle + "든", "spelling",
                           "가리지 않음을 나타낼 때는 '-든'입니다. (보든 안 보든)",
                           "ctx.deun", SRC_DEUN))  # fmt: skip
    if "개재" in text:
        for m in _GAEJAE.finditer(text):
            out.append(Hit(m.start(1), m.end(1), "게재", "spelling",
                           "글이나 그림을 신문·잡지에 싣는 것은 '게재'입니다. ('개재'는 끼어 있음)",
                           "ctx.gejae", SRC_DICT))  # fmt: skip
    if "새" in text:
        for m in _SAE_EOPSI.finditer(text):
            if m.group(2) and m.group(3) and " " in m.group(1):
                continue
            head = m.group(1).replace(" ", "")
            for lead in ("눈코", "숨"):
                if head.startswith(lead) and len(head) > len(lead):
                    head = lead + " " + head[len(lead) :]
            out.append(Hit(m.start(1), m.end(3), head + " 새 ", "spacing",
                           "'새'(사이)는 명사라 띄어 씁니다. (쉴 새 없이, 눈코 뜰 새 없이)",
                           "ctx.sae-eopsi", SRC_DEP))  # fmt: skip
    for m in _WEATHER.finditer(text):
        out.append(Hit(m.start(1), m.end(1), m.group(1) + " ", "spacing",
                       "날씨의 '비·눈'과 뒤의 동사는 띄어 씁니다. (비 오듯, 눈 내린 날)",
                       "ctx.weather", SRC_DICT))  # fmt: skip
    for m in _NOUN_DEULDA.finditer(text):
        out.append(Hit(m.start(1), m.end(1), m.group(1) + " ", "spacing",
                       f"'{m.group(1)} 들다'는 두 낱말이라 띄어 씁니다. (주눅 들다, 감기 들다)",
                       "ctx.noun-deulda", SRC_DICT))  # fmt: skip
    if "단위" in text:
        for m in _DANWI.finditer(text):
            out.append(Hit(m.start(1), m.end(2), m.group(1) + " 단위", "spacing",
                           "'단위'는 명사라 앞말과 띄어 씁니다. (가족 단위, 월 단위)",
                           "ctx.danwi", SRC_DICT))  # fmt: skip
    if "꾹" in text:
        for m in _GUK.finditer(text):
            out.append(Hit(m.start(2), m.end(2), "국", "spelling",
                           "음식 이름의 '국'은 된소리로 적지 않습니다. (해장국, 미역국)",
                           "ctx.guk", SRC_DICT))  # fmt: skip
    if " 밖에" in text:
        for m in _BAKKE.finditer(text):
            out.append(Hit(m.start(1), m.end(1), "", "spacing",
                           "수량 뒤 부정과 함께 쓰는 '밖에'는 조사라 붙여 씁니다. (하나밖에 없다)",
                           "ctx.bakke", "한글 맞춤법 제41항 (조사는 앞말에 붙여 씀)"))  # fmt: skip
    if "인지" in text:
        for m in _GUESSED.finditer(text):
            out.append(Hit(m.start(1), m.end(1), _MACHI[m.group(1)], "spelling",
                           "무엇인지 알아내는 것은 '맞히다'입니다. ('맞추다'는 맞게 하거나 비교함)",
                           "ctx.machida-guess", SRC_DICT))  # fmt: skip
    if "되" in text:
        for m in _DOEIT.finditer(text):
            out.append(Hit(m.start(1), m.end(1), "돼 ", "spelling",
                           "'되어 있다'를 줄이면 '돼 있다'입니다. (되있다는 틀린 말)",
                           "ctx.dwae-itda", SRC_DWAE))  # fmt: skip
    return out
