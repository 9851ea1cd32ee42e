"""The technical and environmental services example (teknik og miljø): Park og Vej's
working meeting on parks and public spaces."""

from __future__ import annotations

from datetime import date

from kerneopgave_desktop.domain.examples import boards
from kerneopgave_desktop.domain.examples.boards import Agreement, Dilemma, Effect, t
from kerneopgave_desktop.domain.model import Workshop, WorkshopInfo

_PARKS_PROFESSIONS = (("Parkbetjent", "Park warden"), ("Naturvejleder", "Nature guide"),
                      ("Kommunikationsmedarbejder", "Communications officer"))
"""The professions the parks team added to the catalogue."""


def build() -> Workshop:
    """A fresh copy of the parks team's working meeting, in the current language."""
    wardens, guide, communications = _PARKS_PROFESSIONS
    levels = boards.levels([
        (("En grøn og levende kommune, hvor det er rart og trygt at bo og færdes.",
          "A green and lively municipality where it is good and safe to live and get about."),
         0),
        (("Teknik og miljø: byrum og natur, som borgerne bruger, passer på og er med til at "
          "forme.",
          "Technical and environmental services: public spaces and nature that citizens use, "
          "look after and help to shape."), 1),
        (("Park og Vej: parker, pladser og veje, der er trygge, grønne og åbne for mange slags "
          "liv.",
          "Park og Vej: parks, squares and roads that are safe, green and open to many kinds "
          "of life."), 4),
        (("Parkholdet i Østbyen: byparken er ren, sikker og indbydende hver morgen, også efter "
          "en travl weekend.",
          "The park team in Østbyen: the town park is clean, safe and inviting every morning, "
          "even after a busy weekend."), 5),
    ], [
        ("Byrådets vision for kommunen.", "The council's vision for the municipality."),
        ("Direktøren for teknik og miljø sammen med udvalget.",
         "The director of technical services with the committee."),
        ("Ledelse, gartnere, vejfolk og sagsbehandlere.",
         "Leaders, gardeners, road crews and case officers."),
        ("Parkholdet, efter en gåtur i parken med beboerne.",
         "The park team, after a walk in the park with residents."),
    ])
    professions = boards.professions(
        ("Byens grønne rum er trygge og fulde af liv, og borgerne føler, at de er deres.",
         "The town's green spaces are safe and full of life, and residents feel they are "
         "theirs."), 3, [
            ("gardener", ("Gartnere", "Gardeners"),
             ("Beplantning og pleje, der gør parken smuk og rig på natur.",
              "Planting and care that make the park beautiful and rich in nature."), 4),
            ("engineer", ("Ingeniører", "Engineers"),
             ("Stier, lys og afvanding, der holder i mange år.",
              "Paths, lighting and drainage that last for years."), 2),
            (wardens, ("Parkbetjente", "Park wardens"),
             ("Til stede om aftenen og i weekenden; taler med dem, der bruger parken.",
              "Present in the evenings and at weekends; talking with the people who use the "
              "park."), 5),
            (guide, guide,
             ("Ture og aktiviteter, der lærer børn og voksne at passe på naturen.",
              "Walks and activities that teach children and adults to care for nature."), 2),
            ("administration", ("Sagsbehandlere", "Case officers"),
             ("Tilladelser til arrangementer, der er klare og kommer til tiden.",
              "Permits for events that are clear and arrive on time."), 3),
            ("lawyer", ("Jurist", "Lawyer"),
             ("Regler for brugen af parken, som er til at forstå og til at håndhæve.",
              "Rules for using the park that can be understood and enforced."), 1),
            ("technical_service", ("Materielgården", "The depot"),
             ("Maskiner og tømning af affaldsspande, der er klar, når der har været fest.",
              "Machines and bin emptying ready when there has been a party."), 1),
            (communications, ("Kommunikation", "Communications"),
             ("Fortæller borgerne, hvad der sker i parken, og hvorfor.",
              "Tells residents what is happening in the park, and why."), 2),
        ])
    dilemmas = boards.dilemmas([
        Dilemma("settled", 7, "builtin-45", (
            ("at_stake", ("At parken er for alle: for dem, der vil feste, og for dem, der vil "
                          "sove eller gå en tur i ro.",
                          "That the park is for everyone: for those who want to party, and for "
                          "those who want to sleep or walk in peace.")),
            ("perspectives", ("Politikerne vil have et levende byliv; naboerne klager over "
                              "larm; de unge oplever, at de ikke har andre steder at være.",
                              "The politicians want a lively city; the neighbours complain "
                              "about noise; the young people feel they have nowhere else to "
                              "go.")),
            ("professions", ("Sagsbehandlerne ser reglerne, parkbetjentene ser de mennesker, "
                             "de møder om aftenen.",
                             "The case officers see the rules; the park wardens see the people "
                             "they meet in the evening.")),
            ("core_task", ("Mangfoldighed og tryghed skal begge være der; vi kan ikke vælge "
                           "den ene fra.",
                           "Diversity and safety must both be there; we cannot drop either.")),
            ("action", ("Vi prøver reglerne af hen over sommeren og mødes med naboerne i "
                        "september.",
                        "We try the rules over the summer and meet the neighbours in "
                        "September."))),
            decision=("Arrangementer er velkomne til kl. 22 på den store plæne. Parkbetjentene "
                      "er til stede, og naboerne får besked en uge før.",
                      "Events are welcome until 10 pm on the big lawn. The park wardens are "
                      "there, and neighbours are told a week ahead.")),
        Dilemma("discussed", 4, "builtin-46", (
            ("at_stake", ("Beboernes glæde ved deres eget sted, og at det er sikkert for de "
                          "børn, der leger der.",
                          "The residents' pride in their own place, and safety for the "
                          "children who play there.")),
            ("action", ("Vi laver en aftale med beboerforeningen om ét område til at begynde "
                        "med.",
                        "We make an agreement with the residents' association on one area to "
                        "begin with.")))),
        Dilemma("discussed", 3, "builtin-47", (
            ("perspectives", ("Udvalget vil have mere natur; nogle borgere ser ukrudt; "
                              "børnene elsker sommerfuglene.",
                              "The committee wants more nature; some residents see weeds; the "
                              "children love the butterflies.")),)),
        Dilemma("new", 2, "builtin-48"),
        Dilemma("new", 1, text=(
            "Skal vi fjerne bænkene ved søen, hvor grupper samles om natten, når de samme bænke "
            "bruges af ældre om dagen?",
            "Should we remove the benches by the lake where groups gather at night, when older "
            "people use the same benches by day?"),
            poles=(("Tryghed om natten", "Safety at night"),
                   ("Hvil og ophold om dagen", "A place to rest by day"))),
    ])
    boards.agreed(dilemmas, [
        Agreement(("Skilte på den store plæne: arrangementer er velkomne til kl. 22.",
                   "Signs on the big lawn: events are welcome until 10 pm."), "Bo Kragh",
                  date(2026, 7, 1), "done", date(2026, 6, 15)),
        Agreement(("Parkbetjentene går aftenrunde fredag og lørdag hele sommeren.",
                   "The park wardens do an evening round on Fridays and Saturdays all "
                   "summer."), "Anja Brix", date(2026, 9, 8), "in_progress"),
        Agreement(("Møde med naboerne og de unge om reglerne for parken.",
                   "A meeting with the neighbours and the young people about the park's "
                   "rules."), "Dorthe Lind", date(2026, 9, 15), due=date(2026, 9, 1)),
    ])
    involvement = boards.involvement([
        ("Vi planlægger beplantningen ud fra, hvad vi tror, borgerne gerne vil have.",
         "We plan the planting from what we think residents would like."),
        ("På kommunens kort på nettet kan borgerne melde fejl og ønsker.",
         "On the municipality's online map residents can report faults and wishes."),
        ("Skoleklasser sår blomster og passer bedene i parken.",
         "School classes sow flowers and tend the beds in the park."),
        ("Beboerne og vi laver planen for den nye legeplads sammen.",
         "The residents and we draw up the plan for the new playground together."),
    ], Effect(("Flere bruger parken og føler sig trygge der, også om aftenen.",
               "More people use the park and feel safe there, in the evening too."),
              ("Antal klippede kvadratmeter og tømte affaldsspande",
               "Square metres mown and bins emptied"), "both", 4, "attentive"), [
        Effect(("Børn og voksne kender naturen i deres kvarter og passer på den.",
                "Children and adults know the nature in their neighbourhood and look after "
                "it."),
               ("Antal naturvejledninger", "Number of guided nature walks"), "society", 2,
               "active"),
        Effect(("Naboerne kan sove, og festerne kan stadig holdes.",
                "The neighbours can sleep, and the parties can still be held."),
               ("Antal udstedte tilladelser", "Number of permits issued"), "both", 3),
        Effect(("Borgerne oplever, at deres ønsker bliver hørt og brugt.",
                "Residents find that their wishes are heard and used."),
               ("Antal indberetninger på kortet", "Number of reports on the map"), "citizen", 1,
               "attentive"),
    ])
    change = boards.change([
        ("Det er en ændring af selve opgaven: fra pæne plæner til mere natur. Byrådets "
         "klimaplan satte den i gang, og parkholdet har selv foreslået de første områder.",
         "It changes the task itself: from neat lawns to more nature. The council's climate "
         "plan started it, and the park team proposed the first areas itself."),
        ("Vi slår græsset hver uge fra april til oktober.",
         "We mow the grass every week from April to October."),
        ("Vilde blomster på en tredjedel af plænerne; vi slår kun stierne og kanterne.",
         "Wildflowers on a third of the lawns; we mow only the paths and edges."),
        ("Mere liv i parken, men vi skal forklare borgerne hvorfor. Vi holder fast i, at parken "
         "skal se passet ud.",
         "More life in the park, but we must explain why to residents. We hold on to the park "
         "looking cared for."),
    ])
    return Workshop(
        info=WorkshopInfo(
            title=t(("Arbejdsmøde om parker og byrum",
                     "Working meeting on parks and public spaces")),
            workplace="Park og Vej, Teknik og Miljø", date=date(2026, 5, 20),
            facilitator="Rasmus Holt",
            participants=("Anja Brix", "Bo Kragh", "Dorthe Lind", "Emil Nørgaard",
                          "Sara Ahmadi"),
            professions=tuple(t(name) for name in _PARKS_PROFESSIONS)),
        boards=[levels, professions, dilemmas, involvement, change])
