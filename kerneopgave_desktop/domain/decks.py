"""The built-in deck, and drawing from a deck onto a board.

The cards are written from the themes of "Kerneopgaven i hverdagen" (Fremfærd),
one sector of the municipality at a time: each is a tension between two good
concerns with a pole for each, tied to a sector and to one of the five uses; a few
are open questions instead, with no poles. The booklet asks for tensions close to
everyday methods, tools and decisions, so most cards name a concrete situation.
The wording is ours.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from kerneopgave_desktop import i18n
from kerneopgave_desktop.domain import look
from kerneopgave_desktop.domain.layout import CARD_WIDTH, GAP, ZONE_MARGIN, ZONE_TITLE_SPACE
from kerneopgave_desktop.domain.model import Board, Card, Deck, DeckCard, Dilemma, Zone
from kerneopgave_desktop.domain.vocabulary import CARD_KINDS, DECK_CARD_KINDS, DILEMMA_STATUSES

BUILTIN_ID = "builtin"


@dataclass(frozen=True)
class _Entry:
    """One built-in card in both languages; `number` makes its id, stable across versions."""

    number: int
    sector: str
    use: str
    da: str
    en: str
    poles_da: tuple[str, str] | None = None
    poles_en: tuple[str, str] | None = None
    question: bool = False


def _q(number: int, sector: str, use: str, da: str, en: str) -> _Entry:
    return _Entry(number, sector, use, da, en, question=True)


# Grouped by sector. A card's number is its id for good: files remember which cards were
# drawn by id, so numbers are never reused and a reworded card keeps its number.
_BUILTIN = (
    # Skole
    _Entry(4, "school", "shared_purpose",
           "Skal vi bruge flere kræfter på samarbejdet med foreninger og virksomheder i "
           "lokalområdet, når det tager tid fra den daglige undervisning?",
           "Should we put more into working with local clubs and businesses when it takes time "
           "from everyday teaching?",
           ("Samarbejde med lokalområdet", "Tid i klassen"),
           ("Working with the local community", "Time in class")),
    _Entry(10, "school", "citizens",
           "Skal støttetimerne deles ligeligt mellem klasserne, eller samles hos de elever, der "
           "har størst behov?",
           "Should support lessons be shared equally between classes, or gathered around the "
           "pupils in greatest need?",
           ("Lige for alle", "Mere til dem med størst behov"),
           ("The same for all", "More to those in greatest need")),
    _Entry(15, "school", "change",
           "En ny måde at undervise på er på vej, mens vi stadig er ved at lære den sidste. "
           "Tager vi fat nu, eller bliver vi først gode til det, vi har?",
           "A new way of teaching is on its way while we are still learning the last one. Do we "
           "start now, or first get good at what we have?",
           ("Afprøve det nye", "Lære det kendte til bunds"), ("Try the new", "Master the known")),
    _Entry(21, "school", "professions",
           "Skal lærere og pædagoger specialisere sig mere, eller skal flere af os kunne lidt af "
           "det hele?",
           "Should teachers and pedagogues specialise more, or should more of us be able to do a "
           "bit of everything?",
           ("Specialister", "Generalister"), ("Specialists", "Generalists")),
    _q(22, "school", "professions",
       "En opgave falder mellem lærere og pædagoger. Hvem tager den, og hvem bestemmer det?",
       "A task falls between teachers and pedagogues. Who takes it, and who decides?"),
    _Entry(27, "school", "citizens",
           "Lektier lader forældrene følge med og hjælpe, men stiller de elever, der ikke får "
           "hjælp hjemme, dårligere. Skal vi give lektier for?",
           "Homework lets parents follow along and help, but leaves pupils who get no help at "
           "home worse off. Should we set homework?",
           ("Forældrene med i læringen", "Lige vilkår i skolen"),
           ("Parents part of the learning", "A level playing field at school")),
    _Entry(28, "school", "shared_purpose",
           "Prøver og måltal viser, hvad eleverne har lært i fagene, men ikke om de trives og "
           "hører til. Hvor meget skal vi styre efter tallene?",
           "Tests and targets show what pupils have learnt in their subjects, but not whether "
           "they thrive and belong. How far should we steer by the numbers?",
           ("Faglige resultater, der kan måles", "Trivsel og fællesskab"),
           ("Measurable results", "Well-being and belonging")),
    _Entry(29, "school", "wellbeing",
           "Teamets fælles tid rækker ikke til både at forberede undervisningen og tale om de "
           "elever, der har det svært. Hvad skal fylde?",
           "The team's shared time is not enough both to prepare lessons and to talk about the "
           "pupils who struggle. What should take up the time?",
           ("At forberede undervisningen", "At tale om eleverne"),
           ("Preparing lessons", "Talking about the pupils")),
    # Dagtilbud og dagpleje
    _Entry(6, "daycare", "citizens",
           "Hvor meget af dagen skal gå til samtaler med forældrene, når tiden med børnene også "
           "er knap?",
           "How much of the day should go to talking with parents, when time with the children "
           "is short too?",
           ("Samarbejdet med forældrene", "Tiden med børnene"),
           ("Working with the parents", "Time with the children")),
    _Entry(14, "daycare", "change",
           "Forvaltningen har valgt et nyt sprogprogram til alle dagtilbud. Hvor meget må vi "
           "tilpasse det til vores børn og vores hverdag?",
           "The department has chosen a new language programme for all day care. How far may we "
           "adapt it to our children and our days?",
           ("Gøre som besluttet", "Tilpasse det lokalt"), ("Do as decided", "Adapt it locally")),
    _Entry(26, "daycare", "citizens",
           "Et barn har brug for en voksen tæt på hele dagen. Hvor langt skal vi strække os for "
           "det ene barn, når det går ud over resten af gruppen?",
           "One child needs an adult close by all day. How far should we go for that one child "
           "when it is at the expense of the rest of the group?",
           ("Det ene barn", "Hele gruppen"), ("The one child", "The whole group")),
    _Entry(30, "daycare", "shared_purpose",
           "Skal formiddagen gå til planlagte læringsaktiviteter eller til fri leg, hvor børnene "
           "selv bestemmer?",
           "Should the morning go to planned learning activities or to free play where the "
           "children decide?",
           ("Planlagt læring", "Fri leg"), ("Planned learning", "Free play")),
    _Entry(31, "daycare", "professions",
           "Pædagoger og pædagogmedhjælpere laver mange af de samme ting i hverdagen. Skal de "
           "have hver deres opgaver, eller skal alle kunne det hele?",
           "Pedagogues and assistants do many of the same things day to day. Should each have "
           "their own tasks, or should everyone be able to do it all?",
           ("Klare roller efter uddannelse", "Alle kan det hele"),
           ("Clear roles by training", "Everyone does it all")),
    _Entry(32, "daycare", "wellbeing",
           "Flere kolleger er syge, og vikarerne kender ikke børnene. Holder vi fast i dagens "
           "aktiviteter, eller skruer vi ned til det trygge og kendte?",
           "Several colleagues are ill and the substitutes don't know the children. Do we keep "
           "the day's activities, or scale back to the safe and familiar?",
           ("Holde fast i aktiviteterne", "Ro og genkendelighed"),
           ("Keep the activities", "Calm and the familiar")),
    _Entry(33, "daycare", "change",
           "Kommunen overvejer at samle dagplejerne i legestuen flere dage om ugen. Hvad vejer "
           "tungest: det lille, hjemlige miljø eller fællesskabet med flere børn og voksne?",
           "The municipality is thinking of gathering the childminders in the playgroup several "
           "days a week. What weighs more: the small, homely setting or the company of more "
           "children and adults?",
           ("Det lille, hjemlige miljø", "Fællesskabet med flere"),
           ("The small, homely setting", "The company of more")),
    # Ældre og sundhed
    _q(1, "elderly_health", "shared_purpose",
       "Vores formulering af kerneopgaven er flot. Hvad betyder den konkret på en travl mandag i "
       "hjemmeplejen?",
       "Our wording of the core task sounds fine. What does it mean on a busy Monday in home "
       "care?"),
    _Entry(7, "elderly_health", "citizens",
           "En borger vil hellere have hjælp til badet end træne sig til at klare det selv. Hvor "
           "meget må vi forlange af hende?",
           "A citizen would rather have help with her shower than train to manage it herself. "
           "How much may we ask of her?",
           ("Træne sig selvhjulpen", "Borgerens eget ønske"),
           ("Training towards self-reliance", "The citizen's own wish")),
    _Entry(11, "elderly_health", "citizens",
           "På plejecentret vil vi gerne have pårørende og frivillige med i hverdagen. Hvor meget "
           "kan vi bede dem om, uden at vi lægger for meget over på dem?",
           "At the care home we want relatives and volunteers to be part of daily life. How much "
           "can we ask of them without loading too much onto them?",
           ("Inddrage dem mere", "Skåne dem"), ("Involve them more", "Spare them")),
    _Entry(18, "elderly_health", "professions",
           "Sygeplejersker og terapeuter ser forskelligt på god pleje. Skal der være én fælles "
           "standard for hele huset, eller skal hver faglighed bestemme på sit eget område?",
           "Nurses and therapists see good care differently. Should there be one shared standard "
           "for the whole care home, or should each profession decide in its own field?",
           ("Én fælles standard", "Hver faglighed på sit felt"),
           ("One shared standard", "Each profession in its own field")),
    _Entry(23, "elderly_health", "wellbeing",
           "Vi kan ikke nå alle besøg i dag. Holder vi fast i planen, så alle ved, hvad de kan "
           "regne med, eller lægger vi dagen om efter, hvem der har mest brug for os?",
           "We cannot make every visit today. Do we keep to the plan so everyone knows what to "
           "expect, or rearrange the day around who needs us most?",
           ("Holde planen", "Lægge dagen om"), ("Keep to the plan", "Rearrange the day")),
    _Entry(34, "elderly_health", "shared_purpose",
           "Visitationen giver minutter til bestemte ydelser. Skal vi levere det, der står i "
           "planen, eller bruge tiden på det, borgeren selv synes betyder mest i dag?",
           "The needs assessment grants minutes for set services. Do we deliver what the plan "
           "says, or spend the time on what the citizen finds most important today?",
           ("Det, der står i planen", "Det, der betyder mest i dag"),
           ("What the plan says", "What matters most today")),
    _Entry(35, "elderly_health", "change",
           "Plejecentret går fra faste vagter til selvstyrende teams. Skal teamet selv lægge "
           "vagtplanen, når nogle hellere vil have en leder, der bestemmer?",
           "The care home is moving from fixed shifts to self-managing teams. Should the team "
           "draw up its own rota when some would rather have a manager who decides?",
           ("Teamet styrer selv", "Lederen lægger planen"),
           ("The team decides", "The manager plans")),
    _Entry(36, "elderly_health", "citizens",
           "Sundhedscentrets kurser fyldes af dem, der selv melder sig. Skal vi bruge kræfterne "
           "på dem, eller på at opsøge dem, der aldrig kommer?",
           "The health centre's courses fill up with people who sign up by themselves. Should we "
           "spend our effort on them, or on reaching out to those who never come?",
           ("Dem, der selv kommer", "Dem, vi må opsøge"),
           ("Those who come by themselves", "Those we must reach out to")),
    # Handicap og socialområdet
    _Entry(5, "social", "shared_purpose",
           "Som myndighed skal vi gribe ind, når et barn ikke trives derhjemme; som hjælper har "
           "vi brug for forældrenes tillid. Hvordan vægter vi de to?",
           "As the authority we must step in when a child is not thriving at home; as helpers we "
           "need the parents' trust. How do we weigh the two?",
           ("Gribe ind i tide", "Bevare forældrenes tillid"),
           ("Step in early", "Keep the parents' trust")),
    _Entry(12, "social", "citizens",
           "En ung beboer med et alvorligt psykisk handicap vil gerne tage bussen alene ind til "
           "byen. Hvor stor en risiko må hun tage, når vi selv ville fraråde det?",
           "A young resident with a severe mental disability wants to take the bus into town on "
           "her own. How much risk may she take when we would advise against it?",
           ("Tryghed", "Selvbestemmelse"), ("Safety", "Self-determination")),
    _Entry(19, "social", "professions",
           "Skal dokumentationen fylde mindre, så vi får mere tid med beboerne, også hvis vi så "
           "ved mindre om, hvad der virker?",
           "Should documentation take less time so we have more with the residents, even if we "
           "then know less about what works?",
           ("Tid med beboerne", "Viden om, hvad der virker"),
           ("Time with the residents", "Knowing what works")),
    _Entry(37, "social", "shared_purpose",
           "På bostedet for unge med alvorligt psykisk handicap: skal hverdagen bygge på faste "
           "rammer og genkendelighed, eller på at beboerne prøver nyt og lærer mere?",
           "At the home for young adults with a severe mental disability: should daily life rest "
           "on fixed routines and predictability, or on residents trying new things and "
           "learning more?",
           ("Faste rammer og ro", "Nye erfaringer og udvikling"),
           ("Routine and calm", "New experiences and growth")),
    _Entry(38, "social", "change",
           "Kommunen vil have flere borgere fra botilbud over i egen bolig med støtte. Hvor "
           "hurtigt skal det gå, når nogle er trygge, hvor de bor nu?",
           "The municipality wants more people to move from residential care to homes of their "
           "own with support. How fast should it go when some feel safe where they live now?",
           ("Eget hjem og selvstændighed", "Trygheden i det kendte"),
           ("A home of their own", "The safety of the familiar")),
    _Entry(39, "social", "wellbeing",
           "Vold og trusler fra en beboer slider på personalet. Skal vi skærme medarbejderne "
           "mere, eller holde fast i den tætte kontakt, som beboeren har brug for?",
           "Violence and threats from one resident are wearing the staff down. Should we shield "
           "staff more, or keep up the close contact the resident needs?",
           ("Personalets sikkerhed", "Den tætte kontakt"), ("Staff safety", "Close contact")),
    _Entry(40, "social", "professions",
           "En familie har otte kontaktpersoner i kommunen. Skal én medarbejder samle det hele, "
           "også når hun så må løse opgaver uden for sit eget fag?",
           "A family has eight contact people in the municipality. Should one worker pull it all "
           "together, even if she then takes on tasks outside her own field?",
           ("Én indgang for familien", "Hver sin faglighed"),
           ("One way in for the family", "Each to their own field")),
    # Jobcenter
    _Entry(2, "jobcentre", "shared_purpose",
           "Vi kan tælle samtaler hver uge, men ser først langt senere, om folk blev i jobbet. "
           "Hvor mange kræfter skal gå til at følge op på effekten, når det tager tid fra "
           "samtalerne?",
           "We can count interviews every week, but only see much later whether people stayed in "
           "work. How much effort should go into following up on the effect when it takes time "
           "from the interviews?",
           ("Flere samtaler nu", "Opfølgning på effekten"),
           ("More interviews now", "Following up on the effect")),
    _Entry(8, "jobcentre", "citizens",
           "Vores faglige vurdering peger på et kursus; den ledige vil hellere selv søge job. "
           "Hvornår holder vi fast, og hvornår bliver vi formynderiske?",
           "Our professional view points to a course; the jobseeker would rather look for work "
           "on their own. When do we insist, and when do we become patronising?",
           ("Vores faglige vurdering", "Den lediges egen plan"),
           ("Our professional view", "The jobseeker's own plan")),
    _Entry(17, "jobcentre", "change",
           "Mere af kontakten med de ledige flytter over på selvbetjening og apps. Det sparer "
           "tid, men ikke alle kan bruge det. Hvad gør vi?",
           "More of our contact with jobseekers is moving to self-service and apps. It saves "
           "time, but not everyone can use them. What do we do?",
           ("Digitalt", "Personligt"), ("Digital", "In person")),
    _Entry(41, "jobcentre", "shared_purpose",
           "Skal vi få den ledige hurtigt i et hvilket som helst job, eller bruge længere tid på "
           "at finde et job eller en uddannelse, der holder?",
           "Should we get the jobseeker into any job quickly, or take longer to find a job or a "
           "course that lasts?",
           ("Hurtigt i job", "Et job, der holder"), ("Into work fast", "A job that lasts")),
    _Entry(42, "jobcentre", "citizens",
           "Reglerne kræver en sanktion, når en ledig udebliver fra en samtale. Hvor meget skal "
           "vi se på årsagen, før vi trækker i ydelsen?",
           "The rules call for a sanction when a jobseeker misses an interview. How much should "
           "we look at the reason before cutting the benefit?",
           ("Samme regler for alle", "Hensyn til den enkeltes situation"),
           ("The same rules for all", "Regard for each person's situation")),
    _Entry(43, "jobcentre", "professions",
           "Skal jobkonsulenterne være specialister i hver sin branche, eller skal den ledige "
           "have én fast konsulent hele vejen, uanset branche?",
           "Should job consultants each specialise in certain industries, or should the "
           "jobseeker have one consultant all the way, whatever the industry?",
           ("Specialister i brancher", "Én fast konsulent"),
           ("Industry specialists", "One consultant throughout")),
    _Entry(44, "jobcentre", "wellbeing",
           "Hver konsulent har mange sager. Holder vi korte samtaler med alle, eller grundige "
           "samtaler med færre, så de andre må vente?",
           "Each consultant has many cases. Do we hold short interviews with everyone, or "
           "thorough ones with fewer, so the rest have to wait?",
           ("Korte samtaler med alle", "Grundige samtaler med færre"),
           ("Short interviews with all", "Thorough interviews with fewer")),
    # Teknik og miljø
    _Entry(9, "technical", "citizens",
           "En landmand søger om at udvide sin besætning, men det kan belaste vandmiljøet. Hvis "
           "interesser varetager vi?",
           "A farmer applies to expand his herd, but it may put the water environment under "
           "strain. Whose interests do we serve?",
           ("Landmandens virksomhed", "Vandmiljøet og naboerne"),
           ("The farmer's business", "The water and the neighbours")),
    _Entry(45, "technical", "shared_purpose",
           "En gruppe vil holde koncerter og fester i parken om aftenen. Hvordan vægter vi et "
           "mangfoldigt byliv mod de naboer og brugere, der ønsker ro og tryghed?",
           "A group wants to hold concerts and parties in the park in the evenings. How do we "
           "weigh a diverse city life against the neighbours and users who want peace and "
           "safety?",
           ("Mangfoldighed", "Tryghed"), ("Diversity", "Safety")),
    _Entry(46, "technical", "citizens",
           "Beboerne i et kvarter vil selv passe deres grønne område. Hvor meget skal vi "
           "overlade til dem, når vi også står til ansvar for, at det er pænt og sikkert for "
           "alle?",
           "Residents in a neighbourhood want to look after their green space themselves. How "
           "much should we hand over to them, when we also answer for it being tidy and safe "
           "for everyone?",
           ("Beboernes ejerskab", "Ensartet kvalitet og sikkerhed"),
           ("Residents' ownership", "Even quality and safety")),
    _Entry(47, "technical", "change",
           "Kommunen vil have vilde blomster og mere natur i stedet for slåede græsplæner, men "
           "nogle borgere ser det som forsømt. Hvor hurtigt skal vi gå frem?",
           "The municipality wants wildflowers and more nature instead of mown lawns, but some "
           "residents see it as neglect. How fast should we go?",
           ("Mere natur nu", "Borgerne med på vejen"),
           ("More nature now", "Bringing residents along")),
    _Entry(48, "technical", "professions",
           "Ingeniørerne planlægger vejen efter trafik og sikkerhed, gartnerne efter træer og "
           "grønne rum. Hvem skal veje tungest, når pladsen ikke rækker til begge dele?",
           "The engineers plan the road for traffic and safety, the gardeners for trees and "
           "green space. Who should weigh most when there is not room for both?",
           ("Trafik og sikkerhed", "Træer og grønne rum"),
           ("Traffic and safety", "Trees and green space")),
    _Entry(49, "technical", "shared_purpose",
           "Skal byggesagsbehandlerne gøre sagerne hurtigt færdige, eller bruge tid på at "
           "vejlede borgeren, så ansøgningen bliver rigtig fra starten?",
           "Should building-permit officers close cases quickly, or spend time guiding the "
           "applicant so the application is right from the start?",
           ("Korte sagsbehandlingstider", "Vejledning undervejs"),
           ("Short processing times", "Guidance along the way")),
    _Entry(50, "technical", "wellbeing",
           "Vejholdet hører mest fra borgerne, når noget er galt. Skal vi bruge tid på at vise, "
           "hvad arbejdet gør for byen, eller bruge kræfterne på selve arbejdet?",
           "The road crew mostly hears from residents when something is wrong. Should we spend "
           "time showing what the work does for the town, or put our effort into the work "
           "itself?",
           ("Vise, hvad arbejdet gør", "Kræfterne på selve arbejdet"),
           ("Showing what the work does", "Effort on the work itself")),
    # Kultur og bibliotek
    _Entry(13, "culture", "change",
           "Bibliotekets budget skal ned. Skærer vi lidt på det hele, eller lukker vi en "
           "filial?",
           "The library's budget must shrink. Do we cut a little everywhere, or close a branch?",
           ("Lidt på det hele", "Lukke en filial"), ("A little everywhere", "Close a branch")),
    _Entry(51, "culture", "shared_purpose",
           "Skal pengene gå til flere bøger og længere åbningstid, eller til arrangementer, der "
           "samler folk, men kun når nogle af dem?",
           "Should the money go to more books and longer opening hours, or to events that bring "
           "people together but reach only some of them?",
           ("Samlingen og åbningstiden", "Arrangementer og fællesskab"),
           ("The collection and opening hours", "Events and community")),
    _Entry(52, "culture", "citizens",
           "Det selvbetjente bibliotek er åbent fra morgen til aften uden personale. Det giver "
           "flere adgang, men nogle brugere føler sig utrygge og savner hjælp. Hvad vægter vi "
           "højest?",
           "The self-service library is open from morning to night without staff. It gives more "
           "people access, but some users feel unsafe and miss help. What do we put first?",
           ("Længere åbent", "Personale til stede"), ("Longer opening", "Staff on hand")),
    _Entry(53, "culture", "citizens",
           "Frivillige vil gerne læse højt og hjælpe i lektiecaféen. Hvor meget skal de stå for, "
           "når det er opgaver, bibliotekarerne også gerne vil løse?",
           "Volunteers want to read aloud and help in the homework café. How much should they "
           "take on, when these are tasks the librarians want to do too?",
           ("De frivilliges engagement", "Bibliotekarernes faglighed"),
           ("The volunteers' commitment", "The librarians' expertise")),
    _Entry(54, "culture", "shared_purpose",
           "Skal kulturhuset satse på de store navne, der fylder salen, eller på det smalle og "
           "lokale, som færre kommer til?",
           "Should the cultural centre go for the big names that fill the hall, or for the niche "
           "and local that fewer come to?",
           ("Det brede publikum", "Det smalle og lokale"),
           ("The wide audience", "The niche and local")),
    _Entry(55, "culture", "professions",
           "Biblioteket og borgerservice flytter sammen. Skal bibliotekarerne også hjælpe med pas "
           "og digital post, eller holde fast i deres eget fag?",
           "The library and citizen services are moving in together. Should librarians also help "
           "with passports and digital post, or keep to their own field?",
           ("Én samlet indgang for borgeren", "Hvert fag sin opgave"),
           ("One way in for the citizen", "Each field its own task")),
    _Entry(56, "culture", "wellbeing",
           "Personalet låner ud, vejleder, holder arrangementer og står i borgerservice. Skal "
           "opgaverne fordeles ligeligt, eller skal hver have det, de er bedst til og brænder "
           "for?",
           "Staff lend, advise, run events and serve at the citizen service desk. Should the "
           "tasks be shared out equally, or should each person get what they do best and care "
           "most about?",
           ("Ligelig fordeling", "Efter styrker og lyst"),
           ("Shared equally", "By strengths and interest")),
    # Psykiatri og sundhedspleje
    _Entry(3, "psychiatry", "shared_purpose",
           "I et forløb i socialpsykiatrien: skal vi mest arbejde med det, der er svært for "
           "borgeren, eller bygge videre på det, der allerede lykkes?",
           "In a community-psychiatry support plan, should we mostly work on what is hard for "
           "the citizen, or build on what already works?",
           ("Arbejde med det svære", "Bygge på det, der lykkes"),
           ("Work on what is hard", "Build on what works")),
    _Entry(20, "psychiatry", "professions",
           "Når en borger er i krise: hvor meget skal den enkelte medarbejders skøn afgøre, og "
           "hvor meget fælles retningslinjer?",
           "When a citizen is in crisis, how much should each worker's judgement decide, and how "
           "much shared guidelines?",
           ("Eget skøn", "Fælles retningslinjer"), ("Own judgement", "Shared guidelines")),
    _q(25, "psychiatry", "wellbeing",
       "En kollega arbejder med borgerne på en måde, vi andre ikke synes giver mening. Hvornår og "
       "hvordan siger vi det?",
       "A colleague works with citizens in a way the rest of us find pointless. When and how do "
       "we say so?"),
    _Entry(57, "psychiatry", "citizens",
           "En mor ønsker ikke flere besøg af sundhedsplejersken, men barnet tager for lidt på. "
           "Hvor langt skal vi respektere hendes nej?",
           "A mother wants no more visits from the health visitor, but the baby is gaining too "
           "little weight. How far should we respect her no?",
           ("Morens ønske", "Barnets sundhed"), ("The mother's wish", "The baby's health")),
    _Entry(58, "psychiatry", "citizens",
           "Skal tidligere brugere af psykiatrien arbejde med hos os ud fra deres egne "
           "erfaringer, også når de ikke har en faglig uddannelse?",
           "Should former users of psychiatric services work alongside us from their own "
           "experience, even without professional training?",
           ("Erfaring fra eget liv", "Faglig uddannelse"),
           ("Lived experience", "Professional training")),
    _Entry(59, "psychiatry", "change",
           "Sundhedsplejen skal erstatte nogle hjemmebesøg med videosamtaler. Det giver tid til "
           "flere familier, men sundhedsplejersken ser mindre af hjemmet. Hvad vælger vi?",
           "Health visiting is to replace some home visits with video calls. It frees time for "
           "more families, but the health visitor sees less of the home. What do we choose?",
           ("Flere familier på video", "Besøget i hjemmet"),
           ("More families by video", "The visit at home")),
    _Entry(60, "psychiatry", "shared_purpose",
           "Skal vi måle os på, om borgerne bliver indlagt sjældnere, eller på, om de selv "
           "oplever at have fået et bedre liv?",
           "Should we measure ourselves by whether citizens are admitted to hospital less often, "
           "or by whether they themselves feel their life has got better?",
           ("Færre indlæggelser", "Borgerens egen oplevelse"),
           ("Fewer admissions", "The citizen's own experience")),
    _Entry(61, "psychiatry", "wellbeing",
           "Arbejdet tæt på borgere i svær psykisk krise slider. Skal hver borger have faste "
           "medarbejdere, eller skal vi skiftes, så ingen bliver slidt ned?",
           "Working close to people in severe mental crisis wears you down. Should each citizen "
           "have the same staff, or should we take turns so no one burns out?",
           ("Faste relationer", "Skiftes og aflaste hinanden"),
           ("Steady relationships", "Taking turns")),
    # Administration og støttefunktioner
    _q(16, "administration", "change",
       "Løn og HR lægges sammen i ét center. Hvad skal vi holde fast i fra hver af dem?",
       "Payroll and HR are merging into one centre. What should we keep from each of them?"),
    _Entry(24, "administration", "wellbeing",
           "I lønafdelingen er sygefraværet højt. Skal vi tale om trivslen, før vi kan tale om "
           "opgaven, eller omvendt?",
           "Sickness absence is high in the payroll team. Must we talk about well-being before "
           "we can talk about the task, or the other way round?",
           ("Trivslen først", "Opgaven først"), ("Well-being first", "The task first")),
    _Entry(62, "administration", "shared_purpose",
           "IT-supporten kan lukke sager hurtigt med standardløsninger eller tage sig tid til at "
           "finde ud af, hvad plejecentret egentlig har brug for. Hvad skal vi gå efter?",
           "IT support can close cases quickly with standard fixes, or take time to find out "
           "what the care home really needs. What should we aim for?",
           ("Hurtigt lukkede sager", "Løsninger, der virker i hverdagen"),
           ("Cases closed fast", "Fixes that work day to day")),
    _Entry(63, "administration", "professions",
           "Skal økonomikonsulenterne sidde ude på skolerne og plejecentrene, eller samlet i "
           "centret, hvor de kan sparre med hinanden?",
           "Should the finance officers sit out at the schools and care homes, or together at "
           "the centre where they can learn from each other?",
           ("Tæt på arbejdspladserne", "Et stærkt fagligt miljø"),
           ("Close to the workplaces", "A strong team of their own")),
    _Entry(64, "administration", "citizens",
           "Materielgården kan spare penge med færre og større maskiner, men så tager det "
           "længere tid at nå de små opgaver i landsbyerne. Hvad vejer tungest?",
           "The depot could save money with fewer, bigger machines, but the small jobs in the "
           "villages would then take longer to reach. What weighs more?",
           ("Billigere drift", "Hurtig service overalt"),
           ("Cheaper running", "Quick service everywhere")),
    _Entry(65, "administration", "change",
           "Et nyt fagsystem skal i brug på alle skoler. Skal alle skifte på samme dag, eller "
           "skal hver skole gå over i sit eget tempo?",
           "A new administrative IT system is coming to every school. Should everyone switch on "
           "the same day, or should each school move over at its own pace?",
           ("Alle på samme dag", "Hver i sit tempo"),
           ("All on the same day", "Each at its own pace")),
    _Entry(66, "administration", "wellbeing",
           "Skal HR bruge kræfterne på at hjælpe lederne med de enkelte sager om sygefravær, "
           "eller på at se på, hvordan arbejdet er tilrettelagt der, hvor fraværet er højt?",
           "Should HR spend its effort helping managers with individual sickness cases, or on "
           "looking at how the work is organised where absence is high?",
           ("Den enkelte sag", "Tilrettelæggelsen af arbejdet"),
           ("The individual case", "How the work is organised")),
    _Entry(67, "administration", "shared_purpose",
           "Skal økonomiafdelingen kontrollere alle indkøb på arbejdspladserne, eller stole på "
           "lederne og nøjes med stikprøver?",
           "Should the finance department check every purchase in the workplaces, or trust the "
           "managers and settle for spot checks?",
           ("Kontrol og sikkerhed", "Tillid og færre regler"),
           ("Control and certainty", "Trust and fewer rules")),
)


def builtin_deck(lang: str | None = None) -> Deck:
    """The built-in deck in the given (or current) language; ids are stable across languages."""
    english = (lang or i18n.language()) == "en"
    cards = []
    for entry in _BUILTIN:
        poles = entry.poles_en if english else entry.poles_da
        cards.append(DeckCard(id=f"{BUILTIN_ID}-{entry.number:02d}",
                              text=entry.en if english else entry.da,
                              pole_a=poles[0] if poles else None,
                              pole_b=poles[1] if poles else None, use=entry.use,
                              sector=entry.sector,
                              kind="question" if entry.question else "dilemma"))
    title = "Built-in deck" if english else "Den indbyggede kortbunke"
    return Deck(id=BUILTIN_ID, title=title, cards=tuple(cards))


def in_sector(deck: Deck, sector: str | None) -> list[DeckCard]:
    """The deck's cards from one sector, or all of them when `sector` is None."""
    return [card for card in deck.cards if sector is None or card.sector == sector]


