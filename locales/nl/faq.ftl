## /faq: de vijf vragen uit het artikel, in Brugs eigen woorden, elk met een knop naar de oefening.

faq-title = de veelgestelde vragen
faq-list = Vijf vragen die vaak opkomen. Welke wil je lezen?
faq-btn-vulnerability = Waarom kwetsbaarheid?
faq-btn-beliefs = Overtuigingen veranderen
faq-btn-self-sabotage = Wat is zelfsabotage?
faq-btn-mindfulness = Mindfulness bij piekeren
faq-btn-initiative = Waarom zelf beginnen?
faq-btn-exercise = Naar de oefening
faq-btn-other = Een andere vraag

faq-vulnerability =
    Waarom is je kwetsbaar opstellen zo belangrijk als je je eenzaam voelt?

    Omdat mensen je pas echt leren kennen als je iets van jezelf laat zien. Zolang je alles netjes en veilig houdt, kunnen anderen aardig tegen je zijn, maar blijven ze aan de buitenkant.

    Het hoeft niet groot te zijn. Eén eerlijke zin of een gevoel dat je hardop zegt is genoeg. Vaak reageren mensen warmer dan je had verwacht, en laten ze dan zelf ook iets zien.
faq-beliefs =
    Hoe houden beperkende overtuigingen je eenzaam, en hoe verander je ze?

    Een overtuiging als "ik hoor er niet bij" werkt als een bril: je ziet vooral wat erbij past. Een stilte of een afgezegde afspraak lijkt het te bewijzen. Dus trek je je terug, en wordt contact steeds moeilijker.

    Veranderen begint met opmerken. Is dit een feit, of een aanname? En zie je ook wat er níet bij past, zoals iemand die je groet of echt naar je luistert? Dat hoef je niet meteen te geloven; het is genoeg om het te zien.
faq-self-sabotage =
    Wat is zelfsabotage, en hoe zorg je dat het je relaties niet stukmaakt?

    Zelfsabotage is dat je een relatie onder druk zet nog voordat er iets mis is: je reageert niet meer, zoekt ruzie of haakt af. Meestal is het bescherming: liever zelf weggaan dan later verlaten worden.

    Wat helpt is een pauze op het moment dat je die neiging voelt. Vraag je af waar je reactie vandaan komt: uit wat er nu gebeurt, of uit iets van vroeger? Die vraag geeft je ruimte om anders te kiezen.
faq-mindfulness =
    Hoe helpt mindfulness als je in negatieve gedachten blijft hangen?

    Mindfulness leert je naar je gedachten te kijken in plaats van erin mee te gaan. Een gedachte als "niemand mist me" wordt dan iets wat langskomt, niet meteen de waarheid.

    Als je even stilstaat bij wat er nu is (je adem, de geluiden om je heen), komt er wat ruimte tussen jou en je gedachten. Vanuit die ruimte kun je milder naar jezelf kijken, en zie je dat je minder vastzit dan het voelde.
faq-initiative =
    Waarom zelf de eerste stap zetten, in plaats van te wachten tot er contact komt?

    Omdat contact maar zelden vanzelf op je afkomt. Wachten op het goede moment of de juiste persoon voelt veilig, maar intussen gebeurt er weinig.

    Een kleine stap, zoals een bericht sturen of ergens naartoe gaan, vergroot de kans op een ontmoeting. En het geeft je iets terug wat eenzaamheid vaak afpakt: het gevoel dat je zelf iets kunt doen.
