"""The built-in deck's cards for children and young people: the school, and day care and
childminding."""

from __future__ import annotations

from kerneopgave_desktop.domain.deck_cards.entry import Entry, ask

SCHOOL = (  # Skole
    Entry(4, "school", "shared_purpose",
          "Skal vi bruge flere kræfter på samarbejdet med foreninger og virksomheder i "
          "lokalområdet, når det tager tid fra den daglige undervisning?",
          "Should we put more into working with local clubs and businesses when it takes time "
          "from everyday teaching?",
          ("Samarbejde med lokalområdet", "Tid i klassen"),
          ("Working with the local community", "Time in class")),
    Entry(10, "school", "citizens",
          "Skal støttetimerne deles ligeligt mellem klasserne, eller samles hos de elever, der "
          "har størst behov?",
          "Should support lessons be shared equally between classes, or gathered around the "
          "pupils in greatest need?",
          ("Lige for alle", "Mere til dem med størst behov"),
          ("The same for all", "More to those in greatest need")),
    Entry(15, "school", "change",
          "En ny måde at undervise på er på vej, mens vi stadig er ved at lære den sidste. "
          "Tager vi fat nu, eller bliver vi først gode til det, vi har?",
          "A new way of teaching is on its way while we are still learning the last one. Do we "
          "start now, or first get good at what we have?",
          ("Afprøve det nye", "Lære det kendte til bunds"), ("Try the new", "Master the known")),
    Entry(21, "school", "professions",
          "Skal lærere og pædagoger specialisere sig mere, eller skal flere af os kunne lidt af "
          "det hele?",
          "Should teachers and pedagogues specialise more, or should more of us be able to do a "
          "bit of everything?",
          ("Specialister", "Generalister"), ("Specialists", "Generalists")),
    ask(22, "school", "professions",
        "En opgave falder mellem lærere og pædagoger. Hvem tager den, og hvem bestemmer det?",
        "A task falls between teachers and pedagogues. Who takes it, and who decides?"),
    Entry(27, "school", "citizens",
          "Lektier lader forældrene følge med og hjælpe, men stiller de elever, der ikke får "
          "hjælp hjemme, dårligere. Skal vi give lektier for?",
          "Homework lets parents follow along and help, but leaves pupils who get no help at "
          "home worse off. Should we set homework?",
          ("Forældrene med i læringen", "Lige vilkår i skolen"),
          ("Parents part of the learning", "A level playing field at school")),
    Entry(28, "school", "shared_purpose",
          "Prøver og måltal viser, hvad eleverne har lært i fagene, men ikke om de trives og "
          "hører til. Hvor meget skal vi styre efter tallene?",
          "Tests and targets show what pupils have learnt in their subjects, but not whether "
          "they thrive and belong. How far should we steer by the numbers?",
          ("Faglige resultater, der kan måles", "Trivsel og fællesskab"),
          ("Measurable results", "Well-being and belonging")),
    Entry(29, "school", "wellbeing",
          "Teamets fælles tid rækker ikke til både at forberede undervisningen og tale om de "
          "elever, der har det svært. Hvad skal fylde?",
          "The team's shared time is not enough both to prepare lessons and to talk about the "
          "pupils who struggle. What should take up the time?",
          ("At forberede undervisningen", "At tale om eleverne"),
          ("Preparing lessons", "Talking about the pupils")),
)

DAYCARE = (  # Dagtilbud og dagpleje
    Entry(6, "daycare", "citizens",
          "Hvor meget af dagen skal gå til samtaler med forældrene, når tiden med børnene også "
          "er knap?",
          "How much of the day should go to talking with parents, when time with the children "
          "is short too?",
          ("Samarbejdet med forældrene", "Tiden med børnene"),
          ("Working with the parents", "Time with the children")),
    Entry(14, "daycare", "change",
          "Forvaltningen har valgt et nyt sprogprogram til alle dagtilbud. Hvor meget må vi "
          "tilpasse det til vores børn og vores hverdag?",
          "The department has chosen a new language programme for all day care. How far may we "
          "adapt it to our children and our days?",
          ("Gøre som besluttet", "Tilpasse det lokalt"), ("Do as decided", "Adapt it locally")),
    Entry(26, "daycare", "citizens",
          "Et barn har brug for en voksen tæt på hele dagen. Hvor langt skal vi strække os for "
          "det ene barn, når det går ud over resten af gruppen?",
          "One child needs an adult close by all day. How far should we go for that one child "
          "when it is at the expense of the rest of the group?",
          ("Det ene barn", "Hele gruppen"), ("The one child", "The whole group")),
    Entry(30, "daycare", "shared_purpose",
          "Skal formiddagen gå til planlagte læringsaktiviteter eller til fri leg, hvor børnene "
          "selv bestemmer?",
          "Should the morning go to planned learning activities or to free play where the "
          "children decide?",
          ("Planlagt læring", "Fri leg"), ("Planned learning", "Free play")),
    Entry(31, "daycare", "professions",
          "Pædagoger og pædagogmedhjælpere laver mange af de samme ting i hverdagen. Skal de "
          "have hver deres opgaver, eller skal alle kunne det hele?",
          "Pedagogues and assistants do many of the same things day to day. Should each have "
          "their own tasks, or should everyone be able to do it all?",
          ("Klare roller efter uddannelse", "Alle kan det hele"),
          ("Clear roles by training", "Everyone does it all")),
    Entry(32, "daycare", "wellbeing",
          "Flere kolleger er syge, og vikarerne kender ikke børnene. Holder vi fast i dagens "
          "aktiviteter, eller skruer vi ned til det trygge og kendte?",
          "Several colleagues are ill and the substitutes don't know the children. Do we keep "
          "the day's activities, or scale back to the safe and familiar?",
          ("Holde fast i aktiviteterne", "Ro og genkendelighed"),
          ("Keep the activities", "Calm and the familiar")),
    Entry(33, "daycare", "change",
          "Kommunen overvejer at samle dagplejerne i legestuen flere dage om ugen. Hvad vejer "
          "tungest: det lille, hjemlige miljø eller fællesskabet med flere børn og voksne?",
          "The municipality is thinking of gathering the childminders in the playgroup several "
          "days a week. What weighs more: the small, homely setting or the company of more "
          "children and adults?",
          ("Det lille, hjemlige miljø", "Fællesskabet med flere"),
          ("The small, homely setting", "The company of more")),
)
