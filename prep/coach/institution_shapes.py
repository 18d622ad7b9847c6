"""Institution-shaped names the gazetteer lacks (서울교통공사, 한국지역정보개발원)."""

from __future__ import annotations

import re

# An institution the gazetteer lacks is mostly a local public enterprise (지방공기업: 서울교통공사,
# 부산환경공단, 경기주택도시공사), whose name starts with its region and ends in a kind of
# institution. Any other unknown name is left to the admins' list (an alias they add is
# searched from the next analysis).
_REGIONS = (
    "서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|충청북도|충청남도|전북|전남|"
    "전라북도|전라남도|경북|경남|경상북도|경상남도|제주|창원|수원|성남|고양|용인|김해|포항|천안"
)
# A national one the list lacks has the same shape after 한국, 국립 or 대한 (한국지역정보개발원).
_PREFIXES = f"{_REGIONS}|한국|국립|대한"
_KINDS = "공사|공단|진흥원|정보원|개발원|평가원|관리원|재단|위원회|공기업"
_INSTITUTION_SHAPE = re.compile(
    rf"(?<![가-힣A-Za-z])(?P<name>(?:{_PREFIXES})(?:특별시|광역시|특별자치시|특별자치도|도|시)?"
    rf"[가-힣]{{0,10}}(?:{_KINDS}))(?![가-힣])|"
    rf"(?<![가-힣A-Za-z])(?P<name2>(?:{_PREFIXES})(?:특별시|광역시|특별자치시|특별자치도|도|시)?"
    rf"[가-힣]{{0,10}}(?:{_KINDS}))(?=에서|에|의|은|는|이|가|을|를|와|과|으로|로|도|만|처럼)"
)
# Any city or district the region list lacks (김포, 송파구, 화성시) before the kinds of local
# enterprise every city has: 김포도시관리공사, 송파구시설관리공단, 화성도시공사. (시설공사 alone
# is construction work, so 시설 needs 관리 or 공단.)
_LOCAL_KINDS = (
    "도시관리공사|도시관리공단|시설관리공단|시설관리공사|시설공단|도시공사|도시개발공사|"
    "환경공단|교통공사|관광공사|주택도시공사|도시철도공사"
)
_LOCAL_SHAPE = re.compile(
    rf"(?<![가-힣A-Za-z])(?P<name>[가-힣]{{1,4}}(?:시|군|구)?(?:{_LOCAL_KINDS}))"
    r"(?=에서|에|의|은|는|이|가|을|를|와|과|으로|로|도|만|처럼|[^가-힣]|$)"
)
# A company of a business group the gazetteer lacks carries the group's Latin
# initials glued to its own name (CJ대한통운, GS리테일, LS전선). Only the groups'
# initials count: IT부서, AI기술 and PC방 are no companies. A particle may follow
# (CJ대한통운에); the initials alone before a particle (LG에서) or before a
# generic word (KT직원, SK계열사) are no new name.
_GROUP_INITIALS = "CJ|LG|SK|GS|LS|KT|HD|DL|HL|KB|NH|DB|KG|BGF|SPC|IBK|BNK|DGB|JB|HDC|OCI|KCC|SM"
_GROUP_SHAPE = re.compile(rf"(?<![A-Za-z0-9&가-힣])(?:{_GROUP_INITIALS})(?P<rest>[가-힣]{{2,10}})")
_PARTICLE_END = re.compile(
    r"(?:에서는|에서도|에서|에게|에는|에도|으로|로|에|의|은|는|이|가|을|를|와|과|도|만|처럼|까지|"
    r"부터|이나|이라는|라는)$"
)
_GENERIC_AFTER_INITIALS = frozenset(
    {
        *("직원", "사원", "인턴", "본사", "지사", "그룹"),
        *("계열사", "계열", "출신", "제품", "매장", "서비스"),
    }
)
_NOT_A_NAME = ("해당", "우리", "저희", "산하", "관련", "지역", "여러", "다른", "공공", "국가", "각")


def unlisted_names(text: str, known_names: set[str]) -> list[str]:
    """Institution-shaped names in `text` that none of `known_names` is or shortens."""
    found: dict[str, None] = {}
    matches = [*_INSTITUTION_SHAPE.finditer(text), *_LOCAL_SHAPE.finditer(text)]
    for match in matches:
        name = match.group(match.lastgroup)  # the one named group that matched
        if name in known_names or name.startswith(_NOT_A_NAME):
            continue
        if any(name.endswith(n) or n.endswith(name) for n in known_names if len(n) >= 4):
            continue  # 국민건강보험공단 vs 건강보험공단: a known one, maybe shortened
        found.setdefault(name)
    for match in _GROUP_SHAPE.finditer(text):
        rest = _PARTICLE_END.sub("", match.group("rest"))
        if len(rest) < 2 or rest in _GENERIC_AFTER_INITIALS:
            continue
        name = match.group()[: match.start("rest") - match.start()] + rest
        if name not in known_names:
            found.setdefault(name)
    return list(found)
