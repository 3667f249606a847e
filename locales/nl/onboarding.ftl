onboarding-title = de kennismaking
# The same two-language question in both locales: the language is not known yet.
onboarding-language =
    Hoi, ik ben Brug. Hi, I'm Brug.
    In welke taal wil je praten? Which language would you like?
onboarding-welcome = Hoi, ik ben Brug. Fijn dat je er bent.
onboarding-about =
    Ik ben een chatmaatje voor als je je eenzaam voelt. Samen kijken we naar patronen die je op afstand kunnen houden van anderen, met kleine oefeningen en af en toe een zacht duwtje.

    Ik ben geen therapeut en geen hulpdienst. Gaat het echt niet goed, of wil je met een mens praten? Dan wijs ik je de weg. Typ /help wanneer je wilt.
onboarding-btn-help-now = Ik wil nu hulp
onboarding-help-now =
    Dan ben je bij een mens beter op je plek dan bij mij. Hier kun je terecht:
    { $helplines }
    Ook je huisarts kan je verder helpen. Ik blijf hier, voor als je daarna nog wilt praten.
onboarding-consent =
    Mag ik bewaren wat je in de oefeningen schrijft? Dan kun je het later teruglezen en kan ik je herinneren aan wat je van plan was.

    Alleen jij ziet het. Met /export zie je alles wat ik heb, met /forget wis je het.
onboarding-btn-keep = Ja, bewaar het
onboarding-btn-dont-keep = Nee, liever niet
onboarding-consent-more =
    Ik bewaar alleen wat nodig is: je antwoorden in oefeningen, je land (voor de juiste hulplijnen) en je tijdzone (voor berichten op een goed moment). Ik deel niets met anderen.

    Zeg je nee, dan werken de oefeningen net zo goed. Ik onthoud dan alleen je taal, en de rest vergeet ik na ons gesprek.
    Zal ik je antwoorden bewaren?
onboarding-kept = Dank je. Je kunt dit altijd terugdraaien met /forget.
onboarding-not-kept = Helemaal goed. Ik onthoud alleen je taal.
onboarding-country = In welk land woon je? Dan weet ik welke hulplijnen bij jou passen.
onboarding-timezone =
    In welke tijdzone zit je? Dan stuur ik je nooit iets midden in de nacht.
    Kies hieronder, of typ de naam van je stad.
onboarding-done = Dat was het. Kies maar waar je mee wilt beginnen; er is geen goede of foute volgorde.
onboarding-patterns =
    Welke van deze dingen herken je bij jezelf? Tik er zoveel aan als je wilt, en nog eens om het weg te halen. Dan begin ik daarmee.
    Tik op "Klaar" als je klaar bent.
onboarding-btn-patterns-done = Klaar
onboarding-checkin-offer = Wil je nog zes korte vragen beantwoorden over hoe verbonden je je voelt? Het duurt ongeveer een minuut. Over een tijdje kun je dan zien of er iets verandert.
onboarding-btn-checkin = Ja, doe maar
onboarding-nudges =
    Zal ik je af en toe een zacht berichtje sturen? Eens per week een terugblik op zondag, en na een maand de vraag of je de korte check-in nog eens wilt doen. Nooit 's nachts, en hooguit twee per dag.
    Met /nudges kies je later precies wat en wanneer, of zet je ze uit.
onboarding-btn-nudges-yes = Ja, dat is goed
onboarding-btn-nudges-no = Nee, liever niet
