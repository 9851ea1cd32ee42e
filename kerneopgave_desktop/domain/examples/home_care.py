"""The home-care example: Hjemmeplejen Nord's away day on the core task."""

from __future__ import annotations

from datetime import date

from kerneopgave_desktop.domain.examples import boards
from kerneopgave_desktop.domain.examples.boards import Agreement, Dilemma, Effect, t
from kerneopgave_desktop.domain.model import Workshop, WorkshopInfo

_HOME_CARE_PROFESSIONS = (("Sosu-hjælper", "Home helper"), ("Visitator", "Needs assessor"),
                          ("Planlægger", "Planner"))
"""The professions the home-care team added to the catalogue."""


def build() -> Workshop:
    """A fresh copy of the home-care away day, in the current language."""
    helpers, assessor, planner = _HOME_CARE_PROFESSIONS
    levels = boards.levels([
        (("Et trygt og godt liv i hele kommunen, som borgerne selv er med til at forme.",
          "A safe and good life across the municipality, which citizens help to shape."), 0),
        (("Ældre og sundhed: ældre lever så selvstændigt og meningsfuldt som muligt og får "
          "hjælp, når de har brug for den.",
          "Elderly care and health: older people live as independently and meaningfully as "
          "they can, and get help when they need it."), 1),
        (("Hjemmeplejen Nord: borgerne klarer mest muligt selv i eget hjem og får hjælp til "
          "det, der betyder mest for dem.",
          "Hjemmeplejen Nord: citizens manage as much as they can at home and get help with "
          "what matters most to them."), 5),
        (("Gruppe 3: vi ser hver morgen på, hvad borgeren selv kan i dag, og hjælper med "
          "resten.",
          "Group 3: every morning we look at what the citizen can do alone today, and help "
          "with the rest."), 7),
    ], [
        ("Byrådets vision for kommunen.", "The council's vision for the municipality."),
        ("Centerchefen sammen med seniorrådet.",
         "The head of centre with the senior citizens' council."),
        ("Ledelse og medarbejdere på temadagen.", "Leaders and staff at the away day."),
        ("Teamet, efter samtaler med fem borgere.", "The team, after talking with five "
                                                    "citizens."),
    ])
    perspectives = boards.perspectives([
        ("Kvalitetsstandarden: hjælp efter behov, med vægt på at klare sig selv.",
         "The quality standard: help according to need, with weight on managing alone."),
        ("Budgettet styres efter visiterede timer.", "The budget is steered by assessed hours."),
        ("Borgerne læser om besparelser i avisen og bliver utrygge.",
         "Citizens read about cuts in the paper and feel unsafe."),
        ("Træning før hjælp: borgeren træner først, og hjælpen kommer bagefter.",
         "Training before help: the citizen trains first, and help comes after."),
        ("Terapeuterne når ikke at følge op hos alle, der træner.",
         "The therapists cannot follow up on everyone who trains."),
        ("De pårørende ved ikke, hvem de skal ringe til.", "Relatives don't know whom to call."),
        ("Borgeren får den hjælp, der er bevilget, til tiden.",
         "The citizen gets the help granted, on time."),
        ("Vi bytter ydelser, når borgeren hellere vil have noget andet end det, der står i "
         "planen.",
         "We swap services when the citizen would rather have something other than the plan "
         "says."),
        ("Fru Holm: »Det vigtigste er, at det er de samme, der kommer.«",
         "Mrs Holm: “What matters most is that it is the same people who come.”"),
        ("Bad to gange om ugen, 20 minutter hver gang.", "A shower twice a week, 20 minutes "
                                                         "each."),
        ("Vi øver badet sammen med borgeren, så hun kan klare det selv; det tager længere tid.",
         "We practise the shower with the citizen so she can manage it herself; it takes "
         "longer."),
        ("Borgeren er stolt over at kunne selv, men træt bagefter.",
         "The citizen is proud to manage alone, but tired afterwards."),
    ], core_row="workplace")
    professions = boards.professions(
        ("Borgeren lever det liv, hun selv ønsker, i sit eget hjem, så længe det er trygt.",
         "The citizen lives the life she wants, in her own home, for as long as it is safe."),
        4, [
            (helpers, ("Sosu-hjælpere", "Home helpers"),
             ("Den daglige hjælp og de små samtaler, der viser, om noget er ved at ændre sig.",
              "Daily help and the small chats that show whether something is changing."), 5),
            ("care_assistant", ("Sosu-assistenter", "Care assistants"),
             ("Medicin, sår og opfølgning; øje for, hvornår der skal mere til.",
              "Medication, wounds and follow-up; an eye for when more is needed."), 3),
            ("nurse", ("Sygeplejersker", "Nurses"),
             ("Sygepleje i hjemmet og samarbejdet med lægen og sygehuset.",
              "Nursing at home, and working with the GP and the hospital."), 2),
            ("therapist", ("Terapeuter", "Therapists"),
             ("Træning, der gør borgeren i stand til at klare mere selv.",
              "Training that helps the citizen manage more on their own."), 6),
            (assessor, assessor,
             ("En afgørelse, der passer til borgerens behov og til reglerne.",
              "A decision that fits the citizen's needs and the rules."), 1),
            (planner, planner,
             ("Køreplaner, hvor de samme medarbejdere kommer hos den samme borger.",
              "Rotas where the same staff visit the same citizen."), 4),
            ("kitchen", ("Madservice", "Meals service"),
             ("Mad, borgeren har lyst til, også når appetitten svigter.",
              "Food the citizen wants, even when appetite fails."), 2),
            ("technical_service", ("Hjælpemiddeldepot", "Aids depot"),
             ("Det rigtige hjælpemiddel hurtigt, så borgeren ikke skal vente på at kunne selv.",
              "The right aid quickly, so the citizen need not wait to manage alone."), 1),
        ])
    dilemmas = boards.dilemmas([
        Dilemma("settled", 6, "builtin-07", (
            ("at_stake", ("Hendes værdighed og lyst til at klare sig; for fællesskabet, at "
                          "timerne rækker til dem, der har mest brug for dem.",
                          "Her dignity and wish to manage; for the community, that the hours "
                          "stretch to those who need them most.")),
            ("perspectives", ("Kommunen vil have træning først; medarbejderne vil ikke "
                              "presse; borgeren vil gerne have hjælp, men også være sig selv.",
                              "The municipality wants training first; staff do not want to "
                              "push; the citizen wants help but also to be herself.")),
            ("professions", ("Terapeuterne ser et træningsmål, sosu-hjælperne ser en træt "
                             "kvinde, der har brug for ro.",
                             "The therapists see a training goal; the home helpers see a tired "
                             "woman who needs rest.")),
            ("core_task", ("Borgeren skal klare mest muligt selv, men det er hendes liv.",
                           "The citizen should manage as much as she can, but it is her "
                           "life.")),
            ("action", ("Terapeuten og kontaktpersonen taler med hende i næste uge.",
                        "The therapist and her contact person talk with her next week."))),
            decision=("Vi spørger borgeren, hvad hun selv vil kunne igen, og træner det. Resten "
                      "hjælper vi med, og vi tager det op igen efter seks uger.",
                      "We ask the citizen what she wants to be able to do again, and train "
                      "that. We help with the rest, and take it up again after six weeks.")),
        Dilemma("discussed", 3, "builtin-23", (
            ("at_stake", ("At de mest syge får hjælp, og at ingen bliver glemt.",
                          "That the sickest get help, and that no one is forgotten.")),
            ("action", ("Planlæggeren og dagens koordinator beslutter sammen, og borgerne får "
                        "besked inden kl. 9.",
                        "The planner and the day's coordinator decide together, and citizens "
                        "are told before 9 am.")))),
        Dilemma("discussed", 4, "builtin-34", (
            ("perspectives", ("Visitationen ser ydelser, vi ser mennesker, og borgeren ser "
                              "sin dag.",
                              "The assessors see services, we see people, and the citizen "
                              "sees her day.")),)),
        Dilemma("new", 1, "builtin-18"),
        Dilemma("new", 2, "builtin-01"),
    ])
    boards.agreed(dilemmas, [
        Agreement(("Terapeuten og kontaktpersonen spørger borgeren, hvad hun selv vil "
                   "kunne igen.",
                   "The therapist and the contact person ask the citizen what she wants to "
                   "be able to do again."), "Karin Mølgaard", date(2026, 5, 26), "done",
                  date(2026, 4, 21)),
        Agreement(("Samme faste hjælper hos de borgere, der har flest besøg i ugen.",
                   "The same regular helper for the citizens with the most visits a week."),
                  "Ole Vinther", date(2026, 6, 2), "in_progress", date(2026, 5, 1)),
        Agreement(("Visitator og sosu-hjælpere mødes en gang om måneden om de svære sager.",
                   "Assessors and home helpers meet once a month about the difficult cases."),
                  "Mette Sørensen", date(2026, 6, 16)),
    ])
    involvement = boards.involvement([
        ("Vi ved, at det betyder meget at blive hjulpet af et kendt ansigt.",
         "We know it matters a lot to be helped by a familiar face."),
        ("Ved hvert nyt forløb spørger vi, hvad borgeren selv vil kunne igen.",
         "At the start of every new course we ask what the citizen wants to manage again."),
        ("De pårørende er med til det første møde og hjælper med indkøb.",
         "Relatives join the first meeting and help with the shopping."),
        ("Sammen med seniorrådet laver vi en folder om, hvad man selv kan gøre.",
         "With the senior citizens' council we are writing a leaflet on what you can do "
         "yourself."),
    ], Effect(("Borgerne klarer mere selv og har overskud til det, der giver dem glæde.",
               "Citizens manage more on their own and have energy for what gives them joy."),
              ("Antal visiterede timer og leverede besøg",
               "Number of assessed hours and visits made"), "both", 5, "active"), [
        Effect(("Borgeren kan selv komme i bad igen og føler sig ren og tryg.",
                "The citizen can shower alone again and feels clean and safe."),
               ("Antal bade om ugen", "Number of showers a week"), "citizen", 3, "active"),
        Effect(("Borgeren spiser med lyst og holder vægten.",
                "The citizen eats with appetite and keeps her weight."),
               ("Antal leverede måltider", "Number of meals delivered"), "citizen", 1),
        Effect(("De pårørende er trygge og ved, hvem de skal ringe til.",
                "Relatives feel safe and know whom to call."),
               ("Antal besvarede opkald", "Number of calls answered"), "both", 2),
    ])
    return Workshop(
        info=WorkshopInfo(
            title=t(("Temadag om kerneopgaven i hjemmeplejen",
                     "Away day on the core task in home care")),
            workplace="Hjemmeplejen Nord", date=date(2026, 4, 14), facilitator="Hanne Kjær",
            participants=("Fatima Aziz", "Jens Bak", "Karin Mølgaard", "Mette Sørensen",
                          "Ole Vinther", "Yvonne Lund"),
            professions=tuple(t(name) for name in _HOME_CARE_PROFESSIONS)),
        boards=[levels, perspectives, professions, dilemmas, involvement])
