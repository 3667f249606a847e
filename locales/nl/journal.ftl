## /journal: je dagboek. Na journal-heading zet de engine zelf de laatste stukjes (of dat er nog niets is).

journal-title = je dagboek
record-journal = dagboek
journal-heading =
    { $consent ->
        [yes] Je dagboek: wat je de laatste tijd opschreef over hoe je je voelde.
       *[other] Je koos ervoor dat ik niets bewaar, dus je dagboek blijft leeg. Schrijven kan natuurlijk altijd.
    }
journal-choose = Wat wil je nu doen?
journal-btn-write = Iets nieuws schrijven
journal-btn-week = Mijn week bekijken
journal-btn-show = Mijn dagboek bekijken
