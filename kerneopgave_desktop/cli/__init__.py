"""The `kerneopgave` command: the app by default, headless sub-commands for scripts.

Every failure a user can meet ends in one Danish line on stderr and a non-zero
exit code (1 for a problem with a file, 2 for wrong usage), never a traceback.
`check` and `export` open their input read-only and never change it. The commands
that write files (`new`, `import`, `export`) are in `outputs`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from kerneopgave_desktop import __version__, i18n
from kerneopgave_desktop.cli.common import (
    MESSAGE_LIMIT,
    CommandError,
    file_problem,
    find_snapshot,
    read,
)
from kerneopgave_desktop.domain.text import visible
from kerneopgave_desktop.i18n import translate

COMMANDS = ("new", "check", "export", "import", "templates", "deck", "snapshot", "snapshots",
            "compare")
EXPORT_FORMATS = ("pdf", "docx", "xlsx", "png", "svg", "json", "canvas", "csv", "md")
IMPORT_FORMATS = ("canvas", "csv", "json", "xlsx")


def _tr(source: str) -> str:
    return translate("Cli", source)


class _Parser(argparse.ArgumentParser):
    """argparse in the chosen language: its own words ("usage", "options", the help and
    version lines) come from our catalogue, not from argparse's English."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = _tr("argumenter")
        self._optionals.title = _tr("tilvalg")
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help=_tr("vis denne hjælp og afslut"))

    def format_usage(self) -> str:
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups,
                            prefix=_tr("brug: "))
        return formatter.format_help()

    def format_help(self) -> str:
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups,
                            prefix=_tr("brug: "))
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def error(self, message: str) -> NoReturn:
        raise CommandError(_tr("Forkert brug: {detail}. Se 'kerneopgave --help'.").format(
            detail=message), code=2)


