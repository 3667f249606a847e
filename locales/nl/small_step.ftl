## Het kleine stapje van de dag. De stapjes zelf (small_step-step-<onderwerp>-<n>) kiest de
## small_step-berekening; voeg er gerust meer toe, in beide talen, met hetzelfde nummer.

small_step-title = het kleine stapje van vandaag
record-small_step = kleine stapjes
small_step-show =
    Je kleine stapje voor vandaag:
    { $step }
    Het hoeft niet meteen en het hoeft niet perfect. Past dit stapje niet bij je, vraag dan gerust een ander.
small_step-btn-done = Gedaan
small_step-btn-later = Vandaag niet
small_step-btn-another = Een ander stapje
small_step-done = Mooi dat je het deed. Kleine dingen tellen, ook als niemand anders ze ziet.
small_step-later = Dat is goed. Sommige dagen is er geen ruimte voor, en dat mag.

# Bang om je te laten zien
small_step-step-vulnerability-1 = Stuur vandaag iemand één eerlijke zin over hoe het echt met je gaat, in plaats van "goed hoor".
small_step-step-vulnerability-2 = Vraagt iemand vandaag hoe het gaat? Noem dan één ding dat echt waar is, ook als het klein is.
small_step-step-vulnerability-3 = Vertel iemand vandaag waar je naar uitkijkt of wat je leuk vindt. Iets persoonlijks hoeft niet zwaar te zijn.
small_step-step-vulnerability-4 = Schrijf een bericht aan iemand die je mist. Versturen hoeft niet; schrijven is voor vandaag genoeg.
small_step-step-vulnerability-5 = Vraag iemand vandaag om een kleine hulp, zoals een tip of een mening. Ook iets vragen laat iets van jou zien.

# Gedachten die je klein houden
small_step-step-beliefs-1 = Merk vandaag één moment op waarop iemand vriendelijk tegen je is, en laat het even binnenkomen.
small_step-step-beliefs-2 = Denk je vandaag iets als "ze vinden me vast saai"? Vraag jezelf dan: weet ik dit, of denk ik het?
small_step-step-beliefs-3 = Bedenk bij één teleurstelling vandaag twee andere verklaringen dan "het ligt aan mij".
small_step-step-beliefs-4 = Schrijf vanavond drie kleine dingen op die vandaag goed gingen tussen jou en een ander.
small_step-step-beliefs-5 = Krijg je vandaag een compliment? Zeg "dank je" en laat het even staan, zonder het weg te wuiven.

# Afstand nemen als het dichtbij komt
small_step-step-danger_pause-1 = Voel je vandaag de neiging om je terug te trekken? Wacht tien minuten voordat je er iets mee doet.
small_step-step-danger_pause-2 = Stel vandaag één vraag op een moment waarop je normaal je eigen conclusie zou trekken, zoals "Is alles goed?"
small_step-step-danger_pause-3 = Laat een bericht dat je spannend vindt niet liggen. Een kort antwoord is genoeg.
small_step-step-danger_pause-4 = Schrijf op wanneer je vandaag afstand wilde nemen, en wat je op dat moment voelde.
small_step-step-danger_pause-5 = Wil je vandaag iets scherps zeggen? Zeg eerst "pauze" tegen jezelf en adem drie keer rustig.

# Vast in je hoofd
small_step-step-rumination-1 = Neem vandaag twee minuten om alleen je adem te volgen. Zet een wekker als dat helpt.
small_step-step-rumination-2 = Schrijf een gedachte op die steeds terugkomt, en vraag je af: is dit waar, of voelt het nu alleen zo?
small_step-step-rumination-3 = Merk je dat je blijft malen? Ga even naar buiten en noem in gedachten vijf dingen die je ziet.
small_step-step-rumination-4 = Kies vandaag een vast kwartier om te piekeren. Komt een zorg op een ander moment, parkeer hem dan vriendelijk tot dat kwartier.
small_step-step-rumination-5 = Doe vandaag één ding met je volle aandacht, zoals koffie drinken of afwassen, zonder telefoon.

