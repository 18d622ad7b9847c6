import re

import pytest
from django.core import mail
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_new_visitor_signs_up_logs_out_and_logs_back_in(page, live_url):
    page.goto(live_url + "/")
    page.get_by_role("link", name="무료로 시작하기").click()
    expect(page).to_have_url(re.compile(r"/accounts/signup/"))

    page.locator("#id_email").fill("newcomer@example.com")
    page.locator("#id_password1").fill("blue-river-stone-77")
    page.locator("#id_password2").fill("blue-river-stone-77")
    page.get_by_role("button", name="회원가입").click()

    # E-mail verification is mandatory (sign-up never reveals a registered address).
    expect(page.get_by_role("heading", name="이메일을 인증하세요")).to_be_visible()
    [message] = mail.outbox
    link = re.search(r"http://\S+/(accounts/confirm-email/\S+/)", message.body)[1]
    page.goto(live_url + "/" + link)
    page.locator("main").get_by_role("button").click()
    expect(page.get_by_role("button", name="로그아웃")).to_be_visible()

    page.get_by_role("button", name="로그아웃").click()
    expect(page.get_by_role("link", name="로그인")).to_be_visible()

    page.get_by_role("link", name="로그인").click()
    page.locator("#id_login").fill("newcomer@example.com")
    page.locator("#id_password").fill("blue-river-stone-77")
    page.get_by_role("button", name="로그인").click()
    expect(page.get_by_role("button", name="로그아웃")).to_be_visible()
