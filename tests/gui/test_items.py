"""Items paint what the model says, where it says, as plain text."""

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from kerneopgave_desktop.canvas.card_item import CardItem
from kerneopgave_desktop.canvas.link_item import LinkItem
from kerneopgave_desktop.domain.model import Link, Note


def render(scene: QGraphicsScene) -> QImage:
    image = QImage(900, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, source=QRectF(0, 0, 900, 200))
    painter.end()
    return image


def shown_in_a_view(qtbot, items, width: int, height: int):
    """The items in a scene of their own, shown in a board view: (scene, view)."""
    from kerneopgave_desktop.canvas.view import BoardView

    scene = QGraphicsScene()
    for item in items:
        scene.addItem(item)
    view = BoardView()
    qtbot.addWidget(view)
    view.setScene(scene)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return scene, view


def test_a_link_label_is_drawn_on_the_middle_of_the_line_and_nowhere_else(qapp):
    a, b = CardItem(Note(id="a")), CardItem(Note(id="b", x=600))
    scene = QGraphicsScene()
    bare = LinkItem(Link(id="l", source="a", target="b"), a, b)
    for item in (a, b, bare):
        scene.addItem(item)
    without = render(scene)
    scene.removeItem(bare)
    scene.addItem(LinkItem(Link(id="l", source="a", target="b", label="<b>bidrager</b> til"), a, b))
    with_label = render(scene)
    changed = [(x, y) for x in range(0, 900, 3) for y in range(0, 200, 3)
               if without.pixel(x, y) != with_label.pixel(x, y)]
    assert changed, "the label was not drawn"
    center = bare.boundingRect().center()
    assert all(abs(x - center.x()) < 170 and abs(y - center.y()) < 30 for x, y in changed)


def test_a_card_keeps_its_text_literal_and_names_itself(qapp):
    item = CardItem(Note(id="n", text="<img src='x'> & <b>fed</b>"))
    assert item.accessible_name() == "Note: <img src='x'> & <b>fed</b>"
    assert " ".join(item.shown_lines()) == "<img src='x'> & <b>fed</b>"
    assert item.mapToScene(item.handle_center()) == QPointF(240, 75)


def test_a_card_knows_when_its_text_does_not_fit(qapp):
    assert not CardItem(Note(id="a", text="Kort tekst")).text_cut()
    long = CardItem(Note(id="b", text="ord " * 60))
    assert long.text_cut() and long.shown_lines()[-1].endswith("…")


def test_effects_show_todays_output_and_dilemmas_their_poles(qapp):
    from kerneopgave_desktop.domain.model import Dilemma, Effect
    effect = CardItem(Effect(id="e", text="Flere i job", output="Antal samtaler"))
    assert effect.detail.band == "Ydelse i dag: Antal samtaler"
    dilemma = CardItem(Dilemma(id="d", text="?", pole_a="Tryghed", pole_b="Frihed"))
    assert dilemma.detail.band == "Tryghed ↔ Frihed"
    assert CardItem(Note(id="n", text="x")).detail.band == ""


def test_a_pasted_blob_without_spaces_is_wrapped_anywhere_so_editors_stay_quick(qapp):
    from PySide6.QtGui import QTextOption

    from kerneopgave_desktop.canvas import style
    assert style.wrap_mode("æ" * 3000) == QTextOption.WrapMode.WrapAnywhere
    assert style.wrap_mode("ord " * 3000) == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


def test_a_link_is_drawn_in_its_view_s_theme_and_dashed_by_its_kind(qtbot):
    from kerneopgave_desktop.canvas.theme import CONTRAST

    a, b = CardItem(Note(id="a")), CardItem(Note(id="b", x=600))
    link = LinkItem(Link(id="l", source="a", target="b"), a, b)
    _, view = shown_in_a_view(qtbot, (a, b, link), 900, 300)
    view.centerOn(link._line.center())

    def line_pixels() -> list[QColor]:
        view.viewport().repaint()
        image = view.viewport().grab().toImage()
        start = view.mapFromScene(link._line.center())
        return [image.pixelColor(start.x() + dx, start.y()) for dx in range(-40, 40)]

    assert all(abs(c.red() - 0x3d) < 40 for c in line_pixels())  # the light theme's line
    view.theme = CONTRAST  # the same item, another look: its pen is the theme's
    assert all(c.red() < 40 and c.green() < 40 for c in line_pixels())
    link.set_link(Link(id="l", source="a", target="b", kind="tension"), a, b)
    gaps = [c for c in line_pixels() if c.red() > 200]  # dashes: the white board between
    assert gaps


