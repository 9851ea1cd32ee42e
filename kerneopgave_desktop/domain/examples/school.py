"""The school's example: Skolen ved Åen's staff meeting on the core task, years 5–6."""

from __future__ import annotations

from datetime import date

from kerneopgave_desktop.domain.examples import boards
from kerneopgave_desktop.domain.examples.boards import Agreement, Dilemma, Effect, t
from kerneopgave_desktop.domain.model import Workshop, WorkshopInfo


def build() -> Workshop:
    """A fresh copy of the school's staff meeting, in the current language."""
    levels = boards.levels([
        (("Et godt sted at vokse op, leve og arbejde – skabt sammen med borgere, foreninger og "
          "virksomheder.",
          "A good place to grow up, live and work – made together with citizens, clubs and "
          "businesses."), 0),
        (("Børn og unge: alle børn vokser trygt op, lærer meget og hører til i et fællesskab, "
          "fra vuggestue til ungdomsuddannelse.",
          "Children and young people: every child grows up safely, learns a lot and belongs to "
          "a community, from nursery to upper secondary."), 0),
        (("Skolen ved Åen: hvert barn går herfra med lyst til at lære, med venner og med det, "
          "der skal til for at klare en ungdomsuddannelse.",
          "Skolen ved Åen: every child leaves us wanting to learn, with friends, and with what "
          "it takes to manage upper secondary education."), 4),
        (("5.–6. årgang: hver elev bliver set, udfordret og mødt med forventninger hver dag.",
          "Years 5–6: every pupil is seen, challenged and met with expectations every day."), 6),
    ], [
        ("Byrådets vision for kommunen.", "The council's vision for the municipality."),
        ("Direktionen og skolechefen.", "The executive board and the head of schools."),
        ("Ledelsen, lærerne, pædagogerne og skolebestyrelsen.",
         "The leaders, teachers, pedagogues and the school board."),
        ("Årgangsteamet sammen med elevrådet.", "The year team together with the pupils' "
                                                "council."),
    ])
    professions = boards.professions(
        ("Alle børn lærer mest muligt og trives i et trygt fællesskab.",
         "Every child learns as much as possible and thrives in a safe community."), 3, [
            ("teacher", ("Lærere", "Teachers"),
             ("Tydelige mål, feedback og undervisning, der udfordrer hver elev.",
              "Clear goals, feedback and teaching that stretches every pupil."), 5),
            ("pedagogue", ("Pædagoger", "Pedagogues"),
             ("Trivsel i frikvartererne og ved skift mellem timerne; relationer til de børn, "
              "der har det svært.",
              "Well-being at break time and between lessons; bonds with the children who "
              "struggle."), 4),
            ("psychologist", ("PPR-psykolog", "Educational psychologist"),
             ("Viden om børn med særlige behov og sparring med teamene.",
              "Knowledge of children with special needs, and advice for the teams."), 2),
            ("social_worker", ("Socialrådgiver", "Social worker"),
             ("Samarbejde med familierne, når skolen ikke kan løse det alene.",
              "Working with families when the school cannot solve it alone."), 1),
            ("secretary", ("Sekretær", "Secretary"),
             ("Det første møde med nye forældre og overblik, når noget haster.",
              "The first meeting with new parents, and an overview when things are urgent."),
             2),
            ("caretaker", ("Pedel", "Caretaker"),
             ("Hele, trygge og indbydende rammer, inde og ude.",
              "Sound, safe and inviting surroundings, inside and out."), 0),
            ("cleaner", ("Rengøring", "Cleaning"),
             ("Rene lokaler, så det er rart at være i skolen.",
              "Clean rooms, so school is a good place to be."), 0),
            ("kitchen", ("Køkken", "Kitchen"),
             ("Et sundt måltid, der giver energi til at lære.",
              "A healthy meal that gives energy to learn."), 3),
        ])
    dilemmas = boards.dilemmas([
        Dilemma("settled", 5, "builtin-27", (
            ("at_stake", ("At alle elever kan følge med, også dem, der ikke får hjælp "
                          "hjemme; og at forældrene ved, hvad der foregår.",
                          "That every pupil can keep up, including those who get no help at "
                          "home; and that parents know what is going on.")),
            ("perspectives", ("Byrådet vil have forældrene med; mange forældre oplever "
                              "lektierne som konflikter derhjemme; eleverne siger, at "
                              "lektiecaféen hjælper.",
                              "The council wants parents involved; many parents find homework "
                              "a source of rows at home; the pupils say the homework café "
                              "helps.")),
            ("professions", ("Lærerne ser lektier som træning; pædagogerne ser dem som en "
                             "kilde til ulighed.",
                             "The teachers see homework as practice; the pedagogues see it as "
                             "a source of inequality.")),
            ("core_task", ("Hvert barn skal klare sig, uanset hvad det har med hjemmefra.",
                           "Every child must get on, whatever they bring from home.")),
            ("action", ("Vi prøver i tre måneder og ser på det igen på personalemødet i juni.",
                        "We try it for three months and look again at the staff meeting in "
                        "June."))),
            decision=("Lektier er kun læsning og træning, som eleverne kan klare uden hjælp. "
                      "Lektiecaféen holder åbent tre dage om ugen.",
                      "Homework is only reading and practice that pupils can manage without "
                      "help. The homework café is open three days a week.")),
        Dilemma("discussed", 2, "builtin-21", (
            ("professions", ("Lærerne vil fordybe sig i fagene, pædagogerne i relationerne.",
                             "The teachers want depth in subjects, the pedagogues in "
                             "relationships.")),
            ("core_task", ("Begge dele skal til; spørgsmålet er, hvem der gør hvad, og i "
                           "hvilke timer.",
                           "Both are needed; the question is who does what, and in which "
                           "lessons.")))),
        Dilemma("discussed", 3, "builtin-28", (
            ("at_stake", ("At tallene ikke bliver det eneste, vi taler om til "
                          "skole-hjem-samtalen.",
                          "That the numbers do not become the only thing we talk about at the "
                          "parents' meeting.")),)),
        Dilemma("new", 1, "builtin-22"),
    ])
    boards.agreed(dilemmas, [
        Agreement(("Lektiecaféen holder åbent mandag, tirsdag og torsdag efter sidste time.",
                   "The homework café is open on Monday, Tuesday and Thursday after the last "
                   "lesson."), "Jonas Friis", date(2026, 6, 9), "in_progress",
                  date(2026, 3, 16)),
        Agreement(("Hvert team fordeler timerne til fordybelse og til fællesskab.",
                   "Each team shares out the lessons for depth and for community."),
                  "Maria Løkke og Søren Vad", date(2026, 4, 28),
                  due=date(2026, 4, 1)),
        Agreement(("Skole-hjem-samtalen begynder med, hvordan barnet har det, før vi taler "
                   "om resultaterne.",
                   "The parents' meeting starts with how the child is doing, before we talk "
                   "about results."), "Birgit Nørgaard", date(2026, 6, 9), "done"),
    ])
    involvement = boards.involvement([
        ("Vi tænker på, hvad eleverne får ud af det, når vi planlægger, men vi spørger dem "
         "sjældent.",
         "We think about what the pupils get out of it when we plan, but we rarely ask them."),
        ("Elevrådet bliver spurgt to gange om året, men svarene når ikke ud til teamene.",
         "The pupils' council is asked twice a year, but the answers never reach the teams."),
        ("Forældre, der kan noget særligt, kunne komme med i timerne: en tømrer, en "
         "sygeplejerske, en kok.",
         "Parents with a special skill could join lessons: a carpenter, a nurse, a cook."),
        ("I 6. klasse planlægger eleverne temaugen sammen med os.",
         "In year 6 the pupils plan the theme week together with us."),
    ], Effect(("Flere elever gennemfører en ungdomsuddannelse.",
               "More pupils complete upper secondary education."),
              ("Antal undervisningstimer og elevsamtaler", "Number of lessons and pupil talks"),
              "both", 4, "active"), [
        Effect(("Eleverne tør sige noget i klassen og hjælper hinanden.",
                "Pupils dare to speak up in class and help each other."),
               ("Antal trivselsmålinger", "Number of well-being surveys"), "citizen", 2),
        Effect(("Forældrene ved, hvordan de kan støtte deres barns læring.",
                "Parents know how they can support their child's learning."),
               ("Antal skole-hjem-samtaler", "Number of parents' meetings"), "both", 1,
               "attentive"),
        Effect(("Ingen elev står alene i frikvarteret.", "No pupil stands alone at break time."),
               ("Antal gårdvagter", "Number of playground duties"), "citizen", 3),
    ])
    return Workshop(
        info=WorkshopInfo(
            title=t(("Personalemøde om kerneopgaven", "Staff meeting on the core task")),
            workplace="Skolen ved Åen", date=date(2026, 3, 3), facilitator="Lene Holm",
            participants=("Ali Demir", "Birgit Nørgaard", "Jonas Friis", "Maria Løkke",
                          "Søren Vad")),
        boards=[levels, professions, dilemmas, involvement])
