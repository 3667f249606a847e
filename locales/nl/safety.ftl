## The crisis answer. Care first, then the lines. No exercise content, no emoji.

safety-title = Hulp nu
safety-message =
    Wat je schrijft klinkt heel zwaar. Fijn dat je het zegt, en je hoeft hier niet alleen mee te blijven.
    Praat nu met iemand die hiervoor klaarstaat, ook 's nachts:
    { $helplines }
    Ben je in direct gevaar? Bel { $emergency }.
safety-after = Ik ben er nog. Neem de tijd. Als je later verder wilt, kan dat gewoon.
safety-btn-lines-again = Nummers nog eens
safety-btn-later = Later verder waar ik was
safety-btn-rest = Even niets
safety-rest = Goed. Ik ben er, wanneer je maar wilt. Typ gewoon iets.
