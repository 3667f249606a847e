## Nudges: one gentle invitation each, always with "niet nu" and "minder hiervan".

nudge-title = een berichtje
nudge-journal = Hoi. Heb je zin om even op te schrijven hoe je je vandaag voelde? Een paar regels is genoeg.
nudge-btn-journal = Ja, even schrijven
nudge-step = Goedemorgen. Zal ik je een klein stapje voor vandaag geven?
nudge-btn-step = Ja, laat maar zien
nudge-review = Het is weer een week verder. Wil je even terugkijken op je week?
nudge-btn-review = Ja, even terugkijken
nudge-checkin = Het is een tijdje geleden dat je de korte check-in deed. Als je hem nog eens doet, zie je of er iets veranderd is.
nudge-still-there = Hoi, ik heb al een tijdje niets van je gehoord. Geen verplichting: ik wilde alleen laten weten dat ik er nog ben, voor als je wilt.
nudge-btn-here = Ik ben er
nudge-btn-fewer = Minder hiervan
nudge-not-now = Helemaal goed. Tot een volgende keer.
nudge-fewer = Goed, dit berichtje krijg je voortaan minder vaak. Met /nudges kun je het ook helemaal uitzetten.
