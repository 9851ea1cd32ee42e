"""The built-in deck's cards for the municipality's other services: the job centre,
technical and environmental services, culture and libraries, administration and support."""

from __future__ import annotations

from kerneopgave_desktop.domain.deck_cards.entry import Entry, ask

JOBCENTRE = (  # Jobcenter
    Entry(2, "jobcentre", "shared_purpose",
          "Vi kan tælle samtaler hver uge, men ser først langt senere, om folk blev i jobbet. "
          "Hvor mange kræfter skal gå til at følge op på effekten, når det tager tid fra "
          "samtalerne?",
          "We can count interviews every week, but only see much later whether people stayed in "
          "work. How much effort should go into following up on the effect when it takes time "
          "from the interviews?",
          ("Flere samtaler nu", "Opfølgning på effekten"),
          ("More interviews now", "Following up on the effect")),
    Entry(8, "jobcentre", "citizens",
          "Vores faglige vurdering peger på et kursus; den ledige vil hellere selv søge job. "
          "Hvornår holder vi fast, og hvornår bliver vi formynderiske?",
          "Our professional view points to a course; the jobseeker would rather look for work "
          "on their own. When do we insist, and when do we become patronising?",
          ("Vores faglige vurdering", "Den lediges egen plan"),
          ("Our professional view", "The jobseeker's own plan")),
    Entry(17, "jobcentre", "change",
          "Mere af kontakten med de ledige flytter over på selvbetjening og apps. Det sparer "
          "tid, men ikke alle kan bruge det. Hvad gør vi?",
          "More of our contact with jobseekers is moving to self-service and apps. It saves "
          "time, but not everyone can use them. What do we do?",
          ("Digitalt", "Personligt"), ("Digital", "In person")),
    Entry(41, "jobcentre", "shared_purpose",
          "Skal vi få den ledige hurtigt i et hvilket som helst job, eller bruge længere tid på "
          "at finde et job eller en uddannelse, der holder?",
          "Should we get the jobseeker into any job quickly, or take longer to find a job or a "
          "course that lasts?",
          ("Hurtigt i job", "Et job, der holder"), ("Into work fast", "A job that lasts")),
    Entry(42, "jobcentre", "citizens",
          "Reglerne kræver en sanktion, når en ledig udebliver fra en samtale. Hvor meget skal "
          "vi se på årsagen, før vi trækker i ydelsen?",
          "The rules call for a sanction when a jobseeker misses an interview. How much should "
          "we look at the reason before cutting the benefit?",
          ("Samme regler for alle", "Hensyn til den enkeltes situation"),
          ("The same rules for all", "Regard for each person's situation")),
    Entry(43, "jobcentre", "professions",
          "Skal jobkonsulenterne være specialister i hver sin branche, eller skal den ledige "
          "have én fast konsulent hele vejen, uanset branche?",
          "Should job consultants each specialise in certain industries, or should the "
          "jobseeker have one consultant all the way, whatever the industry?",
          ("Specialister i brancher", "Én fast konsulent"),
          ("Industry specialists", "One consultant throughout")),
    Entry(44, "jobcentre", "wellbeing",
          "Hver konsulent har mange sager. Holder vi korte samtaler med alle, eller grundige "
          "samtaler med færre, så de andre må vente?",
          "Each consultant has many cases. Do we hold short interviews with everyone, or "
          "thorough ones with fewer, so the rest have to wait?",
          ("Korte samtaler med alle", "Grundige samtaler med færre"),
          ("Short interviews with all", "Thorough interviews with fewer")),
)

