## De terugblik op de week. Na review-intro zet de engine zelf het overzicht van de week.

review-title = de terugblik op je week
record-review_note = voornemens voor de week
review-intro =
    { $consent ->
        [yes] Even terugkijken op de afgelopen zeven dagen. Niet om iets te beoordelen, alleen om te zien wat er was.
       *[other] Even terugkijken op de afgelopen zeven dagen. Omdat ik niets bewaar, heb ik zelf weinig om te laten zien; wat jij je herinnert telt net zo goed.
    }
review-ask =
    Misschien een voornemen, iets wat je wilt onthouden, of iets kleins wat je anders wilt doen. Overslaan mag ook.
    Wat wil je meenemen naar volgende week?
review-noted =
    Je neemt mee: "{ $intention }"
    { $consent ->
        [yes] Ik heb het bij je week bewaard.
       *[other] Ik bewaar het niet, dus schrijf het gerust ergens op waar je het terugziet.
    }
    Ik ben er weer wanneer je wilt.
review-skipped = Prima. Soms is terugkijken al genoeg. Ik ben er weer wanneer je wilt.
