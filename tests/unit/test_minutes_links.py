"""The Markdown minutes under real renderers: GitHub's own cmark-gfm, with and without its
extensions. User text renders as itself and never as a link, an image or markup."""

from html.parser import HTMLParser

import cmarkgfm
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kerneopgave_desktop.domain.model import Board, Note, Workshop, WorkshopInfo
from kerneopgave_desktop.interchange import markdown

LINKY = [
    "Se https://example.dk/side?a=1&b=2 og http://x.dk", "HTTPS://EXAMPLE.DK", "ftp://filer.dk",
    "www.kommune.dk", "(www.kommune.dk)", "WWW.KOMMUNE.DK", "_www.x.dk_", "*www.x.dk*",
    "skriv til ali@skolen.dk", "søren.ørsted@kommune.dk", "mailto:a_b@c.dk", "xmpp:ali@x.dk/tlf",
    "<https://x.dk>", "<ali@x.dk>", "[klik](https://x.dk)", "![billede](https://x.dk/a.png)",
    "[ref]: https://x.dk", "https://user@host.dk/x", "~~slettet~~", "- [ ] opgave", "a | b",
]
"""Text that one renderer or another makes a link or markup, each one line long."""


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)

    def handle_data(self, data):
        self.text.append(data)


def _rendered(text: str, gfm: bool = True) -> _Text:
    html = (cmarkgfm.github_flavored_markdown_to_html(text) if gfm
            else cmarkgfm.markdown_to_html(text))
    parser = _Text()
    parser.feed(html)
    return parser


def _minutes(*texts: str) -> str:
    board = Board(id="b", title="Tavle", cards={f"n{i}": Note(id=f"n{i}", text=text)
                                                for i, text in enumerate(texts)})
    return markdown.dumps(Workshop(info=WorkshopInfo(title="Møde", facilitator=texts[0]),
                                   boards=[board]))


ALLOWED = {"h1", "h2", "h3", "p", "ul", "li", "strong", "em", "br", "code"}


def test_no_url_address_or_markup_becomes_live_under_gfm_or_commonmark():
    text = _minutes(*LINKY)
    for gfm in (True, False):
        shown = _rendered(text, gfm)
        assert shown.tags <= ALLOWED, shown.tags
        rendered = "".join(shown.text)
        for line in LINKY:
            assert line in rendered, line


def test_the_raw_file_stays_readable():
    text = _minutes(*LINKY)
    assert "https\\://example.dk/side?a=1\\&b=2" in text
    assert "www\\.kommune.dk" in text and "`søren.ørsted@kommune.dk`" in text


def test_a_lone_carriage_return_cannot_start_a_heading_or_a_list():
    html = cmarkgfm.github_flavored_markdown_to_html(_minutes("første\r# overskrift\r- punkt"))
    assert html.count("<h1>") == 1 and html.count("<li>") == 1
    assert "# overskrift" in html and "- punkt" in html


PIECES = st.sampled_from(["https://", "http://", "www.", "WWW.", "@", ".dk", "mailto:", "<", ">",
                          "[", "](", ")", "!", "*", "_", "`", "~", "#", "-", "1.", "|", "\\",
                          "&amp;", "&#64;", " ", "ali", "æøå", ":", "//", "+", "="])


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.lists(PIECES, min_size=1, max_size=12).map("".join))
@pytest.mark.slow
def test_any_mix_of_link_and_markup_pieces_renders_as_itself(text):
    line = " ".join(text.split())
    if not line:
        return
    shown = _rendered(_minutes(line))
    assert shown.tags <= ALLOWED, (line, shown.tags)
    assert line in "".join(shown.text)
