beliefs-title = gedachten die je klein houden
record-thought_check = feit of aanname
beliefs-intro = Soms zit er een gedachte over jezelf in je hoofd die alles kleurt, zoals "ik doe er niet toe" of "mensen haken toch altijd af". Dan lijkt alles wat er gebeurt het te bevestigen. Iemand reageert kort, en jij weet het meteen: zie je wel.
beliefs-recognise = Herken je dit?
beliefs-not-really = Dan is dit misschien niet het patroon dat jou het meest dwarszit, en dat is ook goed om te weten. In het menu staan andere onderwerpen die misschien beter passen.
beliefs-offer = Er is een korte oefening om zo'n gedachte eens van dichtbij te bekijken: is het een feit, of een aanname? Het kost een paar minuten. Zullen we het samen proberen?
beliefs-btn-start = Ja, laten we beginnen
beliefs-later = Prima. Het staat klaar in het menu wanneer je wilt.
beliefs-moment = Denk aan een moment van de laatste tijd waarop je je afgewezen of buitengesloten voelde, al was het maar een beetje. Wat gebeurde er? Een paar woorden is genoeg.
beliefs-thought =
    Je schreef: "{ $moment }"
    Welke gedachte over jezelf kwam er toen op? Schrijf hem op zoals hij in je hoofd klonk.
beliefs-verdict =
    De gedachte: "{ $thought }"
    Een feit is iets wat iedereen die erbij was had kunnen zien of horen. Een aanname is wat je hoofd er zelf bij invult. Vaak voelen ze allebei even echt.
    Wat is dit, denk je?
beliefs-btn-fact = Een feit
beliefs-btn-assumption = Een aanname
beliefs-btn-unsure = Ik weet het niet
beliefs-reflect =
    { $verdict ->
        [fact] Dat kan. Soms is er echt iets gebeurd dat pijn deed. Wat het betekent, ligt alleen vaak minder vast dan het voelt.
        [assumption] Goed gezien. Je hoofd vulde iets in, en dat voelde meteen als de waarheid. Dat opmerken is al een stap.
       *[other] Dat is een eerlijk antwoord. Vaak is het een mengsel. Juist dan helpt het om naar andere mogelijkheden te kijken.
    }
beliefs-other = Wat zou er nog meer kunnen verklaren wat er gebeurde? Bedenk één of twee andere mogelijkheden, ook als je ze zelf nog niet helemaal gelooft.
beliefs-btn-no-idea = Ik kan niets bedenken
beliefs-hint =
    Dat is niet gek; een vaste gedachte laat weinig ruimte over. Een paar dingen die vaak meespelen: de ander was moe of druk, zat zelf ergens mee, of wist ook niet goed wat te zeggen.
    Past een daarvan, of komt er nu iets anders bij je op?
beliefs-friend =
    Dat is een zware gedachte om als feit mee te dragen. Laten we er nog één keer naar kijken, rustig aan.
    Stel dat een goede vriend of vriendin dit over zichzelf zegt: "{ $thought }". Wat zou jij dan terugzeggen?
beliefs-exception = En als je terugdenkt: is er één moment, hoe klein ook, dat niet bij die gedachte past? Een keer dat iemand blij was dat je er was, of iets wat goed ging.
beliefs-btn-nothing-comes = Er schiet me niets te binnen
beliefs-read-back-gentle =
    Laten we het naast elkaar zetten.
    De gedachte: { $thought }
    Wat je tegen een vriend zou zeggen: { $friend }
    Een moment dat er niet bij past: { $exception }
    De gedachte mag er nog even zijn. Alleen heeft hij niet meer het laatste woord.
beliefs-exception-none =
    Dat is niet gek. Als een gedachte zo hard klinkt, is het lastig om erlangs te kijken. Misschien schiet je later nog een moment te binnen dat niet past, en dan telt het.
    Wat je tegen een vriend zou zeggen: { $friend }. Die woorden verdien jij ook.
beliefs-read-back =
    Even op een rij.
    Wat er gebeurde: { $moment }
    De gedachte: { $thought }
    Een andere mogelijkheid: { $other }
    Je hoeft die oude gedachte niet meteen los te laten. Het gaat erom dat hij niet meer de enige verklaring is.
beliefs-read-back-short =
    Even op een rij.
    Wat er gebeurde: { $moment }
    De gedachte: { $thought }
    Er kwam nu geen andere verklaring, en dat is oké. Alleen al de vraag stellen maakt de gedachte iets minder vanzelfsprekend.
beliefs-week-offer =
    Nog één ding, als je wilt. Zo'n gedachte let vooral op wat hem gelijk geeft. Je kunt daar iets tegenover zetten door ook te zien wat ertegenin gaat: kleine vriendelijke dingen van anderen.
    Ik kan je een week lang elke avond om acht uur één korte vraag sturen: wat zag je vandaag aan vriendelijks? Antwoorden hoeft nooit. Zal ik dat doen?
beliefs-btn-week-yes = Ja, stuur maar
beliefs-btn-week-no = Liever niet
beliefs-week-yes = Afgesproken. De komende zeven avonden krijg je om acht uur een korte vraag. Een paar woorden is genoeg, en een avond overslaan mag altijd.
beliefs-week-no = Helemaal goed. Je kunt het ook gewoon voor jezelf doen, zonder berichtjes.
beliefs-next-step =
    Een klein stapje voor de komende dagen: duikt die gedachte weer op, vraag jezelf dan: weet ik dit, of vul ik het in?
    Wat wil je nu doen?
beliefs-btn-again = Nog een moment bekijken
