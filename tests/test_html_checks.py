"""The page reader finds each kind of breakage a person would see, and passes sound markup."""

from tests.html_checks import page_problems


class TestPageProblems:
    def test_sound_markup_has_no_problems(self):
        html = (
            "<!doctype html><html><head><title>질문 은행 · 프렙</title></head><body>"
            "<form><label for='c'>기업</label><select id='c'><option value=''>전체"
            "<option value='1' selected>기관</select><textarea>글</textarea>"
            "<button type='submit'>찾기</button></form><ul><li>하나<li>둘</ul>"
            "<table><tr><th>가</th><td>나</td></tr></table><p>문단<p>다음</body></html>"
        )
        assert page_problems(html) == []

    def test_a_multi_line_template_comment_printed_as_text_is_found(self):
        html = "<form>{# Options are joined\n template per <option> made it slow. #}</form>"
        problems = page_problems(html)
        assert any("template syntax" in p for p in problems)
        assert any("<option> outside" in p for p in problems)

    def test_a_select_inside_an_option_is_found(self):
        html = "<select><option>하나<select><option>둘</option></select></option></select>"
        assert any("<select> nested inside <option>" in p for p in page_problems(html))

    def test_markup_inside_a_textarea_is_found(self):
        html = "<textarea>글<p>이 문단은 보이지 않습니다</p>"
        problems = page_problems(html)
        assert any("inside <textarea>" in p for p in problems)
        assert any("never closed" in p for p in problems)

    def test_text_directly_inside_a_select_is_found(self):
        assert any("inside <select>" in p for p in page_problems("<select>전체</select>"))

    def test_a_div_inside_a_table_row_is_found(self):
        assert any("moved out" in p for p in page_problems("<table><tr><div>x</div></tr></table>"))

    def test_variables_in_a_placeholder_are_found(self):
        assert page_problems("<input placeholder='{{ form.q.label }}'>")

    def test_a_comment_hiding_markup_is_found(self):
        assert page_problems("<!-- <select><option>1</option></select> -->")

    def test_template_syntax_inside_a_script_is_not_text(self):
        assert page_problems("<script>const a = {b: {c: 1}};</script>") == []

    def test_a_title_without_a_separator_is_found(self):
        assert page_problems("<title>한 곳에서 준비하세요프렙</title>")
        assert page_problems("<title>질문 은행 · 프렙</title>") == []

    def test_djangos_dashes_placeholder_is_found(self):
        assert page_problems("<select><option value=''>---------</option></select>")