def test_the_view_tells_its_cards_once_per_frame_whether_they_can_be_read(qtbot):
    item = CardItem(Note(id="n", text="Borgeren i centrum"))
    _, view = shown_in_a_view(qtbot, (item,), 600, 400)
    view.centerOn(item)
    view.scale(0.1, 0.1)
    view.viewport().grab()
    assert view.readable is False and item._layouts == {}  # a box, no text laid out
    view.resetTransform()
    view.centerOn(item)
    view.viewport().grab()
    assert view.readable is True and len(item._layouts) == 1


def test_a_zoomed_out_card_still_shows_that_it_is_selected_or_focused(qtbot):
    item = CardItem(Note(id="n"))
    scene, view = shown_in_a_view(qtbot, (item,), 400, 300)
    view.scale(0.2, 0.2)
    view.centerOn(item)
    plain = view.viewport().grab().toImage()
    item.setSelected(True)
    selected = view.viewport().grab().toImage()
    assert selected != plain  # an outline in the selection colour
    item.setSelected(False)
    assert view.viewport().grab().toImage() == plain
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.setFocus()
    scene.setFocusItem(item)
    assert item.hasFocus() and view.viewport().grab().toImage() != plain
    scene.clearFocus()
    assert not item.hasFocus() and view.viewport().grab().toImage() == plain


def test_the_board_on_screen_draws_what_the_look_says(qapp):
    from kerneopgave_desktop.canvas import style
    from kerneopgave_desktop.domain import look
    from kerneopgave_desktop.domain.model import Effect

    card = CardItem(Effect(id="a", output="Antal samtaler"))
    assert style.card_color(card.card).name() == look.KIND_COLOURS["effect"]
    assert card.detail.pen.color().name() == look.outline_colour(look.KIND_COLOURS["effect"])
    assert card.detail.band == look.band_text(card.card)
    other = CardItem(Note(id="b", x=600, y=200))
    link = LinkItem(Link(id="l", source="a", target="b"), card, other)
    start, end = look.link_ends((0, 0, card.card.width, card.card.height),
                                (600, 200, other.card.width, other.card.height))
    assert link._line.p1() == QPointF(*start) and link._line.p2() == QPointF(*end)
    other.setPos(700, 250)  # dragged: the link follows the item, not the model
    link.update_geometry()
    assert link._line.p2() == QPointF(*look.link_ends(
        (0, 0, 240, 190), (700, 250, 240, 150))[1])


def test_a_link_s_box_in_the_scene_is_qt_s_wherever_it_has_been_moved(qapp):
    scene = QGraphicsScene()
    source, target = CardItem(Note(id="a", x=0, y=0)), CardItem(Note(id="b", x=500, y=300))
    scene.addItem(source)
    scene.addItem(target)
    plain = LinkItem(Link(id="l", source="a", target="b"), source, target, scene)
    labelled = LinkItem(Link(id="m", source="b", target="a", label="Fordi"), target, source,
                        scene)
    for dx, dy in ((0.0, 0.0), (37.5, -120.25), (-1e4, 3.0)):
        for link in (plain, labelled):
            link.moveBy(dx, dy)
            assert link.scene_box() == link.sceneBoundingRect() != QRectF()


def test_a_lift_layer_holds_all_its_members_paint_a_long_label_too(qapp):
    from kerneopgave_desktop.canvas.lift import LiftLayer

    scene = QGraphicsScene()
    top, below = CardItem(Note(id="a", x=0, y=0)), CardItem(Note(id="b", x=0, y=400))
    side = CardItem(Note(id="c", x=900, y=-300))
    for card in (top, below, side):
        scene.addItem(card)
    links = [LinkItem(Link(id="l", source="a", target="b",
                           label="en meget lang forklaring på hvorfor de hænger sammen"),
                      top, below, scene),
             LinkItem(Link(id="m", source="b", target="c"), below, side, scene)]
    members = [top, below, side, *links]
    layer = LiftLayer(members, 5.0)
    for item in members:
        assert layer.boundingRect().contains(item.sceneBoundingRect())
    label_wide = links[0].sceneBoundingRect()
    assert label_wide.left() < top.sceneBoundingRect().left() - 40  # it sticks out
    assert LiftLayer([], 0.0).boundingRect() == QRectF()
