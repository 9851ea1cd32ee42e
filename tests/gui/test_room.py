"""The room as people use it: a real MainWindow on 127.0.0.1, Debian's Chromium driven by
Playwright as the phone, zbar reading the QR code off the screen, axe-core checking the page.
Every server is stopped at the end of its test."""

from __future__ import annotations

import http.client
import os
import tempfile
from pathlib import Path

import pytest

from kerneopgave_desktop.document import AddItems
from kerneopgave_desktop.domain.model import Dilemma
from kerneopgave_desktop.domain.rounds import Round
from kerneopgave_desktop.room.rules import PARKING
from tests.gui.helpers import saved
from tests.gui.room_tools import (
    CHROMIUM,
    CHROMIUM_FLAGS,
    Laptop,
    decode_qr,
    require_chromium,
    require_zbar,
)


@pytest.fixture
def room(window):
    window.document.apply(AddItems("b1", [Dilemma(id="dil", text="Tryghed eller frihed?",
                                                  pole_a="Tryghed", pole_b="Frihed",
                                                  x=0, y=900)]))
    url = window.room.open("127.0.0.1", 0)
    assert url is not None
    yield window, url
    window.room.close()


def refused(port: int) -> bool:
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        connection.request("GET", "/")
        connection.getresponse()
    except ConnectionRefusedError:
        return True
    return False


@pytest.mark.slow
def test_the_room_is_off_until_opened_and_stops_with_the_window(window, qtbot):
    assert not window.room.is_open and not window.room.action.isChecked()
    url = window.room.open("127.0.0.1", 0)
    port = window.room.server.port
    assert url.startswith(f"http://127.0.0.1:{port}/j/") and window.room.action.isChecked()
    assert window.room.panel.isVisible()
    window.room.close()
    assert refused(port) and window.room.panel is None
    window.room.open("127.0.0.1", 0)
    port = window.room.server.port
    window.close()
    assert refused(port)



@pytest.mark.parametrize("face_down, still_open", [(0, False), (2, True)])
def test_closing_the_room_asks_about_its_open_round(window, monkeypatch, face_down, still_open):
    """A round left open greets the next meeting's phones with its question: closing the room
    asks, closing the round by default, keeping it open where cards wait face down."""
    from PySide6.QtWidgets import QMessageBox

    from kerneopgave_desktop.document import AddSubmission
    from kerneopgave_desktop.domain.rounds import Submission

    asked = []

    def answer(box):  # Enter on the box: its default button
        asked.append(box.text())
        box.defaultButton().click()

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.room.open("127.0.0.1", 0)
    window.room.open_round(Round(id="r", board="b1", kind="note", hidden=True,
                                 prompt="Hvad tager I med?"))
    round_id = window.document.workshop.open_round().id
    for number in range(face_down):
        window.document.apply(AddSubmission(Submission(id=f"s{number}", round=round_id,
                                                       device=f"d{number}", text="…")))
    window.room.action.trigger()  # Møde › Deltag fra telefoner, again: close the room
    assert not window.room.is_open
    assert asked and "Hvad tager I med?" in asked[0]
    assert (window.document.workshop.open_round() is not None) == still_open
    assert (saved(window).open_round() is not None) == still_open

def test_the_qr_code_on_screen_decodes_to_the_printed_address(room, tmp_path):
    require_zbar()
    window, url = room
    shot = tmp_path / "qr.png"
    assert window.room.panel.qr.grab().save(str(shot))
    assert decode_qr(shot) == url
    window.meeting.start_presenting()  # the projector shows it too, large
    window.room.place_overlay()
    overlay = window.room.overlay
    assert overlay is not None and overlay.isVisible()
    assert overlay.qr.grab().save(str(shot))
    assert decode_qr(shot) == url
    window.meeting.presentation.close()


def test_a_hidden_round_shows_a_face_down_count_on_the_projector(room, qtbot):
    window, _ = room
    window.room.open_round(Round(id="n", board="n", kind="note", hidden=True))
    window.meeting.start_presenting()
    window.room.place_overlay()
    assert window.room.overlay.stack.isVisible()
    assert window.room.overlay.stack.count == 0
    window.meeting.presentation.close()


