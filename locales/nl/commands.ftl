## Commands: the plain words that work like the command (both languages are read), and the
## descriptions shown in the platforms' command lists.

command-start-words = start, begin
command-menu-words = menu, hoofdmenu
command-help-words = help, hulp, helpen
command-stop-words = stop, stoppen, ophouden
command-language-words = taal, andere taal
command-export-words = export, exporteren, mijn gegevens
command-forget-words = vergeet mij, vergeet me, wis mijn gegevens
command-checkin-words = checkin, check-in
command-journal-words = dagboek, journal
command-step-words = stapje, klein stapje
command-glossary-words = woordenlijst, begrippen
command-faq-words = veelgestelde vragen, faq
command-route-words = route, mijn route
command-progress-words = voortgang, mijn voortgang
command-nudges-words = herinneringen, berichtjes, nudges

command-start-description = Beginnen, of verder waar je was
command-menu-description = Het menu met alle onderwerpen
command-help-description = Wat Brug is, en waar je hulp vindt
command-stop-description = Stoppen met deze oefening
command-language-description = Taal kiezen
command-export-description = Alles zien wat Brug van je bewaart
command-forget-description = Alles wissen wat Brug van je bewaart
command-checkin-description = Zes korte vragen over hoe verbonden je je voelt
command-journal-description = Je dagboek lezen of erin schrijven
command-step-description = Een klein stapje voor vandaag
command-glossary-description = Wat woorden als kwetsbaarheid betekenen
command-faq-description = Veelgestelde vragen
command-nudges-description = Kiezen welke berichtjes je krijgt, en wanneer
command-route-description = Een route langs de negen patronen, één per week
command-progress-description = Je check-ins en stemming door de tijd
