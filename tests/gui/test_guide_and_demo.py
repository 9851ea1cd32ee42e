import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from kerneopgave_desktop.domain.templates import TEMPLATES
from kerneopgave_desktop.ui.app import Application


@pytest.mark.slow
def test_the_demo_opens_as_a_temporary_file_with_the_guide_following_the_board(qapp, qtbot,
                                                                                settings):
    application = Application(qapp, settings)
    window = application.open_demo()
    qtbot.addWidget(window)
    assert window.tabs.count() == 4
    assert "kerneopgave-demo-" in str(window.document.store.path)
    assert "midlertidig fil" in window.statusBar().currentMessage()
    assert window.guide.questions.text().startswith("• " + TEMPLATES["niveauer"].questions()[0])
    window.tabs.setCurrentIndex(2)
    assert TEMPLATES["dilemmaer"].questions()[0] in window.guide.questions.text()
    assert not window.guide_window().isVisible()
    window.guide_action.trigger()  # Hjælp › Vejledning, F1: a window of its own, large type
    guide = window.guide_window()
    room = guide.screen().availableGeometry()
    assert guide.isVisible() and guide.isWindow() and guide.width() == min(1200, room.width())
    labels = guide.findChildren(QLabel)
    assert any("Fremfærd" in label.text() for label in labels)
    assert min(label.font().pixelSize() for label in labels) >= 19
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow)
    qtbot.keyClick(guide.panel, Qt.Key.Key_Escape)  # a window of its own closes with Escape
    assert not guide.isVisible()
    window.guide_action.trigger()
    window.close()
    assert not guide.isVisible()


def test_the_about_box_credits_the_booklet(qapp, qtbot, monkeypatch, settings):
    application = Application(qapp, settings)
    window = application.open_demo()
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    window.about()
    assert "Fremfærd" in shown[0] and "netværket" in shown[0]
    window.close()


@pytest.mark.slow
def test_each_example_opens_by_name_in_its_own_temporary_file(qapp, qtbot, settings):
    from kerneopgave_desktop.domain.demo import DEMOS, demo_workshop

    application = Application(qapp, settings)
    for name in DEMOS:
        window = application.open_demo(name)
        qtbot.addWidget(window)
        expected = demo_workshop(name)
        assert window.tabs.count() == len(expected.boards)
        assert expected.info.workplace in window.document.store.path.name
        assert window.document.workshop.info.title == expected.info.title
        window.close()
