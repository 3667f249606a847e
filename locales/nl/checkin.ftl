## De check-in: de zes uitspraken van de eenzaamheidsschaal van De Jong Gierveld.
# Bron: De Jong Gierveld, J., & Van Tilburg, T. (2006). A 6-item scale for overall, emotional,
# and social loneliness: Confirmatory tests on survey data. Research on Aging, 28(5), 582-598.
# De uitspraken checkin-q1 t/m checkin-q6 staan er woord voor woord zoals gepubliceerd
# (Nederlandse versie; bronnen in dialogues/checkin.yaml); verander ze niet. q1-q3 gaan over
# emotionele eenzaamheid, q4-q6 over sociale eenzaamheid; ze komen in de gepubliceerde volgorde,
# om en om (q1, q4, q2, q5, q3, q6), dus elke tekst noemt zijn plaats in die volgorde.

checkin-title = de check-in
record-checkin = check-ins
checkin-intro =
    Deze check-in bestaat uit zes korte uitspraken over hoe het de laatste tijd met je gaat. Het kost ongeveer een minuut. Er zijn geen goede of foute antwoorden, en elke uitspraak mag je overslaan.

    Het is een bekende vragenlijst uit onderzoek naar eenzaamheid. De uitkomst is een indicatie, geen diagnose. { $consent ->
        [yes] Ik bewaar je antwoorden, zodat je later kunt zien of er iets verandert.
       *[other] Je koos ervoor dat ik niets bewaar, dus ik houd je antwoorden niet bij.
    }
    Zullen we beginnen?
checkin-btn-start = Ja, begin maar
checkin-later = Goed. Met /checkin kun je hem doen wanneer het jou uitkomt.
checkin-how = Kies bij elke uitspraak wat het best past bij hoe het de laatste tijd voor je is.
checkin-btn-more = Min of meer
checkin-btn-no = Nee

checkin-q1 =
    Uitspraak 1 van 6:
    Ik ervaar een leegte om me heen
checkin-q4 =
    Uitspraak 2 van 6:
    Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen
checkin-q2 =
    Uitspraak 3 van 6:
    Ik mis mensen om me heen
checkin-q5 =
    Uitspraak 4 van 6:
    Ik heb veel mensen op wie ik volledig kan vertrouwen
checkin-q3 =
    Uitspraak 5 van 6:
    Vaak voel ik me in de steek gelaten
checkin-q6 =
    Uitspraak 6 van 6:
    Er zijn voldoende mensen met wie ik me nauw verbonden voel

checkin-result =
    { $band ->
        [none] Dank je. Je antwoorden wijzen erop dat je je op dit moment weinig of niet eenzaam voelt ({ $total } van de 6). Fijn dat er mensen om je heen zijn.
        [moderate] Dank je. Je antwoorden wijzen op enige eenzaamheid ({ $total } van de 6). Dat komt veel voor, en het kan ook weer veranderen. Kleine stappen maken vaak meer verschil dan je zou denken.
        [severe] Dank je dat je dit eerlijk invulde. Je antwoorden wijzen erop dat je je op dit moment erg eenzaam voelt ({ $total } van de 6). Dat is zwaar om te dragen, en je hoeft het niet alleen te doen.
            Praten kan helpen: met iemand die je vertrouwt, of met { $country ->
            [US] je dokter
           *[other] je huisarts
        }. Die denkt ook mee als het "alleen maar" om eenzaamheid gaat.
       *[unknown] Dank je. Omdat er een uitspraak is overgeslagen, is er deze keer geen totaal. Dat is helemaal goed; overslaan mag altijd.
    }
    Over nabijheid (het emotionele deel, uitspraak 1, 3 en 5): { $emotional_level ->
        [none] je antwoorden wijzen er niet op dat je een hechte band mist ({ $emotional } van de 3).
        [some] je antwoorden wijzen erop dat je een hechte band een beetje mist ({ $emotional } van de 3).
        [strong] je antwoorden wijzen erop dat je een hechte band sterk mist ({ $emotional } van de 3).
       *[unknown] er is een uitspraak overgeslagen, dus dit deel kan ik deze keer niet uitrekenen.
    }
    Over de mensen om je heen (het sociale deel, uitspraak 2, 4 en 6): { $social_level ->
        [none] je antwoorden wijzen erop dat er genoeg mensen om je heen zijn ({ $social } van de 3).
        [some] je antwoorden wijzen erop dat je een bredere kring van mensen een beetje mist ({ $social } van de 3).
        [strong] je antwoorden wijzen erop dat je een bredere kring van mensen sterk mist ({ $social } van de 3).
       *[unknown] er is een uitspraak overgeslagen, dus dit deel kan ik deze keer niet uitrekenen.
    }
    { $trend ->
        [lower] Vorige keer kwam je uit op { $previous }. Nu is het lager, dus misschien voel je je wat minder alleen dan toen.
        [higher] Vorige keer kwam je uit op { $previous }. Nu is het hoger; misschien is het op dit moment zwaarder. Goed dat je er even bij stilstond.
        [same] Dat is hetzelfde als de vorige keer.
        [first] { $consent ->
            [yes] Doe je de check-in later nog eens, dan kun je zien of er iets verschuift.
           *[other] Dit is alleen voor nu; ik onthoud de uitkomst niet.
        }
       *[unknown] Vergelijken met de vorige keer lukt deze keer niet.
    }
checkin-suggest =
    { $band ->
        [none] Misschien is "Stilstaan bij jezelf" iets voor nu: even opschrijven hoe je dag was, en merken wat je goed doet.
        [moderate] Kleine, alledaagse contacten maken vaak meer uit dan je verwacht. Daar gaat het onderwerp "Kleine contacten" over.
        [severe] Bij "Oude pijn en hulp" lees je hoe hulp van een huisarts, therapeut of coach werkt, en hoe je die vindt. Zonder druk: jij kiest wat je ermee doet.
       *[unknown] Misschien is een klein stapje voor vandaag een fijn begin.
    }
    Wat wil je nu doen?
checkin-btn-reflection = Stilstaan bij jezelf
checkin-btn-community = Kleine contacten
checkin-btn-help = Oude pijn en hulp
checkin-btn-small-step = Een klein stapje