_CHAR_WIDTH = 10.0
"""Average width of a character in the board's body font (19 px), with room for wider fonts."""
_LINE_HEIGHT = 23.0
_FRAME = 2 * 12 + 22 + 36
"""A dilemma card's padding, its kind label and the band with its poles, in scene units."""
_LINES = 4
"""Lines of text a dilemma card of the usual height shows above its poles."""


def _lines(text: str, per_line: int) -> int:
    """How many lines `text` wraps to at `per_line` characters, breaking between words."""
    lines, used = 1, 0
    for word in text.split():
        if used and used + 1 + len(word) > per_line:
            lines, used = lines + 1, len(word)
        else:
            used += len(word) + (1 if used else 0)
    return lines


def drawn_size(card: DeckCard) -> tuple[float, float]:
    """The size of the dilemma a card becomes on the board.

    One card wide, or two for a long text, and taller when even that is not enough, so the
    whole text shows when the board is projected.
    """
    height = Dilemma(id="size").height
    for columns in (1, 2):
        width = columns * CARD_WIDTH + (columns - 1) * GAP
        lines = _lines(card.text, int((width - 24) // _CHAR_WIDTH))
        if lines <= _LINES:
            return width, height
    return width, max(height, math.ceil((_FRAME + lines * _LINE_HEIGHT + 8) / GAP) * GAP)


def kind_label(card: Card, lang: str | None = None) -> str:
    """The kind a card shows on the board: its own, except that a card drawn from a deck
    without poles (an open question) shows as a question; then what its field table shows
    beside the kind (an agreement's status)."""
    if isinstance(card, Dilemma) and card.origin and not (card.pole_a or card.pole_b):
        return DECK_CARD_KINDS.label("question", lang)
    return look.label_text(card, CARD_KINDS.label(card.kind, lang), lang)


def undrawn(deck: Deck, board: Board, sector: str | None = None) -> list[DeckCard]:
    """The cards (of `sector`, if given) not yet drawn onto the board.

    A drawn card is a dilemma on the board with the card's id as its origin.
    """
    drawn = {card.origin for card in board.cards.values() if isinstance(card, Dilemma)}
    return [card for card in in_sector(deck, sector) if card.id not in drawn]


def draw(deck: Deck, board: Board, rng: random.Random | None = None,
         sector: str | None = None) -> tuple[DeckCard, bool]:
    """A random card (of `sector`, if given) not yet on the board.

    When all of them are on the board, any of them again, and True: reshuffled.
    ValueError when the deck holds no card (of that sector) at all.
    """
    pool = in_sector(deck, sector)
    if not pool:
        raise ValueError(f"the deck has no card from {sector!r}" if sector else
                         "the deck is empty")
    choices = undrawn(deck, board, sector)
    reshuffled = not choices
    return (rng or random).choice(choices or pool), reshuffled


def new_column(board: Board) -> Zone | None:
    """The board's "Ny" column (a zone named for a new dilemma's status, in either language),
    where a drawn card belongs; None when the board has none."""
    names = {DILEMMA_STATUSES.label("new", lang).casefold() for lang in i18n.LANGUAGES}
    return next((zone for zone in board.zones.values()
                 if zone.title.strip().casefold() in names), None)


def spot_in_zone(board: Board, zone: Zone, width: float,
                 height: float) -> tuple[float, float] | None:
    """The first clean place for a card inside `zone`'s card area, row by row on the grid;
    None when the zone is full."""
    left, top = zone.x + ZONE_MARGIN, zone.y + ZONE_TITLE_SPACE
    right, bottom = zone.x + zone.width - ZONE_MARGIN, zone.y + zone.height - ZONE_MARGIN
    y = top
    while y + height <= bottom:
        x = left
        while x + width <= right:
            if not any(x < c.x + c.width + GAP and c.x < x + width + GAP
                       and y < c.y + c.height + GAP and c.y < y + height + GAP
                       for c in board.cards.values()):
                return x, y
            x += GAP
        y += GAP
    return None


def column_place(board: Board, zone: Zone, width: float,
                 height: float) -> tuple[float, float, float]:
    """Where a card goes in the column `zone`: (x, y, the zone's height then). A free place
    inside it if there is one; else at its left below the cards in it, the column growing
    down to hold it (as a column of sticky notes on a wall does)."""
    spot = spot_in_zone(board, zone, width, height)
    if spot is not None:
        return spot[0], spot[1], zone.height
    inside = [card for card in board.cards.values() if zone.contains(card)]
    y = max([card.y + card.height + GAP for card in inside] or [zone.y + ZONE_TITLE_SPACE])
    x = zone.x + ZONE_MARGIN
    return x, y, max(zone.height, y + height + ZONE_MARGIN - zone.y)


def free_spot(board: Board, x: float, y: float, width: float, height: float) -> tuple[float, float]:
    """The nearest clean place from (x, y), scanning right and then down, on the grid.

    Clean means: no card under it, and either wholly inside one zone's card area (below
    its title) or clear of every zone, so a new card never straddles a border or a title.
    """
    def clean(px: float, py: float) -> bool:
        if any(px < c.x + c.width + GAP and c.x < px + width + GAP
               and py < c.y + c.height + GAP and c.y < py + height + GAP
               for c in board.cards.values()):
            return False
        for zone in board.zones.values():
            inside = (zone.x + ZONE_MARGIN <= px and px + width <= zone.x + zone.width - ZONE_MARGIN
                      and zone.y + ZONE_TITLE_SPACE <= py
                      and py + height <= zone.y + zone.height - ZONE_MARGIN)
            touches = (px < zone.x + zone.width + GAP and zone.x < px + width + GAP
                       and py < zone.y + zone.height + GAP and zone.y < py + height + GAP)
            if touches and not inside:
                return False
        return True

    x, y = round(x / GAP) * GAP, round(y / GAP) * GAP
    for row in range(60):
        for column in range(60):
            px, py = x + column * GAP * 4, y + row * GAP * 4
            if clean(px, py):
                return px, py
    return x, y
