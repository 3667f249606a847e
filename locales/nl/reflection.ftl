## Mechanism 8: zelfreflectie raakt op de achtergrond. Dagelijks kort schrijven over "hoe voelde ik me vandaag?".
## reflection-mood, -hard-day, -write, -read-back, -held en -kept gebruikt de journal-flow ook
## (een nieuw stukje in het dagboek).

reflection-title = stilstaan bij jezelf
reflection-intro =
    Veel mensen zijn goed in het lezen van anderen: je voelt aan wat er verwacht wordt en je past je aan. Wat er in jezelf speelt, raakt dan makkelijk uit beeld, en ook welke kleine gewoontes anderen op afstand houden. Denk aan altijd zeggen dat het goed gaat, of nooit om hulp vragen.

    Lao Tzu zei het al, zo'n 2500 jaar geleden: "Wie anderen kent, is slim. Wie zichzelf kent, is wijs."
reflection-recognise = Herken je dit?
reflection-not-really = Dan laten we dit even liggen. Misschien past een ander onderwerp nu beter bij je; in het menu kun je rustig rondkijken.
reflection-offer =
    Hier hoort een eenvoudige oefening bij: opschrijven hoe je je vandaag voelde. Tien minuten is mooi, korter mag ook. Er is geen goed of fout, en niemand geeft er een cijfer voor.
    Zullen we het nu samen proberen?
reflection-btn-start = Ja, laten we schrijven
reflection-later = Dat is goed. Je kunt er altijd op terugkomen, vanavond of over een week.

reflection-settle = Neem er even de tijd voor. Een rustig plekje helpt, maar het hoeft niet. Eerst een getal, daarna de woorden.
reflection-mood = Als 1 een heel zware dag is en 5 een heel goede: welk getal past bij vandaag?
reflection-mood-1 = 1 · Heel zwaar
reflection-mood-2 = 2 · Zwaar
reflection-mood-3 = 3 · Gaat wel
reflection-mood-4 = 4 · Goed
reflection-mood-5 = 5 · Heel goed
reflection-hard-day = Een heel zware dag. Wat rot dat het zo is, en fijn dat je er toch bent.
reflection-write =
    Dan nu de vraag zelf. Schrijf op wat er in je opkomt: wat er gebeurde, wat je raakte, waar je moe of blij van werd. Het mag rommelig, en zinnen hoeven niet af. Neem de tijd en stuur het als je klaar bent.
    Hoe voelde je je vandaag?
reflection-read-back =
    Je schreef:
    "{ $entry }"
    Lees het rustig nog eens terug. Misschien valt je iets op: een gevoel dat vaker terugkomt, of iets wat je deed zonder erbij stil te staan. Dat je dit opschreef, telt.
reflection-held = Dat was veel om te dragen vandaag, en je hebt het onder woorden gebracht. Wees vanavond een beetje zacht voor jezelf. Wordt het te zwaar, dan vind je bij /help mensen met wie je nu meteen kunt praten.
reflection-kept =
    { $consent ->
        [yes] Ik heb het in je dagboek gezet, met je getal van vandaag erbij: { $mood }.
       *[other] Je koos ervoor dat ik niets bewaar, dus dit onthoud ik niet. Het schrijven zelf was het belangrijkste.
    }

reflection-remind-offer =
    Een klein stapje voor de komende tijd: doe dit vaker, het liefst elke dag rond hetzelfde moment. Juist door het te herhalen ga je zien wat steeds terugkomt.
    Zal ik je er elke dag even aan herinneren, op een tijd die jij kiest?
reflection-btn-remind-yes = Ja, graag
reflection-btn-remind-no = Nee, dank je
reflection-remind-time =
    Typ een tijd, zoals 19:30 of 12:00.
    Hoe laat komt het je het best uit?
reflection-btn-remind-cancel = Toch maar niet
reflection-remind-set = Goed, dan hoor je elke dag om { $time } van me.{ $journal_in_quiet ->
        [yes] {" "}Dat valt in je stille uren, maar die tijd koos je zelf, dus dan stuur ik het.
       *[other] {""}
    } Een kort berichtje, geen verplichting: sla je een dag over, dan is dat ook prima. Met /nudges kun je het altijd aanpassen of uitzetten.
reflection-close =
    { $consent ->
        [yes] Alles wat je schrijft, vind je terug met /journal. Daar zie je ook hoe je week was.
       *[other] Je kunt altijd terugkomen om te schrijven, ook als ik niets bewaar.
    }
    Dank je voor je tijd. Wat wil je nu doen?
reflection-btn-journal = Mijn dagboek bekijken
