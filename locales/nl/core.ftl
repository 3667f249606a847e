## Help, starting, continuing, language, /export and /forget.

help-title = de uitleg
help-about = Ik ben Brug, een chatmaatje om zelf mee te oefenen. Ik ben geen therapeut en geen hulpverlener, en ik kan die ook niet vervangen.
help-commands =
    Dit kun je altijd typen:
    { $commands }
    Gewone woorden werken ook, zoals "menu", "stop" of "hulp".
# Eén regel van die lijst: een commando zoals je het op dit platform typt, en wat het doet.
help-command = { $platform ->
        [matrix] !{ $name }
       *[other] /{ $name }
    }: { $description }
help-lines =
    Wil je met een mens praten? Hier luistert iemand naar je, ook als je je gewoon alleen of somber voelt:
    { $listen_lines }
    Ook je huisarts kan met je meedenken.

group-invite =
    Hoi! In een groep doe ik geen oefeningen en bewaar ik niets: wat je hier schrijft, lezen anderen mee.
    Wil je met me praten? Dat kan rustig onder vier ogen: { $link }

moved-private =
    In de kamer waar we praatten zijn nu ook anderen. Wat jij mij vertelt en wat ik jou stuur, blijft tussen ons twee. Daarom heb ik dit nieuwe gesprek voor ons geopend.
    Praten we hier verder? Wat ik nog voor je klaar had staan, volgt hieronder.

moved-upgrade = Ik ben je gevolgd naar de nieuwe kamer. We gaan verder waar we waren.

start-title = het begin
start-welcome-back = Fijn dat je er weer bent.

resume-title = verder gaan
resume-offer = Je was eerder bezig met { $topic }. Wil je verder waar je was, of opnieuw beginnen?

language-title = de taal
language-pick = Welke taal wil je? Which language would you like?
language-done = Goed, vanaf nu praten we Nederlands.

forget-title = alles wissen
forget-confirm = Wil je dat ik alles wis wat ik van je weet? Je antwoorden, je instellingen en waar je was. Dat kan ik daarna niet meer terughalen.
forget-btn-yes = Ja, wis alles
forget-btn-no = Nee, laat maar
forget-done = Klaar. Ik heb alles van je gewist. Als je ooit terugkomt, beginnen we gewoon opnieuw.
forget-kept = Goed, ik wis niets.

export-summary =
    Dit is wat ik van je bewaar:
    • { $records } antwoorden uit oefeningen: { $kinds }
    • land: { $country ->
        [none] niet bewaard
       *[other] { $country }
    }, tijdzone: { $tz ->
        [none] niet bewaard
       *[other] { $tz }
    }
    • toestemming om te bewaren: { $consent ->
        [yes] ja
       *[other] nee
    }
    • keren dat ik hulplijnen gaf: { $safety }
    • { $reminders ->
        [one] 1 herinnering of berichtje dat klaarstaat
       *[other] { $reminders } herinneringen en berichtjes die klaarstaan
    }
export-document = En hier is een bestand met alles, precies zoals ik het bewaar ({ $file }).
# The terminal writes the export to a file that only this computer account can read.
export-saved = Ik heb het opgeslagen in { $path }. Alleen jouw account op deze computer kan het lezen.
# /forget in the terminal also deletes the export files it wrote.
export-deleted = Ook het bestand met alles wat ik van je bewaarde heb ik gewist ({ $path }).
language-switch-ask = Je lijkt in het Engels te schrijven. Shall we carry on in English? Zullen we verder in het Engels?
language-switch-yes = Yes, in English
language-switch-no = Nee, blijf Nederlands

flood-reading-along = Er komen veel berichten tegelijk binnen. Ik lees mee, en zo meteen reageer ik op je laatste bericht.
