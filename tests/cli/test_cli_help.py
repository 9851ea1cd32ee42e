"""`kerneopgave --help` entirely in the chosen language (issue 17): argparse's own words too."""

import pytest

from kerneopgave_desktop.cli import main


@pytest.mark.parametrize("argv", [["--help"], ["export", "--help"]])
def test_help_is_all_danish(capsys, argv):
    with pytest.raises(SystemExit) as done:
        main([*argv, "--lang", "da"] if argv == ["export", "--help"] else argv)
    assert done.value.code == 0
    text = capsys.readouterr().out
    assert text.startswith("brug: kerneopgave")
    assert "tilvalg:" in text and "vis denne hjælp og afslut" in text
    for english in ("usage:", "options:", "positional arguments", "show this help"):
        assert english not in text


def test_help_is_all_english_when_english_is_chosen(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    text = capsys.readouterr().out
    assert text.startswith("usage: kerneopgave") and "options:" in text
    assert "show this help and exit" in text and "show the program's version" in text
    for danish in ("brug:", "tilvalg", "vis denne"):
        assert danish not in text
