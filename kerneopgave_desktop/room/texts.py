"""The participant page's texts, in the phone's language, from the program's catalogue.

The page (resources/room/) carries Danish in its HTML for a first paint and asks for this
table by key; every text is marked here for translation like any other in the program.
Error keys are the Refusal codes of room/rules.py and the server's own.
"""

from __future__ import annotations

from kerneopgave_desktop.domain.vocabulary import STANCES
from kerneopgave_desktop.i18n import LANGUAGES, mark, translate


def _tr(source: str, lang: str | None = None) -> str:
    return translate("RoomPage", source, lang=lang)



TEXTS: dict[str, str] = {
    "title": mark("Deltag i mødet"),
    "connecting": mark("Forbinder …"),
    "connected": mark("Forbundet med mødelederens computer."),
    "offline": mark("Forbindelsen er afbrudt. Prøver igen …"),
    "code": mark("Rumkode"),
    "no_round_open": mark("Ingen runde er åben lige nu. Vent på mødelederen."),
    "round": mark("Runden"),
    "kind": mark("Slags kort"),
    "hidden_note": mark("Kortene vises først, når mødelederen vender dem. Indtil da ser kun "
                         "du dine egne."),
    "open_note": mark("Dine kort kommer op på tavlen med det samme."),
    "your_card": mark("Dit kort"),
    "your_name": mark("Dit navn eller din faggruppe (frivilligt)"),
    "send": mark("Send"),
    "chars_left": mark("tegn tilbage"),
    "sent": mark("Sendt."),
    "saved": mark("Gemt."),
    "withdrawn": mark("Trukket tilbage."),
    "my_cards": mark("Dine kort"),
    "none_yet": mark("Du har ikke sendt noget i denne runde."),
    "edit": mark("Rediger"),
    "save": mark("Gem"),
    "cancel": mark("Fortryd"),
    "withdraw": mark("Træk tilbage"),
    "face_down": mark("Med bagsiden op"),
    "on_board": mark("På tavlen"),
    "locked": mark("Vendt: kan ikke længere rettes"),
    "dots_left": mark("Prikker tilbage"),
    "give_dot": mark("Giv en prik"),
    "take_dot": mark("Tag en prik tilbage"),
    "your_dots": mark("Dine prikker"),
    "votes": mark("Prikker i alt"),
    "stances": mark("Tag stilling"),
    "no_stance": mark("Ingen holdning"),
    "result_later": mark("Resultatet vises, når mødelederen viser det."),
    "result": mark("Rummets holdning"),
    "board": mark("Tavlen"),
    "board_empty": mark("Der er ingen kort på tavlen endnu."),
    "removed": mark("Denne telefon er taget ud af mødet. Scan QR-koden igen for at deltage."),
    "closed": mark("Mødelederen har lukket for telefonerne."),
    # What went wrong, by code.
    "no_round": mark("Runden er lukket."),
    "no_cards": mark("Denne runde tager ikke imod kort."),
    "empty": mark("Skriv noget på kortet først."),
    "too_long": mark("Teksten er for lang."),
    "too_large": mark("Det er for meget på én gang."),
    "too_many": mark("Du har sendt så mange kort, som en runde kan tage."),
    "not_yours": mark("Det kort er ikke dit."),
    "locked_card": mark("Kortet er vendt og kan ikke længere rettes."),
    "no_dots": mark("Denne runde har ingen prikker."),
    "dots_used": mark("Du har brugt alle dine prikker."),
    "no_dot_here": mark("Du har ingen prik på det kort."),
    "no_stances": mark("Denne runde spørger ikke om holdninger."),
    "no_card": mark("Kortet er her ikke længere."),
    "bad_request": mark("Det forstod computeren ikke."),
    "rate": mark("Du sender meget hurtigt. Vent et øjeblik."),
    "busy": mark("Mødelederens computer svarer ikke lige nu. Prøv igen."),
}



def page_texts(lang: str) -> dict[str, str]:
    """The page's texts in `lang` (Danish when the language is not one we speak)."""
    lang = lang if lang in LANGUAGES else "da"
    return {"lang": lang, **{key: _tr(source, lang) for key, source in TEXTS.items()},
            **{f"stance_{term.code}": term.label(lang) for term in STANCES.terms}}
