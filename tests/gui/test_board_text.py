"""Nothing on the board is cut without a sign, and no arrow runs through a zone's title: on
screen, on the projector (bold, larger text) and in the PNG and SVG."""

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from kerneopgave_desktop.canvas import export, style
from kerneopgave_desktop.canvas.link_item import LinkItem
from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.canvas.theme import CONTRAST, scaled
from kerneopgave_desktop.canvas.zone_item import TITLE_Z
from kerneopgave_desktop.document import create_document
from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.demo import DEMOS, demo_workshop
from kerneopgave_desktop.domain.model import Board, Contribution, Link, Note, Workshop, Zone
from kerneopgave_desktop.domain.templates import TEMPLATES
from kerneopgave_desktop.ui.presenter import PRESENTER_TEXT
from tests.gui.test_line_breaks import text_rows


def _all_boards() -> list[tuple[str, Board]]:
    boards = [(name, TEMPLATES[name].board()) for name in TEMPLATES]
    for name in DEMOS:
        boards += [(name, board) for board in demo_workshop(name).boards]
    return boards


@pytest.fixture
def scene_of(tmp_path, qapp):
    made = []

    def make(board: Board) -> BoardScene:
        document = create_document(tmp_path / f"{len(made)}.kerneopgave",
                                   Workshop(boards=[board]))
        scene = BoardScene(document, board.id)
        made.append((scene, document))
        return scene
    yield make
    for scene, document in made:
        scene.detach()
        document.close()


@pytest.mark.slow
def test_every_zone_title_is_whole_and_of_one_size_on_its_board(scene_of):
    for name, board in _all_boards():
        scene = scene_of(board)
        sizes = {item.title_item.font.pixelSize() for item in scene.zones.values()}
        assert len(sizes) == 1 and look.ZONE_TITLE_FLOOR <= sizes.pop() <= look.ZONE_TITLE_PIXELS
        for item in scene.zones.values():
            assert not item.title_cut, (name, item.zone.title)
            assert " ".join(item.title_lines()) == " ".join(item.zone.title.split())


def test_a_long_title_wraps_onto_two_lines_and_every_title_on_the_board_follows(scene_of):
    board = Board(id="b", zones={
        "kort": Zone(id="kort", title="Ny", x=0, y=0, width=280, height=230),
        "lang": Zone(id="lang", title="Værdien for borgeren og samfundet", x=300, y=0,
                     width=280, height=230)})
    scene = scene_of(board)
    short, long = scene.zones["kort"], scene.zones["lang"]
    assert len(long.title_lines()) == 2 and not long.title_cut
    assert short.title_item.font.pixelSize() == long.title_item.font.pixelSize() < 26
    assert long.title_box[3] <= look.ZONE_TITLE_ROOM


def test_contribution_cards_show_their_profession_or_a_short_name_never_a_cut_one(qapp):
    from kerneopgave_desktop.canvas.card_item import CardItem
    assert CardItem(Contribution(id="c", profession="teacher", votes=4)).detail.kind == "LÆRER"
    voted = CardItem(Contribution(id="c", votes=4)).detail.kind
    assert voted in ("FAGGRUPPENS BIDRAG", "BIDRAG") and "…" not in voted
    for _, board in _all_boards():
        for card in board.cards.values():
            label = CardItem(card).detail.kind
            assert "BIDR…" not in label and not label.endswith("…"), label


@pytest.mark.slow
def test_the_projector_s_bold_larger_text_never_draws_a_line_in_part(scene_of):
    theme = scaled(CONTRAST, PRESENTER_TEXT)
    for _, board in _all_boards():
        for item in scene_of(board).cards.values():
            layout = item._layout(theme)
            pixels = layout.font.pixelSize()
            height = len(layout.fitted.lines) * style.line_height(pixels, True)
            assert height <= look.card_body(item.card)[3] + 0.5, item.card.text


def _head_on(with_link: bool) -> Board:
    """A link from a card straight down to a card whose zone's title spans the way."""
    zone = Zone(id="z", title="Materielgården", x=0, y=260, width=280, height=230)
    links = {"k": Link(id="k", source="a", target="b")} if with_link else {}
    return Board(id="b", zones={"z": zone}, links=links,
                 cards={"a": Note(id="a", x=20, y=0), "b": Note(id="b", x=20, y=320)})


def _rendered(scene: BoardScene) -> QImage:
    image = QImage(700, 600, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 700, 600), QRectF(-50, -50, 700, 600))
    painter.end()
    return image


@pytest.mark.slow
def test_a_title_is_drawn_above_a_link_that_meets_it_head_on_on_screen(scene_of):
    plain, crossed = scene_of(_head_on(False)), scene_of(_head_on(True))
    link = crossed.links["k"]
    title = crossed.zones["z"].title_item
    assert isinstance(link, LinkItem) and title.zValue() == TITLE_Z > link.zValue()
    assert title.acceptedMouseButtons() == Qt.MouseButton.NoButton  # clicks reach the zone
    before, after = _rendered(plain), _rendered(crossed)
    x, y, width, height = crossed.zones["z"].title_box
    changed = [(px, py) for px in range(700) for py in range(600)
               if before.pixel(px, py) != after.pixel(px, py)]
    assert changed, "the link is drawn"
    inside = [(px, py) for px, py in changed
              if x + 50 <= px <= x + width + 50 and y + 50 <= py <= y + height + 50]
    assert not inside


@pytest.mark.slow
def test_a_title_is_above_the_link_in_the_png_and_the_svg_too(tmp_path, qapp):
    pictures = {}
    for linked in (False, True):
        document = create_document(tmp_path / f"{linked}.kerneopgave",
                                   Workshop(boards=[_head_on(linked)]))
        scene = BoardScene(document, "b")
        area, (x, y, width, height) = export.area(scene), scene.zones["z"].title_box
        scene.detach()
        svg = QSvgRenderer(export.svg_bytes(document, "b"))
        drawn = QImage(round(area.width()), round(area.height()), QImage.Format.Format_ARGB32)
        drawn.fill(QColor("white"))
        painter = QPainter(drawn)
        svg.render(painter)
        painter.end()
        pictures[linked] = (QImage.fromData(export.png_bytes(document, "b", 96)), drawn)
        document.close()
    box = QRectF(x - area.left(), y - area.top(), width, height)
    for plain, crossed in zip(pictures[False], pictures[True], strict=True):
        changed = [(px, py) for px in range(plain.width()) for py in range(plain.height())
                   if plain.pixel(px, py) != crossed.pixel(px, py)]
        assert changed and not [point for point in changed if box.contains(*point)]


def test_text_that_does_not_fit_ends_with_an_ellipsis_on_screen(scene_of):
    board = Board(id="b", cards={"n": Note(id="n", text=" ".join(f"ord{n}" for n in range(90)))})
    item = scene_of(board).cards["n"]
    assert item.text_cut() and item.shown_lines()[-1].endswith("…")
    image = _rendered(item.scene())
    body = QRectF(*look.card_body(item.card)).translated(50, 50)
    below = QRectF(body.left(), body.bottom() + 1, body.width(), item.card.height
                   - body.bottom() - 3)  # from the text's bottom to the card's edge
    assert text_rows(image, body) and not text_rows(image, below)
