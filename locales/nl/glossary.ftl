## /glossary: de woorden uit het artikel, uitgelegd voor een mens, met een voorbeeld uit het dagelijks leven.

glossary-title = de woordenlijst
glossary-list = Een paar woorden die je bij mij tegenkomt, in gewone taal. Welk woord wil je uitgelegd hebben?
glossary-btn-vulnerability = Kwetsbaarheid
glossary-btn-mindfulness = Mindfulness
glossary-btn-self-sabotage = Zelfsabotage
glossary-btn-beliefs = Beperkende overtuigingen
glossary-btn-validation = Externe bevestiging
glossary-btn-other = Een ander woord

glossary-vulnerability =
    Kwetsbaarheid
    Je kwetsbaar opstellen is iemand iets echts van jezelf laten zien, zonder te weten hoe die reageert. Niet je hele verhaal, wel iets wat waar is.

    Een voorbeeld: een vriendin vraagt hoe het gaat. In plaats van "prima" zeg je: "Eerlijk gezegd voel ik me de laatste tijd wat alleen." Dat is spannend, en juist daardoor kan zij dichterbij komen.
glossary-mindfulness =
    Mindfulness
    Mindfulness is met je aandacht bij dit moment blijven, en opmerken wat er is zonder er meteen iets van te vinden. Gedachten mogen komen en gaan; je hoeft er niet achteraan.

    Een voorbeeld: je ligt wakker en denkt "niemand belt me ooit". In plaats van daarin mee te gaan, merk je op: daar is die gedachte weer. Je voelt je adem en het dekbed. De gedachte is er nog, maar ze trekt minder hard aan je.
glossary-self-sabotage =
    Zelfsabotage
    Zelfsabotage is dat je, zonder het zo te bedoelen, iets in de weg zit wat je eigenlijk graag wilt. Vaak om jezelf te beschermen tegen teleurstelling.

    Een voorbeeld: je had een fijne avond met iemand die je net kent. De volgende dag laat je haar bericht liggen, want "dat loopt toch op niets uit". Zo voorkom je dat je gekwetst wordt, maar ook dat er iets moois kan groeien.
glossary-beliefs =
    Beperkende overtuigingen
    Een beperkende overtuiging is een vaste gedachte over jezelf of over anderen, die je voor waar aanneemt zonder het na te gaan. Ze houdt je kleiner dan nodig.

    Een voorbeeld: "Ik ben niet interessant genoeg." Met die gedachte zie je een collega die niet terugzwaait als bewijs, terwijl ze je misschien gewoon niet zag.
glossary-validation =
    Externe bevestiging
    Externe bevestiging is waardering van buitenaf: likes, complimenten, mensen die je gelijk geven. Daar is niets mis mee, maar het is iets anders dan echt contact.

    Een voorbeeld: een foto van je krijgt veel hartjes, en toch voel je je die avond alleen. Bevestiging laat zien dat mensen je zien, maar nog niet dat iemand je kent.