TECHNICAL = (  # Teknik og miljø
    Entry(9, "technical", "citizens",
          "En landmand søger om at udvide sin besætning, men det kan belaste vandmiljøet. Hvis "
          "interesser varetager vi?",
          "A farmer applies to expand his herd, but it may put the water environment under "
          "strain. Whose interests do we serve?",
          ("Landmandens virksomhed", "Vandmiljøet og naboerne"),
          ("The farmer's business", "The water and the neighbours")),
    Entry(45, "technical", "shared_purpose",
          "En gruppe vil holde koncerter og fester i parken om aftenen. Hvordan vægter vi et "
          "mangfoldigt byliv mod de naboer og brugere, der ønsker ro og tryghed?",
          "A group wants to hold concerts and parties in the park in the evenings. How do we "
          "weigh a diverse city life against the neighbours and users who want peace and "
          "safety?",
          ("Mangfoldighed", "Tryghed"), ("Diversity", "Safety")),
    Entry(46, "technical", "citizens",
          "Beboerne i et kvarter vil selv passe deres grønne område. Hvor meget skal vi "
          "overlade til dem, når vi også står til ansvar for, at det er pænt og sikkert for "
          "alle?",
          "Residents in a neighbourhood want to look after their green space themselves. How "
          "much should we hand over to them, when we also answer for it being tidy and safe "
          "for everyone?",
          ("Beboernes ejerskab", "Ensartet kvalitet og sikkerhed"),
          ("Residents' ownership", "Even quality and safety")),
    Entry(47, "technical", "change",
          "Kommunen vil have vilde blomster og mere natur i stedet for slåede græsplæner, men "
          "nogle borgere ser det som forsømt. Hvor hurtigt skal vi gå frem?",
          "The municipality wants wildflowers and more nature instead of mown lawns, but some "
          "residents see it as neglect. How fast should we go?",
          ("Mere natur nu", "Borgerne med på vejen"),
          ("More nature now", "Bringing residents along")),
    Entry(48, "technical", "professions",
          "Ingeniørerne planlægger vejen efter trafik og sikkerhed, gartnerne efter træer og "
          "grønne rum. Hvem skal veje tungest, når pladsen ikke rækker til begge dele?",
          "The engineers plan the road for traffic and safety, the gardeners for trees and "
          "green space. Who should weigh most when there is not room for both?",
          ("Trafik og sikkerhed", "Træer og grønne rum"),
          ("Traffic and safety", "Trees and green space")),
    Entry(49, "technical", "shared_purpose",
          "Skal byggesagsbehandlerne gøre sagerne hurtigt færdige, eller bruge tid på at "
          "vejlede borgeren, så ansøgningen bliver rigtig fra starten?",
          "Should building-permit officers close cases quickly, or spend time guiding the "
          "applicant so the application is right from the start?",
          ("Korte sagsbehandlingstider", "Vejledning undervejs"),
          ("Short processing times", "Guidance along the way")),
    Entry(50, "technical", "wellbeing",
          "Vejholdet hører mest fra borgerne, når noget er galt. Skal vi bruge tid på at vise, "
          "hvad arbejdet gør for byen, eller bruge kræfterne på selve arbejdet?",
          "The road crew mostly hears from residents when something is wrong. Should we spend "
          "time showing what the work does for the town, or put our effort into the work "
          "itself?",
          ("Vise, hvad arbejdet gør", "Kræfterne på selve arbejdet"),
          ("Showing what the work does", "Effort on the work itself")),
)

CULTURE = (  # Kultur og bibliotek
    Entry(13, "culture", "change",
          "Bibliotekets budget skal ned. Skærer vi lidt på det hele, eller lukker vi en "
          "filial?",
          "The library's budget must shrink. Do we cut a little everywhere, or close a branch?",
          ("Lidt på det hele", "Lukke en filial"), ("A little everywhere", "Close a branch")),
    Entry(51, "culture", "shared_purpose",
          "Skal pengene gå til flere bøger og længere åbningstid, eller til arrangementer, der "
          "samler folk, men kun når nogle af dem?",
          "Should the money go to more books and longer opening hours, or to events that bring "
          "people together but reach only some of them?",
          ("Samlingen og åbningstiden", "Arrangementer og fællesskab"),
          ("The collection and opening hours", "Events and community")),
    Entry(52, "culture", "citizens",
          "Det selvbetjente bibliotek er åbent fra morgen til aften uden personale. Det giver "
          "flere adgang, men nogle brugere føler sig utrygge og savner hjælp. Hvad vægter vi "
          "højest?",
          "The self-service library is open from morning to night without staff. It gives more "
          "people access, but some users feel unsafe and miss help. What do we put first?",
          ("Længere åbent", "Personale til stede"), ("Longer opening", "Staff on hand")),
    Entry(53, "culture", "citizens",
          "Frivillige vil gerne læse højt og hjælpe i lektiecaféen. Hvor meget skal de stå for, "
          "når det er opgaver, bibliotekarerne også gerne vil løse?",
          "Volunteers want to read aloud and help in the homework café. How much should they "
          "take on, when these are tasks the librarians want to do too?",
          ("De frivilliges engagement", "Bibliotekarernes faglighed"),
          ("The volunteers' commitment", "The librarians' expertise")),
    Entry(54, "culture", "shared_purpose",
          "Skal kulturhuset satse på de store navne, der fylder salen, eller på det smalle og "
          "lokale, som færre kommer til?",
          "Should the cultural centre go for the big names that fill the hall, or for the niche "
          "and local that fewer come to?",
          ("Det brede publikum", "Det smalle og lokale"),
          ("The wide audience", "The niche and local")),
    Entry(55, "culture", "professions",
          "Biblioteket og borgerservice flytter sammen. Skal bibliotekarerne også hjælpe med pas "
          "og digital post, eller holde fast i deres eget fag?",
          "The library and citizen services are moving in together. Should librarians also help "
          "with passports and digital post, or keep to their own field?",
          ("Én samlet indgang for borgeren", "Hvert fag sin opgave"),
          ("One way in for the citizen", "Each field its own task")),
    Entry(56, "culture", "wellbeing",
          "Personalet låner ud, vejleder, holder arrangementer og står i borgerservice. Skal "
          "opgaverne fordeles ligeligt, eller skal hver have det, de er bedst til og brænder "
          "for?",
          "Staff lend, advise, run events and serve at the citizen service desk. Should the "
          "tasks be shared out equally, or should each person get what they do best and care "
          "most about?",
          ("Ligelig fordeling", "Efter styrker og lyst"),
          ("Shared equally", "By strengths and interest")),
)

