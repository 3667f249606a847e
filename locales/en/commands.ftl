## Commands: the plain words that work like the command (both languages are read), and the
## descriptions shown in the platforms' command lists.

command-start-words = start, begin
command-menu-words = menu, main menu
command-help-words = help
command-stop-words = stop, quit
command-language-words = language
command-export-words = export, my data
command-forget-words = forget me, delete my data
command-checkin-words = checkin, check-in
command-journal-words = journal, diary
command-step-words = step, small step
command-glossary-words = glossary, words
command-faq-words = faq, questions
command-route-words = route, my route
command-progress-words = progress, my progress
command-nudges-words = reminders, nudges

command-start-description = Begin, or carry on where you were
command-menu-description = The menu with every topic
command-help-description = What Brug is, and where to find help
command-stop-description = Stop this exercise
command-language-description = Choose a language
command-export-description = See everything Brug keeps about you
command-forget-description = Delete everything Brug keeps about you
command-checkin-description = Six short questions on how connected you feel
command-journal-description = Read or write in your journal
command-step-description = A small step for today
command-glossary-description = What words like vulnerability mean
command-faq-description = Frequently asked questions
command-nudges-description = Choose which gentle messages you get, and when
command-route-description = A route through the nine patterns, one a week
command-progress-description = Your check-ins and moods over time
