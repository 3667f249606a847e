## What the journal and the weekly review show, built from what the person kept.

view-journal-empty = Er staat nog niets in je dagboek. Je eerste stukje mag heel kort zijn.
view-journal-entry =
    { $date }, stemming { $mood } van 5:
    { $entry }
view-review =
    Je week in het kort:
    • { $entries ->
        [0] geen dagboekstukjes
        [one] één dagboekstukje
       *[other] { $entries } dagboekstukjes
    }{ $mood ->
        [none] {""}
       *[other] , gemiddelde stemming { $mood } van 5
    }
    • { $trend ->
        [up] je stemming ging in de loop van de week wat omhoog
        [down] je stemming zakte in de loop van de week wat
        [same] je stemming bleef ongeveer gelijk
       *[unknown] te weinig stukjes om iets over je stemming te zeggen, en dat is prima
    }
    • { $made ->
        [0] geen plannen deze week
       *[other] plannen: { $made }, waarvan (deels) gelukt: { $kept }
    }
