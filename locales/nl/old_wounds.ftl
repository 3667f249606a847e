## Mechanisme 7: oude wonden die blijven doorwerken. Hoe professionele hulp werkt en hoe je die vindt.

old_wounds-title = oude pijn en hulp vinden
record-help_step = stap naar hulp
old_wounds-intro = Soms draag je iets mee van vroeger: een verlies, een relatie die pijn deed, of een jeugd waarin je leerde om op je hoede te zijn. Je houdt mensen dan op afstand, of vertrouwt ze moeilijk. Dat is geen onwil: het was ooit de veiligste manier.
old_wounds-recognise = Herken je dit?
old_wounds-not-really = Dan speelt dit voor jou misschien minder, en dat is fijn om te weten. In het menu staan nog andere onderwerpen.
old_wounds-offer =
    Met oude pijn hoef je niet alleen aan de slag. Ik ben geen therapeut, maar ik kan je vertellen hoe professionele hulp werkt en hoe je die vindt. Of en wanneer je er iets mee doet, bepaal jij.
    Gaat het nu echt niet goed, dan laat ik je ook meteen zien waar je terechtkunt.
    Wat wil je?
old_wounds-btn-how = Vertel hoe het werkt
old_wounds-btn-now = Ik heb nu hulp nodig
old_wounds-later = Prima. Het staat klaar in het menu wanneer je wilt.

old_wounds-how =
    Een therapeut of coach helpt je patronen te zien die je zelf moeilijk ziet, en geeft pijnlijke ervaringen een plek. Niet om je verleden uit te wissen, maar zodat het je minder stuurt.
    Een psycholoog of therapeut is opgeleid om met psychische klachten te werken, ook zware. Een coach kijkt meestal meer naar wat je nu wilt veranderen. Iedereen mag zich coach noemen, dus vraag gerust naar opleiding en ervaring.
old_wounds-first-talk =
    Een eerste gesprek is vooral kennismaken. Je vertelt wat je bezighoudt en wat je hoopt, en de ander stelt vragen. Je hoeft niets voor te bereiden en niet meteen alles te vertellen.
    Klikt het niet, dan mag je iemand anders zoeken. Dat is heel gewoon, en een goede klik maakt echt verschil.
    Wil je weten hoe je hulp vindt waar jij woont?
old_wounds-btn-find = Ja, vertel

old_wounds-find =
    { $country ->
        [NL]
            In Nederland begin je bij je huisarts. Die denkt met je mee en kan je doorverwijzen. Veel praktijken hebben ook een POH-GGZ: een praktijkondersteuner voor psychische klachten, bij wie je een paar gesprekken kunt hebben zonder dat het je iets kost.
            Voor een psycholoog of therapeut in de GGZ (de geestelijke gezondheidszorg) die je zorgverzekering vergoedt, heb je een verwijzing van je huisarts nodig. Je eigen risico geldt daar wel voor.
        [BE]
            In België kun je bij je huisarts terecht. Die denkt met je mee en kan je doorverwijzen. Je kunt ook zelf contact opnemen met een CGG, een Centrum voor Geestelijke Gezondheidszorg.
            Of je zoekt een eerstelijnspsycholoog: een psycholoog voor een beperkt aantal gesprekken, tegen een verlaagd tarief. Daar kom je via je huisarts, of je neemt rechtstreeks contact op.
        [UK]
            In het Verenigd Koninkrijk begin je bij je GP, de huisarts. Die denkt met je mee en kan je doorverwijzen. In Engeland kun je je ook zelf aanmelden bij NHS Talking Therapies, voor gratis gesprekken via de NHS, zonder verwijzing.
            Woon je in Schotland, Wales of Noord-Ierland, dan weet je GP welke weg daar geldt.
        [US]
            In de Verenigde Staten is je primary care doctor (je vaste huisarts) een goed begin. Je kunt ook de lijst met therapeuten van je zorgverzekeraar bekijken, op hun website of via de telefoon.
            Zoek je hulp bij jou in de buurt, dan kun je de SAMHSA National Helpline bellen: 1-800-662-4357. Dat is een gratis en vertrouwelijke informatielijn van de Amerikaanse overheid, dag en nacht bereikbaar.
       *[other] Bijna overal is een huisarts of algemene arts een goed begin. Die weet wat er bij jou in de buurt is, en kan je verder helpen.
    }
old_wounds-what-now = Je hoeft hier nu niets mee. Wat past op dit moment bij je?
old_wounds-btn-note = Een stap opschrijven
old_wounds-btn-think = Ik denk erover na
old_wounds-note = Bijvoorbeeld: "de huisarts bellen voor een afspraak", of "opzoeken wie er bij mij in de buurt werkt". Wat zou voor jou een eerste, kleine stap kunnen zijn?
old_wounds-noted =
    Je stap: "{ $next_step }".
    { $consent ->
        [yes] Ik heb hem bewaard, zodat je hem later terugvindt.
       *[other] Ik bewaar hem niet, zoals je koos, dus schrijf hem gerust ergens op.
    }
    Wanneer je hem zet, bepaal jij. Ook later is goed.
old_wounds-think = Dat is helemaal goed. Hulp zoeken doe je wanneer jij eraan toe bent, en deze uitleg blijft hier gewoon staan.

old_wounds-now =
    Fijn dat je het zegt. Als het nu te zwaar is, verdien je nu hulp, niet pas later. Hier kun je meteen iemand spreken:
    { $helplines }
    Ben je in direct gevaar, bel dan { $emergency }.
old_wounds-now-after =
    Ik ben er daarna ook nog. Neem de tijd.
    Wat wil je nu doen?
old_wounds-btn-back = Terug naar de uitleg
old_wounds-btn-rest = Even niets
old_wounds-rest = Goed. Zorg goed voor jezelf. Typ /menu wanneer je verder wilt.
