"""BoardView: zoom, pan, fit, grid, keyboard commands (canvas.commands), in-place editing."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEasingCurve,
    QEvent,
    QPointF,
    QRectF,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QGraphicsView, QWidget

from kerneopgave_desktop.canvas import style
from kerneopgave_desktop.canvas.accessibility import BoardReader
from kerneopgave_desktop.canvas.card_editor import CardEditor
from kerneopgave_desktop.canvas.card_item import CardItem
from kerneopgave_desktop.canvas.commands import BoardCommands
from kerneopgave_desktop.canvas.scene import BoardScene
from kerneopgave_desktop.canvas.theme import LIGHT, Theme
from kerneopgave_desktop.document import EditCard, EditZone, RemoveItems
from kerneopgave_desktop.domain import look

if TYPE_CHECKING:
    from kerneopgave_desktop.canvas.zone_editor import ZoneTitleEditor

MIN_ZOOM, MAX_ZOOM = 0.02, 4.0
ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
FIT_ZOOM = 1.5
"""Ctrl+0 and opening a board show all of it, but no closer than this."""
FIT_MARGIN = 60.0
"""Room around the content when it is fitted (scene units)."""
PAN_LIMIT = 200_000.0


class BoardView(QGraphicsView):
    zoom_changed = Signal(float)
    page_requested = Signal(int)
    """Page Down (+1) or Page Up (-1): the next or previous slide."""
    focus_described = Signal(str)
    """What a screen reader says of the card that got the focus (domain.reading)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # A viewport made here rather than Qt's own: PySide meets Qt's widget for the first
        # time in viewport(), and to find its class it loads every widget class of QtWidgets
        # (some 10 ms at start-up, before the board is shown).
        self.setViewport(QWidget())
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)  # the scene's gestures do it all
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)  # see zoom_by
        # A board pans freely past its content, like a table; the view's own rectangle
        # (not the scene's, which its item index uses) is what allows that.
        self.setSceneRect(QRectF(-PAN_LIMIT, -PAN_LIMIT, 2 * PAN_LIMIT, 2 * PAN_LIMIT))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        # Items set the pen, brush and font they use, and restore any clip themselves.
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.setAccessibleName(QCoreApplication.translate("BoardView", "Tavle"))
        self.theme: Theme = LIGHT
        """How this view shows the board; items ask for it when they paint."""
        self.shows_marks = True
        """Whether selection, focus and handles are painted here (not on the projector)."""
        self.escape_handler: Callable[[], bool] | None = None
        """What Escape does when no gesture is in progress, if it does something (whether it
        did); otherwise Escape lets go of the selection."""
        self.only: QRectF | None = None
        """Show only this part of the board (scene units), the rest as bare background: a
        slide of a region, on the wall."""
        self.readable: bool | None = None
        """Whether this frame shows the board large enough to read (style.readable)."""
        self.editor: CardEditor | ZoneTitleEditor | None = None
        self._pan_from: QPointF | None = None
        self._space = False
        self._fit_pending = False
        self.animation_ms = 350
        """How long a zoom to a slide takes; 0 jumps (tests)."""
        self._animation: QVariantAnimation | None = None
        self.commands = BoardCommands(self)
        """The board's keys as actions (arrows, +/−, Enter, Escape, Page Up/Down)."""
        self.reader = BoardReader(self)
        """The board for screen readers: its cards in reading order (canvas.accessibility)."""

    def board_scene(self) -> BoardScene | None:
        scene = self.scene()
        return scene if isinstance(scene, BoardScene) else None

    def set_board_scene(self, scene: BoardScene) -> None:
        self.finish_editing()
        self.commands.commit_nudge()
        old = self.board_scene()
        if old is not None:
            old.edit_requested.disconnect(self.edit_card)
            old.rename_requested.disconnect(self.rename_zone)
        self.setScene(scene)
        scene.edit_requested.connect(self.edit_card)
        scene.rename_requested.connect(self.rename_zone)
        self.reader.scene_changed()
        self._fit_pending = True
        self.fit_all()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fit_pending:  # fit once the view has its real size, not before
            self.fit_all()

    # -- zoom and pan ------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.scale(factor / self.zoom, factor / self.zoom)
        self.zoom_changed.emit(self.zoom)

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom keeping the scene point under `anchor` (viewport pixels; default the centre)
        still."""
        self.mark_fitted()
        anchor = anchor if anchor is not None else QPointF(self.viewport().rect().center())
        target = self.mapToScene(anchor.toPoint())
        self.set_zoom(self.zoom * factor)
        drift = self.mapFromScene(target) - anchor.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + drift.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + drift.y())

    def fit_all(self) -> None:
        """Show all of the board's content, centred; never closer than FIT_ZOOM (a board
        of one small zone would otherwise fill the screen)."""
        scene = self.board_scene()
        if scene is None:
            return
        rect = scene.itemsBoundingRect()
        if rect.isEmpty():
            rect = QRectF(*look.EMPTY_BOARD)
        self.fit_rect(rect.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN),
                      margin=12, most=FIT_ZOOM)

    def show_area(self, area: QRectF, margin: float = 40.0) -> None:
        """Zoom smoothly until `area` (scene units) fills the view, `margin` pixels from its
        edges."""
        self.mark_fitted()
        if self._animation is not None:
            self._animation.stop()
        if self.animation_ms <= 0:
            self.fit_rect(area, margin)
            return
        animation = self._animation = QVariantAnimation(self)
        animation.setDuration(self.animation_ms)
        animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        animation.setStartValue(self.mapToScene(self.viewport().rect()).boundingRect())
        animation.setEndValue(area)
        animation.valueChanged.connect(lambda rect: self.fit_rect(rect, margin))
        animation.start()

    def fit_rect(self, rect: QRectF, margin: float = 0.0, most: float = MAX_ZOOM) -> None:
        """Scale so that `rect` fits the viewport `margin` pixels inside its edges, at most
        `most`, and centre it."""
        room = QRectF(self.viewport().rect()).adjusted(margin, margin, -margin, -margin)
        if rect.width() <= 0 or rect.height() <= 0 or room.width() <= 0 or room.height() <= 0:
            return
        # Below MIN_ZOOM if need be: a vast board is still shown whole (the wheel stops there).
        zoom = min(room.width() / rect.width(), room.height() / rect.height(), most, MAX_ZOOM)
        self.setTransform(QTransform.fromScale(zoom, zoom))
        self.centerOn(rect.center())
        self.zoom_changed.emit(self.zoom)

    def mark_fitted(self) -> None:
        """The user has chosen a zoom: stop fitting on resize."""
        self._fit_pending = False

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y() or event.angleDelta().x()
        if delta:
            self.zoom_by(math.pow(1.0015, delta), event.position())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.NativeGesture and \
                event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom_by(1 + event.value(), event.position())
            return True
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                self.zoom_by(pinch.scaleFactor())
                return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.mark_fitted()
        if self.pans(event):
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def pans(self, event: QMouseEvent) -> bool:
        """Whether this press starts a pan: the middle button, or the left with Space held."""
        return event.button() == Qt.MouseButton.MiddleButton or (
            self._space and event.button() == Qt.MouseButton.LeftButton)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
            horizontal.setValue(horizontal.value() - round(delta.x()))
            vertical.setValue(vertical.value() - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.viewport().update()

    def paintEvent(self, event) -> None:
        self.readable = self.zoom >= style.READABLE_SCALE  # the view only scales, evenly
        scene = self.board_scene()
        if scene is not None:
            scene.view_readable()  # zoomed out on every view: drawn by the overview
        super().paintEvent(event)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, self.theme.background)
        if self.zoom < 0.3 or self.theme.grid is None:
            return
        step = style.GRID * (1 if self.zoom >= 0.6 else 4)
        painter.setPen(QPen(self.theme.grid, 0))
        left = math.floor(rect.left() / step) * step
        top = math.floor(rect.top() / step) * step
        x = left
        while x < rect.right():
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            x += step
        y = top
        while y < rect.bottom():
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            y += step

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if self.only is None:
            return
        outside = QPainterPath()
        outside.addRect(rect)
        shown = QPainterPath()
        shown.addRect(self.only)
        painter.fillPath(outside.subtracted(shown), self.theme.background)

    # -- keyboard --------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Holding Space pans with the mouse; every other key is a command or Qt's."""
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() \
                and self.editor is None:
            self._space = True
            return
        if event.key() == Qt.Key.Key_Escape and self.editor is None \
                and self.commands.cancel_action.isEnabled():
            # Escape reaches here when its shortcut did not fire (the window is not the
            # active one, as the laptop's beside a presentation): the same command.
            self.commands.cancel()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            return
        if event.key() in ARROWS and not event.isAutoRepeat():
            self.commands.commit_nudge()  # the nudging key is let go: write where it went
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event) -> None:
        self.commands.commit_nudge()
        super().focusOutEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab walk the cards in reading order (domain.reading) while the board
        has focus; past the last card (or before the first) the keyboard leaves the board for
        the next field, as from any other: the board is no trap."""
        scene = self.board_scene()
        if scene is None or not scene.cards or self.editor is not None:
            return super().focusNextPrevChild(forward)
        order = self.reader.order()
        current = self.focused_card()
        index = order.index(current) if current in order else (-1 if forward else len(order))
        if not 0 <= index + (1 if forward else -1) < len(order):
            scene.setFocusItem(None)
            return QAbstractScrollArea.focusNextPrevChild(self, forward)  # past the scene's own
        target = order[index + (1 if forward else -1)]
        scene.clearSelection()
        target.setSelected(True)
        scene.setFocusItem(target, Qt.FocusReason.TabFocusReason)
        self.announce(target)
        self.ensure_focus_visible()
        return True

    def focusInEvent(self, event) -> None:
        """Coming in by Tab, the first card in reading order has the keyboard (by Shift+Tab,
        the last), whatever the scene's own order of items."""
        super().focusInEvent(event)
        scene = self.board_scene()
        reason = event.reason()
        if scene is None or not scene.cards or self.editor is not None or reason not in (
                Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            return
        order = self.reader.order()
        target = order[0] if reason == Qt.FocusReason.TabFocusReason else order[-1]
        scene.clearSelection()
        target.setSelected(True)
        scene.setFocusItem(target, reason)
        self.announce(target)
        self.ensure_focus_visible()

    def announce(self, item: CardItem) -> None:
        """Say what the focused card is, in the status line (a screen reader hears it from
        the card's own accessible interface, canvas.accessibility)."""
        self.focus_described.emit(self.reader.says(item.id)[0])

    def focused_card(self) -> CardItem | None:
        scene = self.board_scene()
        item = scene.focusItem() if scene is not None else None
        if isinstance(item, CardItem):
            return item
        cards = scene.selected_cards() if scene is not None else []
        return cards[0] if len(cards) == 1 else None

    def ensure_focus_visible(self, shift: QPointF | None = None) -> None:
        """Scroll the focused card into view (shown `shift`ed from its item, while nudged)."""
        item = self.focused_card()
        if item is not None:
            rect = item.sceneBoundingRect()
            self.ensureVisible(rect.translated(shift) if shift is not None else rect, 40, 40)

    def delete_selection(self) -> None:
        scene = self.board_scene()
        if scene is not None and scene.selected_ids():
            scene.apply(RemoveItems(scene.board_id, scene.selected_ids()))

    # -- editing -----------------------------------------------------------------

    def edit_card(self, card_id: str) -> None:
        scene = self.board_scene()
        if scene is None or card_id not in scene.cards or self.document_read_only():
            return
        self.finish_editing()
        item = scene.cards[card_id]
        self.ensureVisible(item, 20, 20)
        self.editor = CardEditor(self, item)
        self.editor.finished.connect(self._edited)

    def rename_zone(self, zone_id: str) -> None:
        """Edit a zone's title in place, over the title (canvas.zone_editor)."""
        from kerneopgave_desktop.canvas.zone_editor import ZoneTitleEditor  # on first use

        scene = self.board_scene()
        if scene is None or zone_id not in scene.zones or self.document_read_only():
            return
        self.finish_editing()
        self.editor = ZoneTitleEditor(self, scene.zones[zone_id])
        self.editor.finished.connect(self._renamed)

    def _renamed(self, zone_id: str, title: str) -> None:
        self.editor = None
        scene = self.board_scene()
        board = scene.board if scene is not None else None
        if board is not None and zone_id in board.zones and board.zones[zone_id].title != title:
            scene.apply(EditZone(scene.board_id, zone_id, title=title))
        self.setFocus()

    def document_read_only(self) -> bool:
        scene = self.board_scene()
        return scene is None or scene.document.read_only

    def finish_editing(self) -> None:
        if self.editor is not None:
            self.editor.finish()

    def _edited(self, card_id: str, text: str) -> None:
        self.editor = None
        scene = self.board_scene()
        if scene is None:
            return
        board = scene.board
        if board is not None and card_id in board.cards and board.cards[card_id].text != text:
            scene.apply(EditCard(scene.board_id, card_id, text=text))
        if card_id in scene.cards:
            scene.setFocusItem(scene.cards[card_id])
        self.setFocus()
