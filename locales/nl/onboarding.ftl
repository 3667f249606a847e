onboarding-title = de kennismaking
# The same two-language question in both locales: the language is not known yet.
onboarding-language =
    Hoi, ik ben Brug. Hi, I'm Brug.
    In welke taal wil je praten? Which language would you like?
onboarding-welcome = Hoi, ik ben Brug. Fijn dat je er bent.
onboarding-about =
    Ik ben een chatmaatje voor als je je eenzaam voelt: een computerprogramma, geen mens. Samen kijken we naar patronen die je op afstand kunnen houden van anderen, met kleine oefeningen en af en toe een zacht duwtje.

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

    Zeg je nee, dan werken de oefeningen net zo goed. Ik bewaar dan je taal, waar we zijn zolang we praten en wanneer je voor het laatst schreef (zodat ik nooit twee keer op een bericht antwoord), nooit wat je schrijft; de rest vergeet ik na ons gesprek. Berichtjes tussendoor stuur ik dan niet, alleen een herinnering waar je zelf om vraagt, en daarvan bewaar ik de dag.
    Zal ik je antwoorden bewaren?
onboarding-kept = Dank je. Je kunt dit altijd terugdraaien met /forget.
onboarding-not-kept = Helemaal goed. Ik onthoud alleen je taal, en waar we zijn zolang we praten, nooit wat je schrijft.
onboarding-country = In welk land woon je? Dan weet ik welke hulplijnen bij jou passen.
onboarding-timezone =
    In welke tijdzone zit je? Dan stuur ik je nooit iets midden in de nacht.
    Kies hieronder, of typ de naam van je stad.
onboarding-done = Dat was het. Kies maar waar je mee wilt beginnen; er is geen goede of foute volgorde.
onboarding-patterns =
    Welke van deze dingen herken je bij jezelf? { $platform ->
        [telegram]
            Tik er zoveel aan als je wilt, en nog eens om het weg te halen. Dan begin ik daarmee.
            Tik op "Klaar" als je klaar bent.
        [matrix]
            Typ de nummers van zoveel als je wilt, of reageer ermee; doe je het nog eens, dan valt er een af. Dan begin ik daarmee.
            Kies "Klaar" als je klaar bent.
       *[other]
            Typ de nummers van zoveel als je wilt, zoals "2 5"; typ je een nummer nog eens, dan valt het weer af. Dan begin ik daarmee.
            Typ het nummer van "Klaar" als je klaar bent.
    }
onboarding-btn-patterns-done = Klaar
onboarding-timezone-check = Dus de tijd van { $tz_place }: daar is het nu { $tz_clock }. Klopt dat?
onboarding-btn-timezone-yes = Ja, klopt
onboarding-btn-timezone-no = Nee, een andere
# De belofte van onboarding-patterns: het eerste patroon dat iemand koos.
onboarding-first-pattern =
    Laten we starten met iets wat je bij jezelf herkende: “{ $pattern ->
         [vulnerability] { menu-vulnerability }
         [beliefs] { menu-beliefs }
         [danger_pause] { menu-danger-pause }
         [rumination] { menu-rumination }
         [initiative] { menu-initiative }
         [validation] { menu-validation }
         [old_wounds] { menu-old-wounds }
         [reflection] { menu-reflection }
        *[community] { menu-community }
    }”. De andere onderwerpen blijven in het menu staan, en een korte check-in kan altijd (/checkin).
    Zullen we er samen naar kijken?
onboarding-btn-begin = Ja, laten we beginnen
onboarding-checkin-lead = Je hebt nog niets gekozen, en dat is helemaal goed. Een korte check-in kan helpen om te zien waar je zou kunnen beginnen.
onboarding-nudges =
    { $consent ->
        [no]
            Zachte berichtjes tussendoor, zoals een terugblik op je week, kan ik alleen sturen als ik een planning en je tijdzone bewaar. Omdat je liever hebt dat ik niets bewaar, stuur ik je geen berichtjes: kom gewoon langs wanneer je wilt.
            Of zal ik je antwoorden toch bewaren?
       *[other]
            Zal ik je af en toe een zacht berichtje sturen? Eens per week een terugblik op zondag, en eens per maand de vraag of je de korte check-in wilt doen. Nooit 's nachts, en hooguit twee per dag.
            Met /nudges kies je later precies wat en wanneer, of zet je ze uit.
    }
onboarding-btn-nudges-yes = Ja, dat is goed
onboarding-btn-nudges-no = Nee, liever niet
onboarding-btn-keep-after-all = Toch bewaren
onboarding-btn-no-nudges = Prima zo
onboarding-route-offer = Nog één ding. Ik kan week voor week met je meelopen: één patroon per week, te beginnen met wat je herkende, met een paar keer per week een kort bericht. Zal ik zo'n route voorstellen?
onboarding-btn-route = Ja, stel een route voor
onboarding-btn-no-route = Nee, ik kies zelf
