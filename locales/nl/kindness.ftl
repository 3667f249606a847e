kindness-title = iets vriendelijks van vandaag
record-kindness = iets vriendelijks gezien
kindness-ask =
    Goedenavond. Hier is de korte vraag van vandaag.
    Denk aan iets kleins: een knikje, iemand die de deur voor je openhield, een berichtje. Van wie dan ook.
    Wat zag je vandaag aan vriendelijks, hoe klein ook?
kindness-btn-nothing = Niets vandaag
kindness-noticed =
    "{ $kindness }"
    Fijn dat je dat zag. Zulke kleine dingen glippen makkelijk langs je heen, en jij hebt er een opgemerkt.
kindness-nothing = Dat is goed. Sommige dagen valt er weinig te zien, of is er gewoon geen ruimte voor. Je hoeft niets te vinden.
kindness-close = Fijne avond nog. Ik ben er wanneer je wilt; typ /menu als je verder wilt praten.
kindness-btn-stop = Geen avondvragen meer