def _parser() -> argparse.ArgumentParser:
    # Here, not at the top: opening a file never needs the examples.
    from kerneopgave_desktop.domain.demo import DEFAULT_DEMO, DEMOS
    from kerneopgave_desktop.domain.vocabulary import SECTORS

    parser = _Parser(prog="kerneopgave", description=_tr(
        "Kerneopgave-tavlen: en dialogtavle om kerneopgaven. Uden kommando åbnes programmet."))
    parser.add_argument("--version", action="version", version=f"kerneopgave {__version__}",
                        help=_tr("vis programmets version og afslut"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=_tr("sprog: da eller en"))
    parser.add_argument("--demo", nargs="?", const=DEFAULT_DEMO, choices=DEMOS,
                        metavar=_tr("NAVN"),
                        help=_tr("åbn et udfyldt eksempel: {names}; uden navn skolen").format(
                            names=", ".join(DEMOS)))
    parser.add_argument("--present", action="store_true",
                        help=_tr("start med at præsentere tavlen (FIL eller --demo)"))
    parser.add_argument("--room", nargs="?", const="", metavar=_tr("ADRESSE"),
                        help=_tr("åbn for telefonerne (på ADRESSE, ellers det mest sandsynlige "
                                 "netværk) og skriv adressen, de deltager på"))
    commands = parser.add_subparsers(dest="command", metavar=_tr("KOMMANDO"), parser_class=_Parser)

    new = commands.add_parser("new", help=_tr("opret en ny arbejdsmødefil"))
    new.add_argument("file", metavar=_tr("FIL"))
    new.add_argument("--template", default="tom", help=_tr("skabelon (se 'kerneopgave templates')"))
    new.add_argument("--title", help=_tr("arbejdsmødets titel"))
    new.add_argument("--sector", choices=SECTORS.codes,
                     help=_tr("arbejdsmødets sektor, som »Træk et kort« trækker fra"))

    check = commands.add_parser("check", help=_tr("undersøg en fil: version, integritet, antal"))
    check.add_argument("file", metavar=_tr("FIL"))

    export = commands.add_parser("export", help=_tr("eksportér en fil"))
    export.add_argument("file", metavar=_tr("FIL"))
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    export.add_argument("-o", "--output", metavar=_tr("UD"),
                        help=_tr("hvor eksporten skrives; - for standard output"))
    export.add_argument("--board", type=int, metavar="N",
                        help=_tr("kun tavle nummer N (fra 1); png, svg og canvas tager ellers den "
                                 "første"))
    export.add_argument("--paper", choices=("A4", "A3"), default="A4", help=_tr("papir til pdf"))
    export.add_argument("--dpi", type=int, default=150, help=_tr("opløsning til png"))
    export.add_argument("--mask-personal", action="store_true",
                        help=_tr("skjul det, der ligner CPR-numre, telefonnumre og "
                                 "e-mailadresser, i alle tekster"))

    templates = commands.add_parser("templates", help=_tr("vis skabelonerne: navn og titel"))
    deck = commands.add_parser("deck", help=_tr(
        "vis kortene, ét pr. linje: id, type, sektor, brug, tekst, pol A og pol B, adskilt af "
        "tabulatorer"))
    deck.add_argument("file", nargs="?", metavar=_tr("FIL"),
                      help=_tr("arbejdsmødets egne kortbunker i stedet for den indbyggede"))
    deck.add_argument("--sector", choices=SECTORS.codes, help=_tr("kun kort fra én sektor"))
    imported = commands.add_parser("import", help=_tr("opret en arbejdsmødefil fra JSON, "
                                                      "JSON Canvas, CSV eller Excel"))
    imported.add_argument("source", metavar=_tr("KILDE"))
    imported.add_argument("-o", "--output", required=True, metavar=_tr("FIL"))
    imported.add_argument("--format", choices=IMPORT_FORMATS,
                          help=_tr("ellers efter filens endelse"))
    snapshot = commands.add_parser("snapshot", help=_tr("frys hele arbejdsmødet under et navn"))
    snapshot.add_argument("file", metavar=_tr("FIL"))
    snapshot.add_argument("--name", required=True, help=_tr("fx »Personalemøde 3. marts«"))
    listing = commands.add_parser("snapshots", help=_tr("vis øjebliksbillederne: navn og tid"))
    listing.add_argument("file", metavar=_tr("FIL"))
    compare = commands.add_parser("compare", help=_tr("hvad har ændret sig?"))
    compare.add_argument("file", metavar=_tr("FIL"))
    compare.add_argument("other", nargs="?", metavar=_tr("FIL2"),
                         help=_tr("en anden fil at sammenligne med (kort matches på id)"))
    compare.add_argument("--from", dest="since", metavar=_tr("NAVN"),
                         help=_tr("øjebliksbilledet at sammenligne fra"))
    compare.add_argument("--to", dest="until", metavar=_tr("NAVN"),
                         help=_tr("øjebliksbilledet at sammenligne til (ellers nu)"))
    compare.add_argument("--json", action="store_true", help=_tr("som JSON til maskiner"))
    export.add_argument("--since", metavar=_tr("NAVN"),
                        help=_tr("pdf, docx og md: tilføj »Hvad har ændret sig siden« "
                                 "øjebliksbilledet"))
    for sub in (new, check, export, imported, templates, deck, snapshot, listing, compare):
        sub.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS,
                         help=argparse.SUPPRESS)
    return parser