ADMINISTRATION = (  # Administration og støttefunktioner
    ask(16, "administration", "change",
        "Løn og HR lægges sammen i ét center. Hvad skal vi holde fast i fra hver af dem?",
        "Payroll and HR are merging into one centre. What should we keep from each of them?"),
    Entry(24, "administration", "wellbeing",
          "I lønafdelingen er sygefraværet højt. Skal vi tale om trivslen, før vi kan tale om "
          "opgaven, eller omvendt?",
          "Sickness absence is high in the payroll team. Must we talk about well-being before "
          "we can talk about the task, or the other way round?",
          ("Trivslen først", "Opgaven først"), ("Well-being first", "The task first")),
    Entry(62, "administration", "shared_purpose",
          "IT-supporten kan lukke sager hurtigt med standardløsninger eller tage sig tid til at "
          "finde ud af, hvad plejecentret egentlig har brug for. Hvad skal vi gå efter?",
          "IT support can close cases quickly with standard fixes, or take time to find out "
          "what the care home really needs. What should we aim for?",
          ("Hurtigt lukkede sager", "Løsninger, der virker i hverdagen"),
          ("Cases closed fast", "Fixes that work day to day")),
    Entry(63, "administration", "professions",
          "Skal økonomikonsulenterne sidde ude på skolerne og plejecentrene, eller samlet i "
          "centret, hvor de kan sparre med hinanden?",
          "Should the finance officers sit out at the schools and care homes, or together at "
          "the centre where they can learn from each other?",
          ("Tæt på arbejdspladserne", "Et stærkt fagligt miljø"),
          ("Close to the workplaces", "A strong team of their own")),
    Entry(64, "administration", "citizens",
          "Materielgården kan spare penge med færre og større maskiner, men så tager det "
          "længere tid at nå de små opgaver i landsbyerne. Hvad vejer tungest?",
          "The depot could save money with fewer, bigger machines, but the small jobs in the "
          "villages would then take longer to reach. What weighs more?",
          ("Billigere drift", "Hurtig service overalt"),
          ("Cheaper running", "Quick service everywhere")),
    Entry(65, "administration", "change",
          "Et nyt fagsystem skal i brug på alle skoler. Skal alle skifte på samme dag, eller "
          "skal hver skole gå over i sit eget tempo?",
          "A new administrative IT system is coming to every school. Should everyone switch on "
          "the same day, or should each school move over at its own pace?",
          ("Alle på samme dag", "Hver i sit tempo"),
          ("All on the same day", "Each at its own pace")),
    Entry(66, "administration", "wellbeing",
          "Skal HR bruge kræfterne på at hjælpe lederne med de enkelte sager om sygefravær, "
          "eller på at se på, hvordan arbejdet er tilrettelagt der, hvor fraværet er højt?",
          "Should HR spend its effort helping managers with individual sickness cases, or on "
          "looking at how the work is organised where absence is high?",
          ("Den enkelte sag", "Tilrettelæggelsen af arbejdet"),
          ("The individual case", "How the work is organised")),
    Entry(67, "administration", "shared_purpose",
          "Skal økonomiafdelingen kontrollere alle indkøb på arbejdspladserne, eller stole på "
          "lederne og nøjes med stikprøver?",
          "Should the finance department check every purchase in the workplaces, or trust the "
          "managers and settle for spot checks?",
          ("Kontrol og sikkerhed", "Tillid og færre regler"),
          ("Control and certainty", "Trust and fewer rules")),
)
