danger_pause-title = de pauze: echt gevaar of iets ouds?
record-danger_pause = pauze-oefening
danger_pause-intro = Soms trek je je terug juist als iemand dichterbij komt. Je reageert niet meer, zoekt ruzie, of maakt het uit voordat de ander dat kan doen. Dat voelt veilig, maar het houdt je ook alleen.
danger_pause-recognise = Herken je dit?
danger_pause-not-really = Dan is dit misschien niet jouw patroon, en dat is ook goed om te weten. In het menu staan nog acht andere onderwerpen.
danger_pause-offer = Er is een korte oefening voor zulke momenten: even pauzeren voordat je afstand neemt, en jezelf één vraag stellen. Het duurt een paar minuten. Zullen we het samen proberen?
danger_pause-btn-start = Ja, laten we beginnen
danger_pause-later = Prima. Het staat klaar in het menu wanneer je wilt.
danger_pause-slow-down =
    Eerst rustig aan. Je hoeft nu niets te beslissen en niets te versturen. Adem een keer diep in, en langzaam weer uit.
    Laat het me weten als je er klaar voor bent.
danger_pause-btn-ready = Ik ben er
danger_pause-describe = Denk aan een moment waarop je afstand wilde nemen, nu of laatst. Wat gebeurde er? Een paar woorden is genoeg.
danger_pause-urge = Dank je. En wat wilde je toen het liefst doen? Bijvoorbeeld niet meer reageren, iets scherps zeggen, of weglopen.
danger_pause-question =
    Je schreef: "{ $moment }"
    Nu de vraag waar het om draait: is hier echt gevaar? Of voel je vooral iets van vroeger, dat nu weer opspeelt?
danger_pause-btn-real = Echt gevaar
danger_pause-btn-old = Iets ouds
danger_pause-btn-unsure = Ik weet het niet
danger_pause-real =
    Dan is het goed dat je jezelf beschermt; veilig zijn gaat voor. Afstand nemen van iemand die je echt pijn doet is geen sabotage. Dat is zorg voor jezelf.
    Ben je nu in gevaar? Ga naar een veilige plek en bel { $emergency }. Gaat het om iemand thuis, dan denken deze mensen met je mee:
    { $violence_lines }
danger_pause-old = Dat is moedig om te zien. Een oud gevoel kan heel echt aanvoelen, ook als de situatie van nu anders is. Je hoeft het niet weg te duwen; het helpt al dat je het herkent.
danger_pause-unsure = Dat is een eerlijk antwoord. Vaak is het een beetje van allebei. Juist dan helpt het om even te wachten voordat je iets doet.
danger_pause-write = Schrijf in een of twee zinnen op wat je nu bij jezelf merkt. Niet wat de ander deed, maar wat er in jou gebeurt.
danger_pause-ask-instead =
    Nog één stap. Vaak trekken we een conclusie ("ze vindt me vast vervelend"), terwijl we ook iets kunnen vragen ("Ik merkte dat je stil was. Is alles goed?").
    Welke vraag zou jij de ander kunnen stellen?
danger_pause-btn-no-question = Ik weet geen vraag
danger_pause-share = Is er iemand die je vertrouwt, met wie je dit zou kunnen delen?
danger_pause-btn-share-yes = Ja, die is er
danger_pause-btn-share-maybe = Misschien
danger_pause-btn-share-no = Nu niet
danger_pause-close =
    { $share ->
        [yes] Fijn dat er iemand is. Misschien kun je het deze week met die persoon delen, gewoon in een paar woorden.
       *[other] Dat hoeft ook niet meteen. Opschrijven wat je merkte is al een stap.
    }
    Je nam een pauze in plaats van weg te gaan. Dat telt, ook als het ongemakkelijk voelde.
danger_pause-next-step =
    Een klein stapje voor de komende dagen: merk je de neiging om afstand te nemen, zeg dan in jezelf "pauze" en stel de vraag: echt gevaar, of iets ouds?
    Wat wil je nu doen?
danger_pause-btn-again = Nog een moment bekijken