def _language(argv: Sequence[str]) -> str:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv) and argv[index + 1] in i18n.LANGUAGES:
            return argv[index + 1]
        if arg.startswith("--lang=") and arg[7:] in i18n.LANGUAGES:
            return arg[7:]
    return i18n.system_language()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(_language(argv))
    if _wants_app(argv):
        return _app(argv)
    try:
        args = _parser().parse_args(argv)
        if args.command is None:
            return _app(argv)
        from kerneopgave_desktop.cli import outputs

        outputs.check_arguments(args)
        return {"new": outputs.new, "check": _check, "export": outputs.export,
                "import": outputs.import_workshop, "templates": _templates, "deck": _deck,
                "snapshot": _snapshot, "snapshots": _snapshots,
                "compare": _compare}[args.command](args)
    except CommandError as error:
        print(f"kerneopgave: {visible(error, MESSAGE_LIMIT)}", file=sys.stderr)
        return error.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`kerneopgave deck | head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def _wants_app(argv: list[str]) -> bool:
    """No sub-command (only a FILE, --lang or nothing) means: open the program."""
    rest = list(argv)
    while rest[:1] == ["--lang"]:
        rest = rest[2:]
    rest = [arg for arg in rest if not arg.startswith("--lang=")]
    return (not rest or rest[0] in ("--demo", "--present", "--room")
            or rest[0].startswith(("--demo=", "--room="))
            or (rest[0] not in COMMANDS and not rest[0].startswith("-")))


def _mistyped_command(word: str) -> bool:
    """Whether FILE is a word that names no file and looks like no file name (no folder, no
    suffix): a mistyped command (`kerneopgave exprot`), said on stderr, where opening the
    program on it would leave a script waiting on a window."""
    path = Path(word)
    return not path.exists() and not path.suffix and len(path.parts) == 1


def _app(argv: list[str]) -> int:
    """Open the program: the start page, or FILE directly."""
    parser = _Parser(prog="kerneopgave")
    parser.add_argument("file", nargs="?", metavar=_tr("FIL"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES)
    parser.add_argument("--demo", nargs="?", const="")
    parser.add_argument("--present", action="store_true")
    parser.add_argument("--room", nargs="?", const="")
    try:
        args = parser.parse_args(argv)
        demo = _demo_name(args.demo)
    except CommandError as error:
        print(f"kerneopgave: {visible(error, MESSAGE_LIMIT)}", file=sys.stderr)
        return error.code
    if args.room is not None and args.file is None and args.demo is None:
        print("kerneopgave: " + _tr("--room kræver en FIL eller --demo."), file=sys.stderr)
        return 2
    if args.file is not None and _mistyped_command(args.file):
        print("kerneopgave: " + _tr("{word} er hverken en kommando eller en fil. Se "
                                    "kerneopgave --help.").format(word=visible(args.file)),
              file=sys.stderr)
        return 2
    from kerneopgave_desktop.ui.app import run

    return run(args.file, demo=demo, lang=args.lang, present=args.present, room=args.room)


def _demo_name(name: str | None) -> str | None:
    """The example asked for with --demo (the school when no name is given), or None."""
    if name is None:
        return None
    from kerneopgave_desktop.domain.demo import DEFAULT_DEMO, DEMOS

    if name and name not in DEMOS:
        raise CommandError(_tr("Eksemplet »{name}« findes ikke. Vælg et af: {names}.").format(
            name=name, names=", ".join(DEMOS)), code=2)
    return name or DEFAULT_DEMO


def _templates(args: argparse.Namespace) -> int:
    from kerneopgave_desktop.domain.templates import TEMPLATES

    for template in TEMPLATES.values():
        print(f"{template.name}\t{template.title()}")
    return 0


def _snapshot(args: argparse.Namespace) -> int:
    from kerneopgave_desktop.document import TakeSnapshot, open_document
    from kerneopgave_desktop.domain.snapshots import take
    from kerneopgave_desktop.storage import FileProblem

    name = args.name.strip()
    if not name:
        raise CommandError(_tr("Et øjebliksbillede skal have et navn."), code=2)
    try:
        document = open_document(args.file)
    except FileProblem as error:
        raise file_problem(error) from None
    try:
        if document.read_only:
            raise CommandError(document.store.notice or _tr("Filen er skrivebeskyttet."))
        document.apply(TakeSnapshot(take(document.workshop, name)))
    except FileProblem as error:
        raise file_problem(error) from None
    except ValueError as error:  # a name the model does not take
        raise CommandError(visible(str(error)), code=2) from None
    finally:
        document.close()
    print(_tr("Tog øjebliksbilledet »{name}«.").format(name=visible(name)))
    return 0


def _snapshots(args: argparse.Namespace) -> int:
    for snapshot in read(args.file).snapshots:
        print(f"{visible(snapshot.name)}\t{snapshot.taken_at}")
    return 0


def _compare(args: argparse.Namespace) -> int:
    import json

    from kerneopgave_desktop.domain.comparison import summary
    from kerneopgave_desktop.domain.diff import compare
    from kerneopgave_desktop.interchange import changes

    workshop = read(args.file)
    if args.other:
        before, after = workshop.boards, read(args.other).boards
    else:
        if not args.since:
            raise CommandError(_tr("Sig hvad der skal sammenlignes: --from NAVN, eller to filer."),
                               code=2)
        start = find_snapshot(workshop, args.since, args.file)
        before = list(start.content)
        if args.until:
            after = list(find_snapshot(workshop, args.until, args.file).content)
        else:
            shown = {board.id for board in before}
            after = [board for board in workshop.boards if start.board is None or board.id in shown]
    diff = compare(before, after)
    if args.json:
        print(json.dumps(changes.to_json(diff), ensure_ascii=False, indent=2))
    else:
        print(summary(diff))
    return 0


def _deck(args: argparse.Namespace) -> int:
    """One card per line, tab-separated: id, kind, sector, use, text, pole A, pole B.

    The first four are codes, the same in every language, so scripts can rely on them; a
    value the card does not have is an empty field.
    """
    from kerneopgave_desktop.domain.decks import builtin_deck, in_sector

    decks = [builtin_deck()]
    if args.file:
        from kerneopgave_desktop.storage import FileProblem, Store

        try:
            store, workshop = Store.open(args.file, read_only=True)
        except FileProblem as error:
            raise file_problem(error) from None
        store.close()
        decks = workshop.decks or decks
    for deck in decks:
        for card in in_sector(deck, args.sector):
            fields = (card.id, card.kind, card.sector, card.use, card.text, card.pole_a,
                      card.pole_b)
            print("\t".join(" ".join((value or "").split()) for value in fields))
    return 0


PERSONAL_LINES = 50
"""The most findings of personal data `check` names one by one; then it counts the rest."""
PROBLEM_LINES = 20
"""The most findings of damage `check` names one by one; then it counts the rest."""


def _personal(workshop) -> None:
    """The cards that hold what looks like personal data, each finding masked."""
    from kerneopgave_desktop.domain.decks import kind_label
    from kerneopgave_desktop.domain.personal import excerpts, flagged, mask

    cards = flagged(workshop)
    if not cards:
        return
    print(translate("Cli", "Ligner personoplysninger: %n kort. Kortene handler om arbejdet, "
                           "ikke om navngivne borgere.", len(cards)))
    lines = [f"  [{mask(board.title, keep=2)}] {kind_label(card)}, {label}: »{piece}« ({what})"
             for board, card, _ in cards for label, what, piece in excerpts(card)]
    for line in lines[:PERSONAL_LINES]:
        print(visible(line, limit=MESSAGE_LIMIT))
    if len(lines) > PERSONAL_LINES:
        print(_tr("  … og {n} mere.").format(n=len(lines) - PERSONAL_LINES))


def _print_problems(problems: list[str]) -> None:
    """The first PROBLEM_LINES findings of damage, a line each, then how many more."""
    for problem in problems[:PROBLEM_LINES]:
        print(visible(problem))
    if len(problems) > PROBLEM_LINES:
        print(_tr("  … og {n} mere.").format(n=len(problems) - PROBLEM_LINES))


def _check(args: argparse.Namespace) -> int:
    """Version, integrity, counts and objects we did not make; exit 1 for damage or those."""
    from kerneopgave_desktop.storage import FileProblem, Store, findings
    from kerneopgave_desktop.storage.schema import schema_version

    try:
        store, workshop = Store.open(args.file, read_only=True)
    except FileProblem as error:  # what SQLite can still say of the damage, then why
        _print_problems(findings(args.file))
        raise file_problem(error) from None
    try:
        version, problems, counts = store.file_version, store.integrity(), store.counts()
    except FileProblem as error:
        raise file_problem(error) from None
    finally:
        store.close()
    path = visible(args.file, limit=1000)
    print(_tr("Fil: {path}").format(path=path))
    print(_tr("Filformat: {version} (denne udgave skriver {current})").format(
        version=version, current=schema_version()))
    if store.notice:
        print(store.notice)
    print(_tr("Integritet: {result}").format(result="ok" if not problems else _tr("FEJL")))
    print(_tr("Tavler: {boards}, kort: {cards}, forbindelser: {links}, felter: {zones}, "
              "øjebliksbilleder: {snapshots}").format(**counts))
    for stranger in store.strangers:
        print(_tr("Ikke lavet af Kerneopgave-tavlen: {what}").format(what=stranger.label()))
    _personal(workshop)
    _print_problems(problems)
    if problems:
        raise CommandError(_tr("{path} er beskadiget.").format(path=path), code=1)
    if store.strangers:
        raise CommandError(_tr("{path} indeholder {count} ting, som Kerneopgave-tavlen ikke har "
                               "lavet; programmet åbner den skrivebeskyttet.").format(
                                   path=path, count=len(store.strangers)), code=1)
    return 0
