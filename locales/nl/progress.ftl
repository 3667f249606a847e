## /progress (dialogues/progress.yaml) en het plaatje dat het laat zien (bot/core/views.py, progress).
progress-title = je voortgang
progress-intro = Zo is het tot nu toe gegaan.
progress-next = Waar wil je van hieruit verder?
progress-btn-route = Je route
view-progress =
    { $checkins ->
        [0] Er is nog geen volledige check-in.
        [one] Eén check-in: { $last } van 6 (lager is minder eenzaam).
       *[other] { $checkins } check-ins: { $first } van 6 bij de eerste, { $last } van 6 bij de laatste (lager is minder eenzaam).
    } { $moods ->
        [0] Nog geen stemming in je dagboek.
       *[other] Je dagboek heeft { $moods } stemmingen, gemiddeld { $mood } van 5{ $trend ->
            [up] , de laatste tijd iets hoger.
            [down] , de laatste tijd iets lager.
           *[other] .
        }
    }
view-progress-title = Check-ins en stemming door de tijd
view-progress-checkin = Check-in (0 tot 6, lager is minder eenzaam)
view-progress-mood = Stemming in het dagboek (1 tot 5)
