## De route: de negen patronen, één per week (dialogues/route.yaml).

route-title = je route
route-line = Week { $n }: { $title }
route-needs-consent = Een route loopt over een paar weken: ik plan de berichten en onthoud waar je bent. Daarvoor moet ik je antwoorden bewaren, en nu onthoud ik alleen je taal. Zal ik ze vanaf nu bewaren? Met /export zie je ze altijd, en met /forget wis je ze.
route-btn-keep = Ja, bewaar ze
route-about = Een route neemt je langs de negen patronen, één per week. Op de eerste dag van een week vertel ik over het patroon van die week en bied ik de oefening aan, halverwege komt een klein stapje dat erbij past, en aan het eind van de week kijken we samen terug.
route-checkin-first = Zodat we aan het eind samen kunnen zien wat er veranderd is, beginnen we met de check-in.
route-btn-no-checkin = Zonder check-in
route-propose =
    Dit is de route die ik je voorstel, één patroon per week:

    { $route_list }

    { $route_basis ->
        [picked-checkin] { $route_lean ->
            [emotional] Eerst wat je herkende, daarna de patronen over iemand dichtbij laten komen, omdat je check-in laat zien dat je dat het meest mist.
            [social] Eerst wat je herkende, daarna de patronen over contact zoeken, omdat je check-in laat zien dat je mensen om je heen het meest mist.
            [even] Eerst wat je herkende, daarna de patronen over iemand dichtbij laten komen en over contact zoeken, omdat je check-in naar allebei wijst.
           *[other] Eerst wat je herkende; de rest volgt het menu.
        }
        [picked] Eerst wat je herkende; de rest volgt het menu.
        [checkin] { $route_lean ->
            [emotional] Eerst de patronen over iemand dichtbij laten komen, omdat je check-in laat zien dat je dat het meest mist.
            [social] Eerst de patronen over contact zoeken, omdat je check-in laat zien dat je mensen om je heen het meest mist.
            [even] Eerst de patronen over iemand dichtbij laten komen en over contact zoeken, omdat je check-in naar allebei wijst.
           *[other] Je check-in wijst niet naar iets in het bijzonder, dus de volgorde volgt het menu.
        }
       *[other] Zonder check-in of patronen die je koos, volgt de volgorde gewoon het menu.
    }
route-propose-ask = Zullen we zo gaan? Je kunt ook de volgorde veranderen of een week overslaan.
route-btn-accept = Ja, zo gaan we
route-btn-move = Volgorde veranderen
route-btn-drop = Een week overslaan
route-btn-menu = Nee, ik kies zelf
route-menu-instead = Dat is ook goed. Elk patroon staat in het menu, en met /route komt dit terug wanneer je wilt.
route-move = Welk patroon wil je als volgende? Het gaat naar voren, de rest schuift een week op.
route-drop = Welke week zal ik overslaan? Hij blijft in het menu staan, voor wanneer je wilt.
route-accepted = Fijn, zo gaan we. Er is geen haast: lukt een week niet, dan wacht de route gewoon op je.

## Een week van de route.
route-day-one =
    Week { $route_week } van { $route_weeks }: { $route_title }.

    { $route_pattern ->
        [vulnerability] Veel mensen houden voor zich wat ze voelen, bang om beoordeeld of afgewezen te worden. Dat voelt veilig, maar het houdt anderen ook op afstand. Deze week gaat over een beetje meer van jezelf laten zien, in stapjes die veilig genoeg voelen.
        [beliefs] Gedachten als "niemand zit op mij te wachten" of "ik ben gewoon niet goed met mensen" voelen als feiten. Ze bepalen veel, zonder dat iemand ze ooit nakijkt. Deze week nemen we zo'n gedachte en bekijken we hem rustig.
        [danger_pause] Soms trek je je terug net als contact dichterbij komt: je zegt af, wordt stil, of vindt een reden waarom het toch niks wordt. Deze week gaat over dat moment opmerken en even stilstaan: is er echt gevaar, of spreekt er iets ouds?
        [rumination] Een gesprek steeds weer overdoen, of telkens afspelen wat er misging, geeft zelden een antwoord en laat je er vaak meer alleen mee. Deze week gaat over uit die cirkel stappen, terug naar wat je wel kunt doen.
        [initiative] Wachten tot anderen iets van zich laten horen kan lang duren, en de stilte voelt al snel als bewijs dat niemand om je geeft. Deze week gaat over één klein stapje van jezelf: een plek, een ritme of een bericht.
        [validation] Als je vooral doet wat anderen misschien fijn vinden, kan contact gaan voelen als een examen. Deze week gaat over merken wat je zelf wilt, en dat mee laten tellen.
        [old_wounds] Oude pijn, zoals buitengesloten, in de steek gelaten of uitgelachen worden, kan nog steeds bepalen hoe veilig mensen nu voelen. Deze week gaat over die pijn wat vriendelijke aandacht geven, en weten waar je meer hulp vindt als het zwaar weegt.
        [reflection] Tussen alle drukke dagen verlies je makkelijk uit het oog hoe het echt met je gaat. Deze week gaat over elke dag een kort moment om bij jezelf na te gaan hoe het is, zonder te oordelen over wat je vindt.
       *[other] Een knikje van de buurman, een praatje bij de kassa, de vaste gast in hetzelfde café: kleine contacten doen meer dan je denkt. Deze week gaat over ze opmerken, en er één bij maken.
    }
