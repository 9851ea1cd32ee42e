"""The participant page's texts, in the phone's language, from the program's catalogue.

The page (resources/room/) carries Danish in its HTML for a first paint and asks for this
table by key; every text is marked here for translation like any other in the program.
Error keys are the Refusal codes of room/rules.py and the server's own.
"""

from __future__ import annotations

from kerneopgave_desktop.domain.vocabulary import STANCES
from kerneopgave_desktop.i18n import LANGUAGES, translate


def _tr(source: str, lang: str | None = None) -> str:
    return translate("RoomPage", source, lang=lang)


def _mark(source: str) -> str:
    """Mark a text for translation; `page_texts` translates it for the phone."""
    return source


TEXTS: dict[str, str] = {
    "title": _mark("Deltag i mødet"),
    "connecting": _mark("Forbinder …"),
    "connected": _mark("Forbundet med mødelederens computer."),
    "offline": _mark("Forbindelsen er afbrudt. Prøver igen …"),
    "code": _mark("Rumkode"),
    "no_round_open": _mark("Ingen runde er åben lige nu. Vent på mødelederen."),
    "round": _mark("Runden"),
    "kind": _mark("Slags kort"),
    "hidden_note": _mark("Kortene vises først, når mødelederen vender dem. Indtil da ser kun "
                         "du dine egne."),
    "open_note": _mark("Dine kort kommer op på tavlen med det samme."),
    "your_card": _mark("Dit kort"),
    "your_name": _mark("Dit navn eller din faggruppe (frivilligt)"),
    "send": _mark("Send"),
    "chars_left": _mark("tegn tilbage"),
    "sent": _mark("Sendt."),
    "saved": _mark("Gemt."),
    "withdrawn": _mark("Trukket tilbage."),
    "my_cards": _mark("Dine kort"),
    "none_yet": _mark("Du har ikke sendt noget i denne runde."),
    "edit": _mark("Ret"),
    "save": _mark("Gem"),
    "cancel": _mark("Fortryd"),
    "withdraw": _mark("Træk tilbage"),
    "face_down": _mark("Med bagsiden op"),
    "on_board": _mark("På tavlen"),
    "locked": _mark("Vendt: kan ikke længere rettes"),
    "dots_left": _mark("Prikker tilbage"),
    "give_dot": _mark("Giv en prik"),
    "take_dot": _mark("Tag en prik tilbage"),
    "your_dots": _mark("Dine prikker"),
    "votes": _mark("Prikker i alt"),
    "stances": _mark("Tag stilling"),
    "no_stance": _mark("Ingen holdning"),
    "result_later": _mark("Resultatet vises, når mødelederen viser det."),
    "result": _mark("Rummets holdning"),
    "board": _mark("Tavlen"),
    "board_empty": _mark("Der er ingen kort på tavlen endnu."),
    "removed": _mark("Denne telefon er taget ud af mødet. Scan QR-koden igen for at deltage."),
    "closed": _mark("Mødelederen har lukket for telefonerne."),
    # What went wrong, by code.
    "no_round": _mark("Runden er lukket."),
    "no_cards": _mark("Denne runde tager ikke imod kort."),
    "empty": _mark("Skriv noget på kortet først."),
    "too_long": _mark("Teksten er for lang."),
    "too_large": _mark("Det er for meget på én gang."),
    "too_many": _mark("Du har sendt så mange kort, som en runde kan tage."),
    "not_yours": _mark("Det kort er ikke dit."),
    "locked_card": _mark("Kortet er vendt og kan ikke længere rettes."),
    "no_dots": _mark("Denne runde har ingen prikker."),
    "dots_used": _mark("Du har brugt alle dine prikker."),
    "no_dot_here": _mark("Du har ingen prik på det kort."),
    "no_stances": _mark("Denne runde spørger ikke om holdninger."),
    "no_card": _mark("Kortet er her ikke længere."),
    "bad_request": _mark("Det forstod computeren ikke."),
    "rate": _mark("Du sender meget hurtigt. Vent et øjeblik."),
    "busy": _mark("Mødelederens computer svarer ikke lige nu. Prøv igen."),
}



def page_texts(lang: str) -> dict[str, str]:
    """The page's texts in `lang` (Danish when the language is not one we speak)."""
    lang = lang if lang in LANGUAGES else "da"
    return {"lang": lang, **{key: _tr(source, lang) for key, source in TEXTS.items()},
            **{f"stance_{term.code}": term.label(lang) for term in STANCES.terms}}
