## Mechanisme 6: bevestiging zoeken in plaats van contact. Wat telt echt, en met wie deel je het?

validation-title = contact of bevestiging
record-values = wat voor jou telt
validation-intro = Soms deel je iets vooral om te zien hoe het valt: hoeveel hartjes, wie er reageert. Dat geeft even een goed gevoel, maar het zakt ook snel weer weg. Gewaardeerd worden om hoe het er van buiten uitziet, is iets anders dan echt gekend worden.
validation-recognise = Herken je dit?
validation-not-really = Dan zit het bij jou misschien ergens anders, en dat is ook goed om te weten. In het menu staan nog andere onderwerpen.
validation-offer = We kunnen samen kijken naar het verschil tussen contact en bevestiging, en naar wat jij echt zou willen delen. Het duurt een paar minuten. Zullen we het proberen?
validation-btn-start = Ja, laten we kijken
validation-later = Prima. Het staat klaar in het menu wanneer je wilt.

validation-difference =
    Bevestiging zoeken is bijvoorbeeld een foto plaatsen en steeds weer kijken hoeveel likes erbij zijn gekomen. Contact zoeken is iemand iets vertellen wat echt voor je telt, ook als je niet weet hoe het valt.
    Het een is niet fout en het ander goed; iedereen wil weleens een duimpje. Maar vooral het tweede brengt je dichter bij iemand.
validation-last-time = Denk aan de laatste keer dat je iets van jezelf liet zien, online of in het echt. Wat zocht je toen vooral?
validation-btn-contact = Vooral contact
validation-btn-approval = Vooral bevestiging
validation-btn-both = Allebei
validation-btn-unsure = Weet ik niet
validation-reflect =
    { $sought ->
        [contact] Dan ken je dat gevoel al: iets delen omdat je de ander echt wilt bereiken. Daar kun je op verder bouwen.
        [approval] Eerlijk dat je dat ziet. Bevestiging willen is heel menselijk, en het helpt al dat je het opmerkt.
        [both] Zo gaat het vaak: het loopt door elkaar. Alleen al het verschil zien maakt kiezen makkelijker.
       *[other] Ook een eerlijk antwoord. Het verschil is niet altijd scherp, en je hoeft het nu niet te weten.
    }

validation-matters =
    De psychiater Carl Jung zei het ongeveer zo: "Eenzaamheid komt niet doordat er niemand om je heen is, maar doordat je niet kunt delen wat jij belangrijk vindt."
    Een paar woorden is genoeg. Wat vind jij echt belangrijk: iets waar je om geeft, iets wat je bezighoudt, of iets wat je al lang eens wilt zeggen?
validation-share-how =
    Je schreef: "{ $matters }"
    Denk aan één persoon, en aan een manier die bij je past: een bericht, een telefoontje, of gewoon als je elkaar ziet.
    Met wie zou je dit kunnen delen, en hoe?
validation-readback =
    Dit heb je opgeschreven:
    • Wat voor jou telt: { $matters }
    • Hoe je het deelt: { $share_how }
    Klopt dat zo?
validation-btn-right = Ja, dat klopt
validation-btn-change = Iets aanpassen
validation-kept =
    { $consent ->
        [yes] Ik heb het bewaard. Dat je dit opschreef, telt.
       *[other] Ik bewaar het niet, zoals je koos. Dat je dit opschreef, telt wel.
    }

validation-next-step =
    Een klein stapje voor de komende dagen: deel het met die ene persoon. Het hoeft niet lang of perfect te zijn.
    Let daarna even op hoe het voelde om het te zeggen, los van hoe de ander reageerde.
    Wat wil je nu doen?
validation-btn-done = Dit was het voor nu
validation-bye = Tot een volgende keer. Typ /menu wanneer je verder wilt.
