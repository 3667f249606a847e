## Mechanisme 5: wachten tot contact vanzelf komt. Een plek of ritme kiezen, en een eerste stap.

initiative-title = zelf de eerste stap zetten
initiative-intro = Misschien wacht je op het goede moment, of tot iemand anders de eerste stap zet. Dat is begrijpelijk, want zelf beginnen voelt spannend. Maar zolang je wacht, blijft het vaak stil.
initiative-recognise = Herken je dit?
initiative-not-really = Dan is dit misschien niet wat jou tegenhoudt, en dat is ook goed om te weten. In het menu staan nog andere onderwerpen.
initiative-offer = Contact ontstaat vaak op plekken waar je geregeld komt, samen met anderen die daar ook zijn. We kunnen samen één plek of bezigheid kiezen, en een eerste stap die je echt kunt zetten. Zullen we dat doen?
initiative-btn-start = Ja, laten we kiezen
initiative-later = Prima. Het staat klaar in het menu wanneer je wilt.

initiative-choose =
    Het hoeft niet groot te zijn. Het gaat om een plek of een vast ritme waar je andere mensen tegenkomt, liefst vaker dan één keer.
    Kies hieronder, of typ zelf iets. Wat spreekt je het meest aan?
initiative-btn-course = Een cursus
initiative-btn-talk = Een lezing
initiative-btn-volunteer = Vrijwilligerswerk
initiative-btn-regular = Vaste plek, vaste tijd
initiative-btn-other = Iets anders
initiative-own = Een paar woorden is genoeg. Wat heb je in gedachten?

initiative-step =
    { $kind ->
        [course] Een cursus dus: je leert iets, en je ziet steeds dezelfde mensen. Een eerste stap kan zijn: het aanbod van het buurthuis of de bibliotheek bekijken.
        [talk] Een lezing dus: je hoeft er weinig te zeggen, en na afloop is er vaak ruimte voor een praatje. Een eerste stap kan zijn: de agenda van de bibliotheek of een debatcentrum opzoeken.
        [volunteer] Vrijwilligerswerk dus: als je samen iets doet, komt een gesprek vaak vanzelf. Een eerste stap kan zijn: het vrijwilligerspunt van je gemeente opzoeken.
        [regular] Een vaste plek dus, zoals een café of de bibliotheek, steeds op hetzelfde moment. Na een paar keer worden gezichten bekend. Een eerste stap kan zijn: kiezen welke plek, en welke ochtend.
       *[other] Je dacht aan: "{ $kind }". Een eerste stap kan iets kleins zijn, zoals iets opzoeken of iemand een berichtje sturen.
    }
    Zeg het gerust in je eigen woorden: wat is jouw eerste stap?
initiative-where =
    Je eerste stap: "{ $what }".
    Een naam of plek is genoeg, of "thuis" als je het vanuit huis regelt. Waar doe je dat?
initiative-when =
    Met een dag erbij is het geen "ooit" meer. Typ een datum, zoals 5-12, of een woord als "morgen" of "over 3 dagen". Weet je nog geen dag, dan is dat ook goed.
    Wanneer wil je het doen?
initiative-btn-no-date = Nog geen datum

initiative-readback =
    Dit is je plan:
    • Wat: { $what }
    • Waar: { $where }
    • Wanneer: { $when ->
        [none] nog geen datum
       *[other] { $when }
    }
    Klopt dat zo?
initiative-btn-right = Ja, dat klopt
initiative-btn-change = Iets aanpassen
initiative-ask-remind =
    Op die dag kan ik je een kort berichtje sturen om te vragen hoe het ging. Je hoeft er niets mee.
    Zal ik dat doen?
initiative-btn-remind-yes = Ja, graag
initiative-btn-remind-no = Liever niet

initiative-kept-remind =
    { $consent ->
        [yes] Afgesproken. Ik heb je plan bewaard, en op { $when } vraag ik hoe het ging.
       *[other] Afgesproken: op { $when } vraag ik hoe het ging. Je woorden bewaar ik niet, zoals je koos, dus zet het plan gerust ook in je agenda.
    }
    Loopt het anders, dan is dat ook goed. Plannen mogen schuiven.
initiative-kept =
    { $consent ->
        [yes] Goed, ik heb je plan bewaard.
       *[other] Goed. Je woorden bewaar ik niet, zoals je koos, dus zet het plan gerust in je agenda of op een briefje.
    }
    Loopt het anders, dan is dat ook goed. Plannen mogen schuiven.
initiative-kept-open =
    { $consent ->
        [yes] Goed, ik heb je plan bewaard, nog zonder datum.
       *[other] Goed. Je woorden bewaar ik niet, zoals je koos, dus schrijf het plan gerust ergens op.
    }
    Weet je later een dag, dan kun je het hier altijd opnieuw plannen.

initiative-close =
    Een plek kiezen en er een eerste stap naartoe zetten: zo begint contact meestal, klein en gewoon. Dat je hier de tijd voor nam, telt.
    Wat wil je nu doen?
initiative-btn-done = Dit was het voor nu
initiative-bye = Tot een volgende keer. Typ /menu wanneer je verder wilt.