route-day-one-ask = Zullen we beginnen met de oefening van deze week?
route-btn-exercise = Begin de oefening
route-midweek = Halverwege de week over "{ $route_title }". Een klein stapje dat erbij past: { $step }
route-midweek-ask = Wil je het deze week proberen?
route-btn-try = Ik ga het proberen
route-try = Fijn. Hoe het ook gaat, proberen telt. Aan het eind van de week kijken we terug.
route-not-now = Dat is goed. De route wacht op je; met /route zie je waar je bent.
route-look-back = De week over "{ $route_title }" zit erop. Even terugkijken:
route-useful = Hoe nuttig was deze week voor je?
route-btn-very = Heel nuttig
route-btn-bit = Een beetje
route-btn-not = Niet echt
route-next-week = Dank je voor het terugkijken. Hierna: "{ $route_title }". Het eerste bericht komt morgen.
route-halfway = Je bent halverwege je route. Tijd voor de zes vragen van de check-in: dan kunnen we aan het eind zien hoe het veranderd is.

## Waar de route staat.
route-status =
    Je bent in week { $route_week } van { $route_weeks } van je route: { $route_title }.

    { $route_list }
route-status-ask = Wat wil je doen?
route-btn-my-route = Naar mijn route
route-btn-look-back = Terugkijken op de week
route-btn-pause = Route pauzeren
route-btn-stop = Route stoppen
route-paused-now = De route staat op pauze. Tot je hem weer oppakt met /route, stuurt hij je niets.
route-paused = Je route staat op pauze bij week { $route_week }: "{ $route_title }". Zullen we verder?
route-btn-resume = Verder gaan
route-resumed = Fijn, we gaan verder waar je was.
route-stop = De route stoppen? Wat je deed en schreef blijft; alleen de berichten van de route stoppen.
route-btn-stop-yes = Ja, stoppen
route-btn-stop-no = Nee, houden
route-stopped = De route is gestopt. Het menu is er altijd, en met /route begin je een nieuwe.
route-btn-back = Laat de route zien
route-btn-compare = Kijken hoe het ging

## Het eind van de route.
route-finish = Dat was de laatste week van je route. Om te zien wat er veranderd is, komen de zes vragen van de check-in nog één keer.
route-compare =
    { $compared ->
        [yes] Zo zijn je antwoorden veranderd sinds het begin. Iemand dichtbij missen: toen { $emotional_before } van 3, nu { $emotional_after } van 3 ({ $emotional_change ->
                [lower] iets minder
                [higher] iets meer
               *[other] ongeveer hetzelfde
            }; de schaal noemt dat { $emotional_level ->
                [none] op dit punt niet eenzaam
                [some] op dit punt enigszins eenzaam
               *[other] op dit punt sterk eenzaam
            }). Mensen om je heen missen: toen { $social_before } van 3, nu { $social_after } van 3 ({ $social_change ->
                [lower] iets minder
                [higher] iets meer
               *[other] ongeveer hetzelfde
            }; de schaal noemt dat { $social_level ->
                [none] op dit punt niet eenzaam
                [some] op dit punt enigszins eenzaam
               *[other] op dit punt sterk eenzaam
            }). Het zijn antwoorden op zes vragen, geen oordeel over jou.
       *[other] Om voor en na te vergelijken heb ik een volledige check-in van het begin en een van nu nodig, en er mist er een. Dat geeft niet: wat je deze weken deed, telt toch.
    }
route-compare-useful =
    { $has_useful ->
        [yes] De weken die je het nuttigst vond: { $route_useful }.
       *[other] Je noemde geen week nuttig, en ook dat is goed om te weten.
    }
route-onward =
    Wil je doorgaan in een rustiger ritme? Dan komen { $has_useful ->
        [yes] de weken die je het nuttigst vond
       *[other] de patronen van de route
    } terug, één per twee weken, zonder het stapje halverwege.
route-btn-lighter = Ja, een rustiger ritme
route-lighter = Fijn. De eerste komt morgen. Met /route zie je waar je bent, en met /progress hoe het gaat.
route-again = Je hebt eerder een route afgemaakt. Wil je een nieuwe beginnen?
route-btn-new = Ja, een nieuwe route

record-route_week = een week van je route (hoe nuttig die was)
view-route-week =
    { $done ->
        [0] De oefening over "{ $title }" wacht nog op je, wanneer het jou uitkomt.
        [one] Je deed deze week één keer de oefening over "{ $title }".
       *[other] Je deed deze week { $done } keer de oefening over "{ $title }".
    }