# Wachten tot iemand komt
small_step-step-initiative-1 = Zoek vandaag één activiteit in je buurt op, zoals een cursus, een koor of een wandelgroep. Alleen opzoeken is al genoeg.
small_step-step-initiative-2 = Stuur vandaag een bericht aan iemand van wie je lang niets hoorde, zonder te wachten tot die persoon jou benadert.
small_step-step-initiative-3 = Stel iemand vandaag een concreet plan voor: samen wandelen of koffie, met een dag en een tijd erbij.
small_step-step-initiative-4 = Zet één moment in je agenda voor deze week om ergens heen te gaan waar andere mensen zijn.
small_step-step-initiative-5 = Vraag iemand vandaag om mee te gaan naar iets waar je zelf toch al heen wilde.

# Bevestiging zoeken
small_step-step-validation-1 = Deel vandaag iets wat je echt belangrijk vindt met één persoon, in plaats van met iedereen online.
small_step-step-validation-2 = Leg je telefoon vandaag een uur weg, en merk hoe je je voelt zonder likes of berichten.
small_step-step-validation-3 = Zeg vandaag in een gesprek eerlijk wat je vindt, ook als je niet zeker weet of de ander het met je eens is.
small_step-step-validation-4 = Schrijf drie dingen op die jij belangrijk vindt, los van wat anderen ervan zouden vinden.
small_step-step-validation-5 = Vraag iemand vandaag door over iets wat die persoon vertelt, in plaats van te letten op hoe jij overkomt.

# Oude pijn
small_step-step-old_wounds-1 = Schrijf vandaag één moment op waarop je heftiger reageerde dan je wilde. Alleen opschrijven, nog niets oplossen.
small_step-step-old_wounds-2 = Zoek vandaag op hoe je in jouw buurt bij een huisarts, praktijkondersteuner of coach terechtkunt. Opzoeken verplicht je tot niets.
small_step-step-old_wounds-3 = Speelt vandaag een oud gevoel op? Zeg dan tegen jezelf: "Dit is van toen, en ik ben nu hier."
small_step-step-old_wounds-4 = Vertel iemand die je vertrouwt een klein stukje van wat je vroeger meemaakte, alleen als het goed voelt.
small_step-step-old_wounds-5 = Schrijf één vraag op die je ooit aan een therapeut of coach zou willen stellen.

# Stilstaan bij jezelf
small_step-step-reflection-1 = Neem vanavond tien minuten om op te schrijven hoe je je vandaag voelde.
small_step-step-reflection-2 = Sta vandaag drie keer even stil en vraag jezelf: wat voel ik nu? Eén woord is genoeg.
small_step-step-reflection-3 = Let vandaag op één gewoonte van jezelf in gesprekken, zoals snel van onderwerp wisselen of altijd zeggen dat het goed gaat.
small_step-step-reflection-4 = Schrijf vanavond op op welk moment je je vandaag het meest verbonden voelde, en waardoor.
small_step-step-reflection-5 = Vraag jezelf na een gesprek vandaag af: wat had ik nodig, en heb ik dat ook gezegd?

# Kleine contacten
small_step-step-community-1 = Groet vandaag een buur, al is het maar met een knikje.
small_step-step-community-2 = Maak vandaag een kort praatje met iemand die je vaker ziet: bij de bakker, bij de bushalte of op je werk.
small_step-step-community-3 = Ga vandaag naar een plek waar je al eens was, zoals de bibliotheek of een café, en neem je voor er deze week nog eens te komen.
small_step-step-community-4 = Onthoud vandaag de naam van iemand die je tegenkomt, en gebruik die de volgende keer.
small_step-step-community-5 = Doe vandaag iets kleins voor iemand in je buurt, zoals een pakketje aannemen of de deur openhouden.
