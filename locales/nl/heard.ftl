## Antwoorden op wat mensen typen waar Brug knoppen aanbood: eerst laten horen wat je hoorde,
## dan wat past. Gewoon en warm; één idee per bericht; geen diagnose.

heard-title = wat je me vertelde
heard-feeling = { $feeling ->
    [lonely] Dat klinkt eenzaam, die lege uren zonder iemand om je heen. Dat is zwaar, en je bent niet de enige die het voelt.
    [sad] Het klinkt alsof je je somber voelt. Fijn dat je het zegt; hier hoef je het niet weg te stoppen.
    [empty] Het klinkt alsof alles nu een beetje leeg voelt. Dat kan zwaar zijn, ook als er niets groots gebeurd is.
    [anxious] Het klinkt alsof iets je onrustig of bezorgd maakt. Laten we het rustig aan doen.
    [angry] Het klinkt alsof iets je echt dwarszit. Die boosheid snap ik.
    [tired] Het klinkt alsof je op bent. Als je moe bent, voelt alles zwaarder.
    [hopeful] Het klinkt alsof er vandaag wat hoop in je zit. Fijn om te horen.
    [grateful] Het klinkt alsof je ergens dankbaar voor bent. Dat is de moeite waard om vast te houden.
   *[other] Dank je dat je vertelt hoe je je voelt.
}
heard-event = { $event ->
    [moved] Het klinkt alsof er veel veranderd is sinds je verhuisd bent. Een nieuwe plek kan lang stil voelen.
    [loss] Wat verdrietig dat je iemand verloren hebt. Het gemis kan elke dag anders maken.
    [retired] Het klinkt alsof je leven veranderde toen het werk stopte. De dagen kunnen lang zijn zonder de mensen die je daar zag.
    [breakup] Het klinkt alsof er een relatie voorbij is. Dat kan een grote, stille plek achterlaten.
    [new_job] Het klinkt alsof je ergens nieuw begonnen bent. Dat brengt nieuwe mensen, en soms ook nieuwe eenzaamheid.
    [ill] Het klinkt alsof je gezondheid je zwaar valt. Ziek zijn kan je wereld kleiner maken.
   *[other] Dank je dat je vertelt wat er gebeurd is.
}
heard-topic = { $topic ->
    [vulnerability] Het klinkt alsof je je niet makkelijk openstelt voor anderen. Veel mensen kennen dat.
    [beliefs] Het klinkt alsof je strenge gedachten over jezelf meedraagt. Zulke gedachten voelen vaak als feiten.
    [danger_pause] Het klinkt alsof je je terugtrekt als iemand dichterbij komt. Dat voelt veilig, maar het houdt je ook alleen.
    [rumination] Het klinkt alsof je gedachten blijven rondgaan. Dat is vermoeiend.
    [initiative] Het klinkt alsof je vaak wacht tot anderen iets van zich laten horen. Dat wachten kan lang duren.
    [validation] Het klinkt alsof wat anderen vinden zwaar voor je weegt.
    [old_wounds] Het klinkt alsof iets van vroeger nu nog pijn doet.
    [reflection] Het klinkt alsof er weinig ruimte is om stil te staan bij hoe het met je gaat.
    [community] Het klinkt alsof je een plek mist waar je bij hoort.
   *[other] Dank je dat je het vertelt.
}
heard-judgement = Dat is hard, wat je over jezelf zegt. Zulke gedachten voelen als een feit, ook als ze niet het hele verhaal zijn.
heard-offer = { $offer ->
    [vulnerability] Er is een oefening om iets kleins en oprechts te delen. Zullen we het samen proberen?
    [beliefs] Er is een oefening om zo'n gedachte te bekijken: feit of aanname? Zullen we het samen proberen?
    [danger_pause] Er is een oefening voor dat moment: een korte pauze voordat je je terugtrekt. Zullen we het samen proberen?
    [rumination] Er is een oefening voor gedachten die blijven malen: ademen, opschrijven, teruglezen. Zullen we het samen proberen?
    [initiative] Er is een oefening om zelf een kleine eerste stap te zetten. Zullen we het samen proberen?
    [validation] Er is een oefening over wat er echt toe doet voor jou. Zullen we het samen proberen?
    [old_wounds] Er is een deel over hoe hulp bij oude pijn werkt. Zullen we het samen bekijken?
    [reflection] Er is een korte oefening om op te merken hoe je dag was. Zullen we het samen proberen?
    [community] Er is een kleine uitdaging voor makkelijk contact dicht bij huis. Zullen we het samen proberen?
   *[other] Zullen we een oefening zoeken die past?
}
heard-btn-try = Ja, probeer maar
heard-btn-other = Iets anders
heard-btn-back = Terug naar waar ik was
heard-btn-not-now = Nu niet
heard-not-now = Dat is goed. Ik ben er, wanneer je maar wilt. Je mag me ook gewoon meer vertellen.

