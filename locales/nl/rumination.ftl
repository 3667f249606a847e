rumination-title = vast in je hoofd
record-thought_note = gedachten opgeschreven
rumination-intro = Soms blijven je gedachten maar rondjes draaien. Je denkt na over een gesprek of over jezelf, en in plaats van helderder wordt het alleen maar zwaarder. Ondertussen lijkt iedereen om je heen gewoon door te gaan.
rumination-recognise = Herken je dit?
rumination-not-really = Dan zit je daar nu misschien niet zo in, en dat is fijn. In het menu vind je andere onderwerpen om naar te kijken.
rumination-offer =
    Er is een oefening in twee delen. Eerst twee minuten ademen: ik stuur je elke twintig seconden een korte aanwijzing, en je kunt altijd stoppen. Daarna schrijf je op wat er in je hoofd zit, en lees je het terug.
    Zullen we beginnen?
rumination-btn-start = Ja, laten we beginnen
rumination-btn-only-write = Alleen schrijven
rumination-later = Prima. Het staat in het menu wanneer je er even voor wilt gaan zitten.
rumination-breathe-1 = Ga gemakkelijk zitten en laat je schouders zakken. Je hoeft nu nergens heen. Adem rustig in door je neus, en laat de adem vanzelf weer gaan.
rumination-breathe-2 = Adem in terwijl je tot vier telt. Adem uit terwijl je tot zes telt. En nog een keer.
rumination-breathe-3 = Merk op waar je de adem voelt: in je buik, in je borst of bij je neus. Je hoeft niets te veranderen.
rumination-breathe-4 = Dwalen je gedachten af, dan hoort dat erbij. Merk het op, en kom bij de volgende ademhaling rustig terug.
rumination-breathe-5 = Merk op wat je nu in je lijf voelt: warmte, spanning, moeheid. Je hoeft er niets mee; alleen opmerken.
rumination-breathe-6 = Nog een paar keer: in, en langzaam weer uit. Laat elke uitademing iets langer duren dan de vorige.
rumination-btn-stop = Nu stoppen
rumination-breathe-done = Dat waren twee minuten. Hoe het ook ging: je hebt even stilgestaan, en dat is genoeg.
rumination-stopped =
    Goed, we stoppen met ademen. Ook een paar ademhalingen tellen.
    Wil je je gedachten nog opschrijven, of is het zo genoeg voor nu?
rumination-btn-write-now = Ja, schrijven
rumination-btn-enough = Genoeg voor nu
rumination-enough = Prima. Dit staat in het menu wanneer je er weer aan toe bent.
rumination-write =
    Schrijf nu op wat er door je hoofd gaat, precies zoals het komt. Het hoeft niet netjes of logisch te zijn; halve zinnen zijn prima.
    Wat speelt er nu in je hoofd?
rumination-read-back =
    Je schreef:
    "{ $thoughts }"
    Lees het eens langzaam terug, hardop als dat kan. Alsof iemand anders het heeft geschreven.
rumination-question = Is dit waar, of is het vooral wat je op dit moment voelt?
rumination-btn-true = Het is waar
rumination-btn-feeling = Vooral wat ik voel
rumination-btn-both = Een beetje allebei
rumination-reflect =
    { $verdict ->
        [true] Dan is het goed om het serieus te nemen. Ook iets wat klopt, kun je met wat mildheid bekijken: het is een deel van je verhaal, niet het hele verhaal.
        [feeling] Dat verschil zien is veel waard. Een gevoel is echt, maar het is geen bewijs. Het mag er zijn, en het trekt ook weer weg.
       *[other] Dat is vaak zo: er zit iets waars in, en het gevoel maakt het groter. Alleen al dat onderscheid geeft wat lucht.
    }
rumination-close =
    Een klein stapje voor later: merk je dat je weer aan het piekeren bent, adem dan drie keer langzaam uit en stel jezelf dezelfde vraag. Je hoeft het antwoord niet meteen te weten.
    Dat je dit opschreef, telt. Wat wil je nu doen?
rumination-btn-again = Nog een keer ademen
