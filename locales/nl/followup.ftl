## "Hoe ging het?": de vraag op de dag die iemand koos voor een voornemen. Geen schuld, nooit.

followup-title = hoe je plan ging
record-commitment = voornemen
record-commitment_outcome = hoe een voornemen ging

followup-ask =
    Hoi. Vandaag is de dag die je koos voor je plan: "{ $what }" ({ $where }).
    Als het nog moet gebeuren, is "nog niet" een prima antwoord.
    Hoe ging het?
followup-ask-plain =
    Hoi. Vandaag is de dag die je koos voor je plan. Je woorden bewaar ik niet, zo wilde je het, maar jij weet vast nog wat het was.
    Als het nog moet gebeuren, is "nog niet" een prima antwoord.
    Hoe ging het?
followup-btn-did = Ik heb het gedaan
followup-btn-partly = Voor een deel
followup-btn-not-yet = Nog niet
followup-btn-no = Het kwam er niet van

followup-respond =
    { $outcome ->
        [done] Je hebt het gedaan. Hoe het ook liep: je zette een stap die je jezelf had voorgenomen, en dat is niet niks.
        [partly] Een deel is ook een stap. Het loopt vaak net anders dan gepland, en dat is prima.
        [not_yet] Helemaal goed. Misschien lukt het later vandaag, en anders een andere keer. Plannen mogen schuiven.
       *[other] Dat gebeurt. Er kan van alles tussenkomen, en dat zegt niets over jou. Je kunt het altijd opnieuw plannen, als en wanneer jij dat wilt.
    }
followup-note =
    { $outcome ->
        [done] Een paar woorden is genoeg, en overslaan mag ook. Hoe voelde het?
        [partly] Een paar woorden is genoeg, en overslaan mag ook. Hoe voelde het?
       *[other] Een paar woorden is genoeg, en overslaan mag ook. Hoe is het nu voor je?
    }

followup-close =
    { $outcome ->
        [done] Dank je dat je het liet weten. Onthoud hoe dit ging: een volgende stap wordt er vaak wat lichter door.
        [partly] Dank je dat je het liet weten. Onthoud wat wél lukte: daar kun je de volgende keer op verder.
        [not_yet] Dank je dat je het liet weten. Een plan dat schuift, is gewoon een plan dat nog komt.
       *[other] Dank je dat je het liet weten. Dat het er niet van kwam, is geen mislukking. Soms past iets kleiners beter, of een ander moment.
    }
    Wil je een nieuwe stap plannen, of is het zo goed voor nu?
followup-btn-new = Een nieuwe stap plannen
followup-btn-enough = Zo is het goed
followup-bye = Tot een volgende keer. Typ /menu wanneer je verder wilt.
