"""FlowLayout keeps its height for a width only until Qt invalidates it: a row that changes (an item shown, hidden,
resized, added or removed) gets the height of its new lines, as a layout nested in a page and on its own."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from coordinator_app.ui.flow import FlowLayout

GAP = 6
H = 30


def _lines(count: int) -> int:
    """The height of `count` lines of buttons H high, GAP apart (the oracle: written out, not computed by the
    layout)."""
    return count * H + (count - 1) * GAP


def _buttons(host: QWidget, flow: FlowLayout, n: int) -> list[QPushButton]:
    buttons = []
    for i in range(n):
        button = QPushButton(f"b{i}", host)
        button.setFixedSize(100, H)
        flow.addWidget(button)
        button.show()  # a child made after its parent was shown stays hidden until shown
        buttons.append(button)
    return buttons


def _settle(widget: QWidget) -> None:
    widget.layout().activate()  # what the posted LayoutRequest does: invalidates every nested layout, then lays out


def test_the_height_follows_every_change_of_the_row(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, spacing=GAP)
    a, b, c = _buttons(host, flow, 3)
    host.resize(210, 300)
    host.show()
    assert flow.heightForWidth(210) == _lines(2)  # 100 + 6 + 100 fits in 210; the third wraps
    assert flow.heightForWidth(210) == _lines(2)  # asked again: the same
    c.hide()
    assert flow.heightForWidth(210) == _lines(1)
    c.show()
    assert flow.heightForWidth(210) == _lines(2)
    b.setFixedWidth(150)  # 100 + 6 + 150 > 210: each on its own line
    assert flow.heightForWidth(210) == _lines(3)
    assert flow.heightForWidth(400) == _lines(1)  # 100 + 6 + 150 + 6 + 100 = 362: one line
    _buttons(host, flow, 1)  # + 6 + 100 = 468: the new one wraps
    assert flow.heightForWidth(400) == _lines(2)
    item = flow.takeAt(3)
    assert item is not None and flow.heightForWidth(400) == _lines(1)
    a.hide()
    b.hide()
    c.hide()
    assert flow.heightForWidth(400) == 0


def test_a_nested_row_follows_too(qtbot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    flow = FlowLayout(spacing=GAP)
    outer.addLayout(flow)
    _a, b, c = _buttons(page, flow, 3)
    page.resize(210, 300)
    page.show()
    qtbot.waitUntil(lambda: c.geometry().y() == H + GAP)  # the third button on the second line
    assert flow.heightForWidth(210) == _lines(2)
    b.setFixedWidth(150)
    _settle(page)
    assert flow.heightForWidth(210) == _lines(3)
    qtbot.waitUntil(lambda: c.geometry().y() == 2 * (H + GAP))
