## Commands: the plain words that work like the command (both languages are read), and the
## descriptions shown in the platforms' command lists.

command-start-words = start, begin
command-menu-words = menu, hoofdmenu
command-help-words = help, hulp, helpen
command-stop-words = stop, stoppen, ophouden
command-language-words = taal, andere taal
command-export-words = export, exporteren, mijn gegevens
command-forget-words = vergeet mij, vergeet me, wis mijn gegevens

command-start-description = Beginnen, of verder waar je was
command-menu-description = Het menu met alle onderwerpen
command-help-description = Wat Brug is, en waar je hulp vindt
command-stop-description = Stoppen met deze oefening
command-language-description = Taal kiezen
command-export-description = Alles zien wat Brug van je bewaart
command-forget-description = Alles wissen wat Brug van je bewaart
