## The crisis answer. Care first, then the lines. No exercise content, no emoji.

safety-title = Hulp nu
safety-message =
    Wat je schrijft klinkt heel zwaar. Fijn dat je het zegt, en je hoeft hier niet alleen mee te blijven.
    Praat nu met iemand die hiervoor klaarstaat, ook 's nachts:
    { $helplines }
    Ben je in direct gevaar? Bel { $emergency }.
safety-after = Ik ben er nog. Neem de tijd. Als je later verder wilt, kan dat gewoon.
safety-btn-lines-again = Nummers nog eens
safety-btn-later = Later verder waar ik was
safety-btn-rest = Even niets
safety-rest = Goed. Ik ben er, wanneer je maar wilt. Typ gewoon iets.
safety-heard =
    Ik lees mee, en ik ben blij dat je er nog bent. Ik ben een programma, dus ik kan er niet zijn zoals een mens dat kan. De mensen van deze lijnen kunnen dat wel, nu meteen:
    { $helplines }
    Ben je in direct gevaar? Bel { $emergency }.
safety-later = Goed, dan laten we het nu rusten. Wil je verder, typ dan /menu. Vanaf morgen vraag ik het zelf weer.
safety-past =
    Dank je dat je dit vertelt. Dat klinkt als een heel donkere tijd, en ik ben blij dat je er nu bent.
    Mocht het ooit terugkomen, dan kun je altijd praten met:
    { $helplines }

## Een signaal zonder duidelijke bedoeling: vraag het rustig en direct, zoals getrainde vrijwilligers doen.

safety_check-title = een vraag over hoe het met je gaat
safety_check-ask = Dank je dat je dit vertelt. Sommige mensen die zoiets schrijven, denken erover om een einde aan hun leven te maken. Jij ook?
safety_check-btn-yes = Ja
safety_check-btn-no = Nee
safety_check-btn-unsure = Weet ik niet
safety_check-no = Dank je voor je antwoord. Verandert dat ooit, zeg het me dan, dan laat ik je zien met wie je kunt praten, dag en nacht. Dan gaan we gewoon verder.

## Geweld thuis, een kind dat pijn wordt gedaan, seksueel geweld, overgeven of niet eten. Eerst zorg, dan de lijnen.

safeguard-title = hulp en veiligheid
safeguard-violence =
    Wat je beschrijft is geweld, en het is niet jouw schuld. Je hebt recht op een veilig thuis.
    Deze mensen weten hier veel van en denken met je mee over wat je kunt doen, ook als je nog niet weg wilt of kunt:
    { $helplines }
    Ben je nu in gevaar? Bel { $emergency }.
safeguard-child =
    Dank je dat je dit vertelt. Geen kind verdient het om geslagen of pijn gedaan te worden, en het is goed dat je het iemand zegt.
    Deze mensen luisteren en weten wat er kan gebeuren:
    { $helplines }
    Is er nu iemand in gevaar? Bel { $emergency }.
safeguard-sexual =
    Wat erg dat dit je is overkomen. Het is niet jouw schuld, hoe het ook ging.
    Je kunt praten met mensen die hier veel van weten, ook over wat je nu zou kunnen doen:
    { $helplines }
    Ben je nu in gevaar of gewond? Bel { $emergency }.
safeguard-eating =
    Dank je dat je dit vertelt. Jezelf laten overgeven of niet eten kan je lichaam veel schade doen, en je verdient hulp bij wat erachter zit.
    Je kunt erover praten met:
    { $helplines }
    Voel je je slap of niet goed? Bel { $emergency } of ga vandaag nog naar een dokter.
safeguard-maybe =
    Misschien lees ik het verkeerd, maar wat je schrijft klinkt alsof er iets zwaars speelt. Doet iemand jou of een ander pijn, of is eten een strijd geworden? Dan hoef je dat niet alleen te dragen. Deze mensen kunnen helpen, vertrouwelijk:
    { $helplines }
    Is er nu iemand in gevaar? Bel { $emergency }. En ik ben er ook nog.
safeguard-after = Ik ben er nog. Neem de tijd. Wat je ook besluit, je hoeft het niet alleen uit te zoeken.
safeguard-heard =
    Ik lees mee. Ik ben een programma, dus voor echte hulp kunnen de mensen van deze lijnen meer dan ik:
    { $helplines }
    Nu in gevaar? Bel { $emergency }.
