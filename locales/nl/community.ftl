## Mechanisme 9: gemeenschap onderschatten. Eén klein, los contact, concreet gemaakt.

community-title = kleine contacten
community-intro = Tegenwoordig kun je bijna alles vanuit huis doen: werken, boodschappen, een film kijken. Dat is makkelijk, maar zo gaan er soms weken voorbij zonder dat je echt iemand spreekt. En juist kleine, losse contacten geven vaak het gevoel dat je ergens bij hoort.
community-recognise = Herken je dit?
community-not-really = Dan heb je misschien al meer kleine contacten dan je denkt, en dat is fijn. In het menu staan nog andere onderwerpen.
community-offer = Dan een kleine uitdaging: één kort, los contact. Geen vriendschap sluiten, gewoon even iemand zien en gezien worden. Zullen we er samen één kiezen?
community-btn-start = Ja, laten we kiezen
community-later = Prima. Het staat klaar in het menu wanneer je wilt.

community-choose =
    Het mag klein zijn, bijna te klein. Juist dan is beginnen makkelijker.
    Kies er één, of typ zelf iets. Wat wil je proberen?
community-btn-neighbour = Een buur groeten
community-btn-chat = Een kort praatje
community-btn-return = Steeds dezelfde plek
community-btn-other = Zelf iets bedenken
community-own = Een paar woorden is genoeg. Wat zou je willen proberen?

community-concrete =
    { $challenge ->
        [neighbour] Een buur groeten dus. Een knikje of "goedemorgen" is al genoeg. Bijvoorbeeld: "de buurvrouw met de hond gedag zeggen".
        [chat] Een kort praatje dus, bij de koffieautomaat, aan de kassa of bij de bakker. Een opmerking over het weer of de drukte is al een begin. Bijvoorbeeld: "de caissière vragen hoe haar dag gaat".
        [return] Steeds terug naar dezelfde plek dus, op hetzelfde moment: de markt, het zwembad, een bankje in het park. Na een paar keer herken je gezichten, en dan gaat groeten bijna vanzelf. Bijvoorbeeld: "elke zaterdag om tien uur koffie bij hetzelfde café".
       *[other] Je wilt proberen: "{ $challenge }". Hoe kleiner en concreter, hoe makkelijker het wordt.
    }
    Een paar woorden is genoeg. Wat ga je precies doen?
community-where =
    Dus: "{ $what }".
    Denk aan een plek als het trappenhuis, je werk of de supermarkt. Waar gaat het gebeuren?
community-when =
    Typ een datum, zoals 5-12, of een woord als "morgen" of "over 3 dagen". Weet je nog geen dag, dan is dat ook goed.
    Wanneer wil je het proberen?
community-btn-no-date = Nog geen datum

community-readback =
    Dit is je uitdaging:
    • Wat: { $what }
    • Waar: { $where }
    • Wanneer: { $when ->
        [none] nog geen datum
       *[other] { $when }
    }
    Klopt dat zo?
community-btn-right = Ja, dat klopt
community-btn-change = Iets aanpassen
community-ask-remind =
    Op die dag kan ik je een kort berichtje sturen om te vragen hoe het ging. Je hoeft er niets mee.
    Zal ik dat doen?
community-btn-remind-yes = Ja, graag
community-btn-remind-no = Liever niet

community-kept-remind =
    { $consent ->
        [yes] Afgesproken. Ik heb je uitdaging bewaard, en op { $when } vraag ik hoe het ging.
       *[other] Afgesproken: op { $when } vraag ik hoe het ging. Je woorden bewaar ik niet, zoals je koos, dus zet het gerust ook in je agenda.
    }
    Valt het anders uit, of gebeurt het een dag later, dan is dat ook goed.
community-kept =
    { $consent ->
        [yes] Goed, ik heb je uitdaging bewaard.
       *[other] Goed. Je woorden bewaar ik niet, zoals je koos, dus zet het gerust in je agenda of op een briefje.
    }
    Valt het anders uit, of gebeurt het een dag later, dan is dat ook goed.
community-kept-open =
    { $consent ->
        [yes] Goed, ik heb je uitdaging bewaard, nog zonder datum.
       *[other] Goed. Je woorden bewaar ik niet, zoals je koos, dus schrijf het gerust ergens op.
    }
    Misschien komt de kans vanzelf voorbij. Grijp die dan, of plan het later hier opnieuw.

community-close =
    Zo'n klein contact lijkt misschien niets. Maar zo wordt een straat of een plek langzaam een beetje van jou. Dat je hier de tijd voor nam, telt.
    Wat wil je nu doen?
community-btn-done = Dit was het voor nu
community-bye = Tot een volgende keer. Typ /menu wanneer je verder wilt.