heard-question-person = Ik ben Brug, een computerprogramma, geen mens. Er leest niemand mee als we praten. Ik kan met je oefenen, en je wijzen op mensen als je die nodig hebt.
heard-question-data =
    Er leest niemand mee met wat je schrijft. { $consent ->
        [yes] Je zei dat ik je antwoorden mag bewaren, zodat je erop kunt terugkijken.
        [no] Je hebt liever dat ik niets bewaar: ik onthoud je taal, waar we zijn en wanneer je voor het laatst schreef, nooit wat je schrijft.
       *[other] Met je toestemming bewaar ik je antwoorden, zodat je kunt terugkijken; zonder alleen je taal, waar we zijn en wanneer je voor het laatst schreef, nooit wat je schrijft.
    } Met /export zie je alles wat ik bewaar, /forget wist het allemaal.
heard-question-what = Ik ben Brug: een chatmaatje met kleine oefeningen voor als je je eenzaam voelt. Geen therapeut, wel iemand om mee te oefenen, in je eigen tempo.
heard-question-how = Je kunt hieronder een onderwerp kiezen, of in je eigen woorden vertellen wat je bezighoudt; dan stel ik iets voor wat past. /menu, /help en /stop werken altijd.
heard-question-help =
    Ik ben een programma en geen therapeut: met mij praten is geen therapie. Praten met een hulpverlener kan echt helpen. Je huisarts is een goede eerste stap: die luistert en kan je doorverwijzen naar een psycholoog als dat past.
    Wil je liever nu met iemand praten? Je kunt altijd terecht bij:
    { $listen_lines }
heard-smalltalk-greeting = Hoi, fijn dat je er bent.
heard-smalltalk-thanks = Graag gedaan.
heard-smalltalk-how-are-you = Ik ben een programma, dus ik heb geen goede of slechte dagen, maar lief dat je het vraagt. Hoe gaat het met jou?
heard-smalltalk-bye = Tot later. Ik ben er, wanneer je maar terug wilt komen.
heard-smalltalk-thanks-safety = Je hoeft me niet te bedanken. Het vroeg moed om dit te schrijven, en ik ben blij dat je het deed.
heard-smalltalk-bye-safety = Zorg goed voor jezelf. De nummers hierboven nemen dag en nacht op, en je kunt hier altijd terugkomen.
heard-doubt-doubt = Dat is prima, je hoeft het niet te weten. Je kunt hieronder iets kiezen, of gewoon vertellen wat je bezighoudt.
heard-doubt-refusal = Dat is goed. Jij bepaalt wat we doen, en niets hoeft.
heard-doubt-anger = Ik hoor dat dit nu niet helpt. Terecht: ik ben een programma en ik zit er weleens naast. Vertel wat je liever wilt, of kies hieronder iets.
heard-nothing = { $count ->
    [0] Ik weet niet zeker of ik je begrijp. Wil je er iets meer over vertellen, of een van de opties hierboven kiezen met het nummer?
   *[other] Ik weet niet zeker of ik je begrijp. Wil je er iets meer over vertellen, of een van deze kiezen?
}

# "Wat is het?" waar na iets wat je vertelde een oefening wordt aangeboden: wat de oefening
# inhoudt, in een zin of twee (het aanbod wordt eronder opnieuw gevraagd).
heard-question-what-heard = { $offer ->
    [vulnerability] Samen bereiden we één klein, eerlijk bericht voor iemand voor: een zin, een kaartje of een kort spraakbericht. Jij beslist of en wanneer je het verstuurt.
    [beliefs] Je denkt aan een moment van de laatste tijd waarop je je buitengesloten voelde, en bekijkt de gedachte die het je gaf: is het een feit, of een aanname? Het kost een paar minuten.
    [danger_pause] Voor het moment dat je afstand wilt nemen van iemand: je pauzeert eerst, en stelt jezelf één vraag. Het duurt een paar minuten.
    [rumination] Ze heeft twee delen. Eerst twee minuten ademen, met elke twintig seconden een korte aanwijzing van mij; je kunt altijd stoppen. Daarna schrijf je op wat er in je hoofd zit, en lees je het terug.
    [initiative] We kiezen samen één plek of bezigheid waar je geregeld komt, samen met anderen, en een eerste stap die je echt kunt zetten.
    [validation] We kijken naar het verschil tussen contact en bevestiging, en naar wat jij echt zou willen delen. Het duurt een paar minuten.
    [old_wounds] Ik vertel je hoe professionele hulp bij oude pijn werkt en hoe je die vindt. Of en wanneer je er iets mee doet, bepaal jij.
    [reflection] Je schrijft op hoe je je vandaag voelde. Tien minuten is mooi, korter mag ook, en er is geen goed of fout.
    [community] Eén kort, los contact: geen vriendschap sluiten, gewoon even iemand zien en gezien worden. We kiezen er samen één.
   *[other] Ik zoek samen met je een oefening die past bij wat je vertelde.
}
