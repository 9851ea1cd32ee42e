"""The built-in deck's cards for care: elderly care and health, disability and social
services, psychiatry and health visiting."""

from __future__ import annotations

from kerneopgave_desktop.domain.deck_cards.entry import Entry, ask

ELDERLY_HEALTH = (  # Ældre og sundhed
    ask(1, "elderly_health", "shared_purpose",
        "Vores formulering af kerneopgaven er flot. Hvad betyder den konkret på en travl mandag i "
        "hjemmeplejen?",
        "Our wording of the core task sounds fine. What does it mean on a busy Monday in home "
        "care?"),
    Entry(7, "elderly_health", "citizens",
          "En borger vil hellere have hjælp til badet end træne sig til at klare det selv. Hvor "
          "meget må vi forlange af hende?",
          "A citizen would rather have help with her shower than train to manage it herself. "
          "How much may we ask of her?",
          ("Træne sig selvhjulpen", "Borgerens eget ønske"),
          ("Training towards self-reliance", "The citizen's own wish")),
    Entry(11, "elderly_health", "citizens",
          "På plejecentret vil vi gerne have pårørende og frivillige med i hverdagen. Hvor meget "
          "kan vi bede dem om, uden at vi lægger for meget over på dem?",
          "At the care home we want relatives and volunteers to be part of daily life. How much "
          "can we ask of them without loading too much onto them?",
          ("Inddrage dem mere", "Skåne dem"), ("Involve them more", "Spare them")),
    Entry(18, "elderly_health", "professions",
          "Sygeplejersker og terapeuter ser forskelligt på god pleje. Skal der være én fælles "
          "standard for hele huset, eller skal hver faglighed bestemme på sit eget område?",
          "Nurses and therapists see good care differently. Should there be one shared standard "
          "for the whole care home, or should each profession decide in its own field?",
          ("Én fælles standard", "Hver faglighed på sit felt"),
          ("One shared standard", "Each profession in its own field")),
    Entry(23, "elderly_health", "wellbeing",
          "Vi kan ikke nå alle besøg i dag. Holder vi fast i planen, så alle ved, hvad de kan "
          "regne med, eller lægger vi dagen om efter, hvem der har mest brug for os?",
          "We cannot make every visit today. Do we keep to the plan so everyone knows what to "
          "expect, or rearrange the day around who needs us most?",
          ("Holde planen", "Lægge dagen om"), ("Keep to the plan", "Rearrange the day")),
    Entry(34, "elderly_health", "shared_purpose",
          "Visitationen giver minutter til bestemte ydelser. Skal vi levere det, der står i "
          "planen, eller bruge tiden på det, borgeren selv synes betyder mest i dag?",
          "The needs assessment grants minutes for set services. Do we deliver what the plan "
          "says, or spend the time on what the citizen finds most important today?",
          ("Det, der står i planen", "Det, der betyder mest i dag"),
          ("What the plan says", "What matters most today")),
    Entry(35, "elderly_health", "change",
          "Plejecentret går fra faste vagter til selvstyrende teams. Skal teamet selv lægge "
          "vagtplanen, når nogle hellere vil have en leder, der bestemmer?",
          "The care home is moving from fixed shifts to self-managing teams. Should the team "
          "draw up its own rota when some would rather have a manager who decides?",
          ("Teamet styrer selv", "Lederen lægger planen"),
          ("The team decides", "The manager plans")),
    Entry(36, "elderly_health", "citizens",
          "Sundhedscentrets kurser fyldes af dem, der selv melder sig. Skal vi bruge kræfterne "
          "på dem, eller på at opsøge dem, der aldrig kommer?",
          "The health centre's courses fill up with people who sign up by themselves. Should we "
          "spend our effort on them, or on reaching out to those who never come?",
          ("Dem, der selv kommer", "Dem, vi må opsøge"),
          ("Those who come by themselves", "Those we must reach out to")),
)