@pytest.mark.slow
def test_a_phone_writes_edits_withdraws_votes_takes_a_stance_and_sees_the_reveal(
        room, qtbot, tmp_path):
    require_chromium()
    from playwright.sync_api import expect, sync_playwright

    window, url = room
    assert window.room.open_round(Round(
        id="n", board="n", kind="contribution", prompt="Hvad bidrager jeres faggruppe med?",
        hidden=True, dots=2, stances=True, named=True))
    laptop = Laptop(qtbot)
    shots = Path(tempfile.mkdtemp(dir=tmp_path))

    def phone(laptop: Laptop) -> None:
        with sync_playwright() as playwright:
            home = shots / "home"  # the browser's own files stay out of the real home
            home.mkdir()
            context = playwright.chromium.launch_persistent_context(
                str(shots / "profile"), executable_path=CHROMIUM, headless=True,
                env={**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")},
                args=CHROMIUM_FLAGS, viewport={"width": 360, "height": 740},
                device_scale_factor=2, is_mobile=True, has_touch=True, locale="da-DK")
            try:
                page = context.new_page()
                page.goto(url)  # the address in the QR code
                expect(page.get_by_text("Hvad bidrager jeres faggruppe med?")).to_be_visible()
                expect(page.locator("#status")).to_have_text(
                    "Forbundet med mødelederens computer.")
                card = page.get_by_label("Dit kort", exact=True)
                card.fill("Vi kender børnene")
                page.get_by_label("Dit navn eller din faggruppe (frivilligt)").fill("Pædagog")
                page.get_by_role("button", name="Send").click()
                expect(page.locator("#message")).to_have_text("Sendt.")
                card.fill("<b>Slet mig</b>")
                page.get_by_role("button", name="Send").click()
                expect(page.locator("#mine-list")).to_contain_text("<b>Slet mig</b>")
                assert laptop.do(lambda: window.room.face_down()) == 2
                page.get_by_role("button", name="Rediger: Vi kender børnene").click()
                page.locator("#mine-list textarea").fill("Vi kender familierne")
                page.get_by_role("button", name="Gem").click()
                expect(page.locator("#mine-list")).to_contain_text("Vi kender familierne")
                page.get_by_role("button", name="Træk tilbage: <b>Slet mig</b>").click()
                expect(page.locator("#mine-list")).not_to_contain_text("Slet mig")
                page.get_by_role("button", name="Giv en prik: Kort 2").click()
                expect(page.locator("#dots-left")).to_have_text("Prikker tilbage: 1")
                stance = page.get_by_role("group", name="Tag stilling: Tryghed eller frihed?")
                stance.get_by_label("Det kommer an på").check()
                expect(page.locator("#board-list")).to_contain_text("Det kommer an på: 1")
                page.screenshot(path=str(shots / "phone-writing.png"), full_page=False)
                from axe_playwright_python.sync_playwright import Axe

                results = Axe().run(page)
                assert results.violations_count == 0, results.generate_report()
                assert laptop.do(lambda: window.room.reveal(PARKING, True))
                expect(page.locator("#board-list")).to_contain_text("Vi kender familierne")
                expect(page.locator("#mine-list")).to_contain_text(
                    "Vendt: kan ikke længere rettes")
                expect(page.get_by_role("button", name="Rediger: Vi kender familierne")) \
                    .to_have_count(0)
                page.get_by_role("button", name="English").click()
                expect(page.get_by_label("Your card", exact=True)).to_be_visible()
                assert Axe().run(page).violations_count == 0
            finally:
                context.close()

    laptop.run(phone)
    board = window.document.workshop.board("b1")
    from_phone = [c for c in board.cards.values() if c.round_id]
    assert [(c.text, c.kind, c.author) for c in from_phone] == [
        ("Vi kender familierne", "contribution", "Pædagog")]
    assert board.cards["c2"].votes == 1
    assert board.cards["dil"].stances == (("depends", 1),)
    scene = window.current_scene()
    assert from_phone[0].id in scene.cards  # an ordinary card on the laptop's board
    assert saved(window) == window.document.workshop  # everything is in the file
    assert window.document.undo_label == "Vend kort fra telefonerne"
    window.edits.undo()
    assert from_phone[0].id not in window.document.workshop.board("b1").cards
