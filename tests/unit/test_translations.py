import pytest

from kerneopgave_desktop import i18n
from tests.translations import missing, texts


@pytest.mark.slow
def test_every_text_in_the_code_has_an_english_translation():
    assert texts(), "the extractor found no texts at all"
    assert missing("en") == []


@pytest.mark.slow
def test_every_plural_text_has_danish_forms():
    assert missing("da") == []


def test_plural_forms_follow_the_count():
    assert i18n.translate("Operations", "Slet %n forbindelse(r)", 1) == "Slet 1 forbindelse"
    assert i18n.translate("Operations", "Slet %n forbindelse(r)", 4) == "Slet 4 forbindelser"
    assert i18n.translate("Operations", "Slet %n forbindelse(r)", 1, "en") == "Delete 1 link"
    assert i18n.translate("Operations", "Slet %n forbindelse(r)", 2, "en") == "Delete 2 links"


def test_an_unknown_text_falls_back_to_danish():
    assert i18n.translate("Nowhere", "Hej", lang="en") == "Hej"


def test_system_language_is_danish_unless_english_is_asked_for(monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert i18n.system_language() == "en"
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    assert i18n.system_language() == "da"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert i18n.system_language() == "da"


def test_an_unset_c_locale_is_danish_not_en_us(monkeypatch):
    # With no variable set (a bare service account, `env -i`), Python reports the C.UTF-8
    # locale as ('en_US', 'UTF-8'); that must not switch the program to English.
    import locale

    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    before = locale.setlocale(locale.LC_CTYPE)
    try:
        for name in ("C.UTF-8", "C"):
            try:
                locale.setlocale(locale.LC_CTYPE, name)
            except locale.Error:
                continue
            assert i18n.system_language() == "da", name
    finally:
        locale.setlocale(locale.LC_CTYPE, before)


@pytest.mark.slow
def test_the_catalogues_hold_no_texts_the_code_no_longer_uses():
    used = texts()
    for lang in i18n.LANGUAGES:
        i18n.catalogue.cache_clear()
        stale = sorted(key for key in i18n.catalogue(lang) if key not in used)
        assert stale == [], lang


def test_the_danish_catalogue_holds_only_plural_forms():
    """Danish text without a count is its own source (i18n.translate skips the catalogue,
    which is read only for a plural)."""
    assert all(len(forms) == 2 for forms in i18n.catalogue("da").values())
    assert i18n.translate("Operations", "Flyt %n kort", 3, lang="da") == "Flyt 3 kort"