SOCIAL = (  # Handicap og socialområdet
    Entry(5, "social", "shared_purpose",
          "Som myndighed skal vi gribe ind, når et barn ikke trives derhjemme; som hjælper har "
          "vi brug for forældrenes tillid. Hvordan vægter vi de to?",
          "As the authority we must step in when a child is not thriving at home; as helpers we "
          "need the parents' trust. How do we weigh the two?",
          ("Gribe ind i tide", "Bevare forældrenes tillid"),
          ("Step in early", "Keep the parents' trust")),
    Entry(12, "social", "citizens",
          "En ung beboer med et alvorligt psykisk handicap vil gerne tage bussen alene ind til "
          "byen. Hvor stor en risiko må hun tage, når vi selv ville fraråde det?",
          "A young resident with a severe mental disability wants to take the bus into town on "
          "her own. How much risk may she take when we would advise against it?",
          ("Tryghed", "Selvbestemmelse"), ("Safety", "Self-determination")),
    Entry(19, "social", "professions",
          "Skal dokumentationen fylde mindre, så vi får mere tid med beboerne, også hvis vi så "
          "ved mindre om, hvad der virker?",
          "Should documentation take less time so we have more with the residents, even if we "
          "then know less about what works?",
          ("Tid med beboerne", "Viden om, hvad der virker"),
          ("Time with the residents", "Knowing what works")),
    Entry(37, "social", "shared_purpose",
          "På bostedet for unge med alvorligt psykisk handicap: skal hverdagen bygge på faste "
          "rammer og genkendelighed, eller på at beboerne prøver nyt og lærer mere?",
          "At the home for young adults with a severe mental disability: should daily life rest "
          "on fixed routines and predictability, or on residents trying new things and "
          "learning more?",
          ("Faste rammer og ro", "Nye erfaringer og udvikling"),
          ("Routine and calm", "New experiences and growth")),
    Entry(38, "social", "change",
          "Kommunen vil have flere borgere fra botilbud over i egen bolig med støtte. Hvor "
          "hurtigt skal det gå, når nogle er trygge, hvor de bor nu?",
          "The municipality wants more people to move from residential care to homes of their "
          "own with support. How fast should it go when some feel safe where they live now?",
          ("Eget hjem og selvstændighed", "Trygheden i det kendte"),
          ("A home of their own", "The safety of the familiar")),
    Entry(39, "social", "wellbeing",
          "Vold og trusler fra en beboer slider på personalet. Skal vi skærme medarbejderne "
          "mere, eller holde fast i den tætte kontakt, som beboeren har brug for?",
          "Violence and threats from one resident are wearing the staff down. Should we shield "
          "staff more, or keep up the close contact the resident needs?",
          ("Personalets sikkerhed", "Den tætte kontakt"), ("Staff safety", "Close contact")),
    Entry(40, "social", "professions",
          "En familie har otte kontaktpersoner i kommunen. Skal én medarbejder samle det hele, "
          "også når hun så må løse opgaver uden for sit eget fag?",
          "A family has eight contact people in the municipality. Should one worker pull it all "
          "together, even if she then takes on tasks outside her own field?",
          ("Én indgang for familien", "Hver sin faglighed"),
          ("One way in for the family", "Each to their own field")),
)

PSYCHIATRY = (  # Psykiatri og sundhedspleje
    Entry(3, "psychiatry", "shared_purpose",
          "I et forløb i socialpsykiatrien: skal vi mest arbejde med det, der er svært for "
          "borgeren, eller bygge videre på det, der allerede lykkes?",
          "In a community-psychiatry support plan, should we mostly work on what is hard for "
          "the citizen, or build on what already works?",
          ("Arbejde med det svære", "Bygge på det, der lykkes"),
          ("Work on what is hard", "Build on what works")),
    Entry(20, "psychiatry", "professions",
          "Når en borger er i krise: hvor meget skal den enkelte medarbejders skøn afgøre, og "
          "hvor meget fælles retningslinjer?",
          "When a citizen is in crisis, how much should each worker's judgement decide, and how "
          "much shared guidelines?",
          ("Eget skøn", "Fælles retningslinjer"), ("Own judgement", "Shared guidelines")),
    ask(25, "psychiatry", "wellbeing",
        "En kollega arbejder med borgerne på en måde, vi andre ikke synes giver mening. Hvornår og "
        "hvordan siger vi det?",
        "A colleague works with citizens in a way the rest of us find pointless. When and how do "
        "we say so?"),
    Entry(57, "psychiatry", "citizens",
          "En mor ønsker ikke flere besøg af sundhedsplejersken, men barnet tager for lidt på. "
          "Hvor langt skal vi respektere hendes nej?",
          "A mother wants no more visits from the health visitor, but the baby is gaining too "
          "little weight. How far should we respect her no?",
          ("Morens ønske", "Barnets sundhed"), ("The mother's wish", "The baby's health")),
    Entry(58, "psychiatry", "citizens",
          "Skal tidligere brugere af psykiatrien arbejde med hos os ud fra deres egne "
          "erfaringer, også når de ikke har en faglig uddannelse?",
          "Should former users of psychiatric services work alongside us from their own "
          "experience, even without professional training?",
          ("Erfaring fra eget liv", "Faglig uddannelse"),
          ("Lived experience", "Professional training")),
    Entry(59, "psychiatry", "change",
          "Sundhedsplejen skal erstatte nogle hjemmebesøg med videosamtaler. Det giver tid til "
          "flere familier, men sundhedsplejersken ser mindre af hjemmet. Hvad vælger vi?",
          "Health visiting is to replace some home visits with video calls. It frees time for "
          "more families, but the health visitor sees less of the home. What do we choose?",
          ("Flere familier på video", "Besøget i hjemmet"),
          ("More families by video", "The visit at home")),
    Entry(60, "psychiatry", "shared_purpose",
          "Skal vi måle os på, om borgerne bliver indlagt sjældnere, eller på, om de selv "
          "oplever at have fået et bedre liv?",
          "Should we measure ourselves by whether citizens are admitted to hospital less often, "
          "or by whether they themselves feel their life has got better?",
          ("Færre indlæggelser", "Borgerens egen oplevelse"),
          ("Fewer admissions", "The citizen's own experience")),
    Entry(61, "psychiatry", "wellbeing",
          "Arbejdet tæt på borgere i svær psykisk krise slider. Skal hver borger have faste "
          "medarbejdere, eller skal vi skiftes, så ingen bliver slidt ned?",
          "Working close to people in severe mental crisis wears you down. Should each citizen "
          "have the same staff, or should we take turns so no one burns out?",
          ("Faste relationer", "Skiftes og aflaste hinanden"),
          ("Steady relationships", "Taking turns")),
)
