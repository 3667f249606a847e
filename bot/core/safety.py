"""The crisis check that every incoming text passes before anything else.

`is_crisis` says whether a message signals suicidal thoughts, self-harm, a wish to die or acute
danger, in Dutch or English. Both languages are always checked: people switch when upset.

How it works, in three steps:

1. `_normalise` folds the text to plain lower-case ASCII words: accents, curly quotes, fancy
   unicode letters, zero-width characters and emoji go; apostrophes are dropped ("don't" becomes
   "dont", "m'n" becomes "mn"); sentence punctuation becomes a " | " boundary that no pattern
   crosses.
2. `_NOT_A_CRISIS` cuts out idioms ("ik ga dood van het lachen", "dying to see you"), negations
   ("I'm not suicidal", "ik zou nooit zelfmoord plegen"), accidents ("cut myself shaving") and
   talk about films or someone else's death, leaving a boundary in their place.
3. `_CRISIS` looks for intent in what is left. Because exclusions are cut out instead of vetoing
   the whole message, "ik lach me dood, maar eigenlijk wil ik dood" is still caught.

It errs on the side of safety: a false alarm costs one caring message with helplines, a miss can
cost far more. So hyperbole that uses the literal words ("so awkward, I want to die") is flagged;
only idioms that never mean the literal thing are excluded. English patterns keep "to" before
"die" because Dutch "want" (because) and "die" (that) would otherwise collide.

Every gap between words is a bounded number of whole words and no repetition is nested, so the
regex engine cannot backtrack catastrophically: the check is linear in the message length.
"""

import re
import unicodedata

__all__ = ["is_crisis"]

# A gap of up to N whole words; it cannot cross a " | " boundary.
_GAP2 = r"(?:\w+ ){0,2}"
_GAP3 = r"(?:\w+ ){0,3}"
# "myself", "my self", the typo "myslef", and "meself".
_MYSELF = r"(?:my ?s(?:el|le)f|meself)"
# Dutch "I", including the chat form "'k" (its apostrophe is dropped).
_IK = r"(?:ik|k)"
_MEZELF = r"(?:mezelf|mijzelf|me zelf|mij zelf)"
# Dutch "my": "mijn", and "m'n" once its apostrophe is dropped.
_MIJN = r"(?:mijn|mn|m n)"
# Spellings and misspellings: suicide, sucide, suiside, suïcide, zelfmoord, zelf-moord, zelfmord.
_SUICIDE = r"(?:su(?:i)?[cs]i?de?|[sz]elf ?moo?r[dt]|zelfdoding)"
# suicidal, sucidal, suicidial, suïcidaal, suïcidale.
_SUICIDAL = r"(?:su(?:i)?[cs]i?di?a{1,2}le?)"
# Softeners that may sit between a verb and its object without changing the meaning.
_EN_ADV = r"(?:(?:just|really|actually|honestly|seriously|truly|ever|even|simply|finally) ){0,3}"
_NL_ADV = r"(?:(?:gewoon|echt|liever|het liefst|eigenlijk|soms|vaak|nu|toch|al|wel) ){0,3}"


def _alternatives(*patterns: str) -> re.Pattern[str]:
    """One compiled regex that matches any of the patterns as whole words.

    It is used on normalised text with one space in front, where every word starts after a
    space: beginning with that space lets `re` jump from word start to word start instead of
    trying each alternative at every character (the same matches, in about half the time).
    """
    return re.compile(" (?:" + "|".join(f"(?:{p})" for p in patterns) + r")\b")


_NOT_A_CRISIS = _alternatives(
    # --- Idioms that use death words but never mean them. ---
    r"dying (?:to|for)",  # "I'm dying to see you", "dying for a coffee"
    r"(?:die|dies|dying|died|dead) (?:of|from|with) (?:laughter|laughing|embarrassment|shame"
    r"|boredom|hunger|thirst|cold|heat|curiosity|cuteness|envy|jealousy|excitement|fright)",
    r"(?:die|dies|dying|died) laughing",
    r"cross my heart (?:and )?hope to die",
    r"kill(?:ing)? (?:some |the )?time",
    r"killing it",  # "you're killing it"
    rf"killing {_MYSELF} (?:working|studying|training|trying|to get|to finish|over|at work"
    rf"|at the gym|for (?:this|that|nothing|work))",  # "killing myself studying": working hard
    rf"shoot(?:ing)? {_MYSELF} in the foot",
    r"(?:die|dye|dying|dyeing|dyed|died) (?:my|her|his|your|the) (?:hair|clothes|shirt|jeans"
    r"|beard)",
    r"(?:dood|doodgaan|dood gaan|sterven) (?:van|aan) (?:het lachen|de honger|de dorst|de kou"
    r"|de hitte|verveling|de verveling|schaamte|de zenuwen|nieuwsgierigheid|het wachten)",
    r"(?:lach|lachen|schrik|schrikken|verveel|vervelen|werk|werken|schaam|schamen|erger|ergeren"
    r"|zoek|zoeken) (?:me|mij|mezelf|je|zich) (?:\w+ )?(?:dood|een ongeluk)",
    # "I'd rather die than go to that party"; but not "rather die than live like this".
    r"rather (?:die|be dead) than (?!live|living|go on|be alive|keep|continue|feel|be alone)",
    r"liever dood dan (?!leven|levend|alleen|zo verder|verder|door)",
    # "10 kms", "a few kms": kilometres, not "kill myself".
    r"(?:\d+|a few|few|many|some|several|hundreds?|thousands?|more|fewer|less|extra|of|the|per"
    r"|in) kms",
    # Waking up at a time, or waking someone else.
    r"wake up (?:early|before|at|on time|in time|for|when|so early|this early|until|till"
    r"|the|my|your|him|her|them|everyone|anyone|anybody|you|us)",
    r"(?:niet|nooit) (?:meer )?wakker (?:worden|word|wordt|te worden) (?:van|door|om|op tijd"
    r"|vanochtend|vanmorgen|midden|s nachts|zo vroeg|vroeg)",
    # "ik zie het niet meer zitten met de verbouwing" is about that one thing, not about life.
    r"zie (?:het|t) (?:\w+ ){0,2}niet meer zitten (?:met|qua|wat betreft|om|voor|op|bij|in"
    r"|tussen) (?!(?:mijn |mn |het |dit )?leven|alles|mezelf|door te|verder te|te leven|nog)",
    # --- Negations, with only softeners between the negation and what it negates. ---
    rf"(?:not|never|no longer|nor|no|without) (?:(?:really|even|at all|been|feeling|felt|feel"
    rf"|currently|anymore) ){{0,3}}{_SUICIDAL}",
    rf"(?:niet|nooit|geen) (?:(?:meer|echt|helemaal|zeker|absoluut|ooit|aan|over) ){{0,3}}"
    rf"(?:{_SUICIDE}\w*|{_SUICIDAL})",
    rf"(?:never|wont|wouldnt|will not|would not|am not|im not|not going to|not gonna|dont want"
    rf" to|do not want to|dont wanna|no intention of|no intention to|no plans? to|not planning"
    rf" to|not planning on|promise not to|promised not to) {_EN_ADV}(?:(?:going to|gonna|try to"
    rf"|trying to|want to|wanna) )?(?:(?:kill|hurt|harm|cut)(?:ing)? {_MYSELF}|(?:end|ending"
    rf"|take|taking) my (?:own )?life|commit(?:ting)? {_SUICIDE}|die|end it all|be dead)",
    rf"(?:dont|do not|never|no longer|stopped|quit|not) {_EN_ADV}self ?harm\w*",
    # --- Accidents: "cut myself shaving", "ik heb mezelf per ongeluk gesneden". ---
    rf"accidentally (?:cut|hurt|burn|burned|burnt|injured|injure) {_MYSELF}",
    rf"(?:cut|hurt|burn|burned|burnt|injured|injure) {_MYSELF} (?:\w+ )?(?:shaving|cooking"
    rf"|chopping|slicing|playing|running|exercising|training|lifting|falling|by accident"
    rf"|accidentally|in the kitchen|at the gym|at work|at football|at practice|on a knife"
    rf"|on the stove|on the oven|on a pan|on some glass)",
    rf"(?:{_MEZELF}|me) per ongeluk (?:\w+ )?(?:gesneden|gebrand|pijn gedaan|verwond|bezeerd)",
    rf"per ongeluk (?:in )?(?:{_MEZELF}|me) (?:gesneden|gebrand|pijn gedaan|verwond|bezeerd)",
    rf"{_MEZELF} {_GAP2}(?:gesneden|gebrand|pijn gedaan|bezeerd|verwond) (?:bij|tijdens)"
    rf" (?:het )?(?:koken|scheren|sporten|klussen|tuinieren|fietsen|voetballen|hardlopen|tillen"
    rf"|vallen|werk)",
    # --- Someone else's death by overdose, told as news or grief. ---
    r"(?:died|dying|dead|death|deaths|passed away|lost \w+ \w+ to|lost \w+ to) (?:of |from |to )?"
    r"(?:an |a )?(?:\w+ )?overdoses?",
    r"(?:overleden|gestorven|dood|overlijden|overleed|stierf) (?:\w+ )?(?:aan|door) (?:een )?"
    r"overdosis",
    r"aan (?:een )?overdosis (?:\w+ )?(?:overleden|gestorven|dood|overleed|stierf)",
    # --- Films, books, songs and lessons about a subject: talk about, not intent. ---
    rf"(?:film|movie|documentary|documentaire|book|boek|article|artikel|series|serie|song"
    rf"|nummer|liedje|show|episode|aflevering|podcast|lecture|college|lesson|les|presentation"
    rf"|presentatie|research|onderzoek|essay|game) {_GAP2}(?:about|over|on) (?:\w+ )?"
    rf"(?:{_SUICIDE}|self harm|zelfbeschadiging|overdose|overdosis)\w*",
    rf"{_SUICIDE} (?:squad|mission|doors?|run|king|blonde|silence|bombers?|bombing|attack)",
)


_CRISIS = _alternatives(
    # --- English: suicide and suicidal. ---
    # "suicidal" alone is enough (negations were cut out above); a third party counts too,
    # because the helplines also advise worried friends and family.
    _SUICIDAL,
    rf"{_SUICIDE} (?:thoughts?|ideation|attempts?|plans?|notes?|letters?)",
    rf"(?:think|thinking|thought|thoughts) (?:(?:a lot|often|again|seriously) )?(?:about|of)"
    rf" (?:{_SUICIDE}|killing {_MYSELF}|ending (?:it all|my life)|taking my (?:own )?life)",
    rf"(?:i|im|i am|ill|id|to|wanna|gonna|should|could|might|will|would) {_GAP2}commit(?:ting)?"
    rf" {_SUICIDE}",
    rf"(?:i|ive|i have) (?:\w+ )?attempted {_SUICIDE}",
    # --- English: killing or hurting oneself, by name or by method. ---
    rf"kill?(?:ing|s|in|ed)? {_MYSELF}",
    r"kill(?:ing|s)? (?:him|her|them) ?sel(?:f|ves)",
    r"kms",
    r"(?:end|ending) (?:it all|my (?:own )?life)",
    r"(?:end|ending) (?:it|everything|things) (?:all )?(?:tonight|today|now|for good|once and"
    r" for all)",
    r"(?:take|taking) my (?:own )?life(?! back| in (?:my|your) (?:own )?hands| seriously)",
    rf"(?:hang|hanging|drown|drowning|shoot|shooting|poison|poisoning|suffocate|suffocating"
    rf"|gas|gassing|starve|starving|burn|burning|burnt|burned|cut|cutting|hurt|hurting|harm"
    rf"|harming|injure|injuring) {_MYSELF}",
    r"self ?(?:harm|harming|harmed|injury|injuries|injure|injuring|mutilation|mutilate)",
    r"cutting (?:again|my (?:arms?|wrists?|legs?|thighs?|skin))",
    r"(?:slit|slice|slash|cut|open) (?:my|both) wrists?",
    r"jump(?:ing)? (?:off|from) (?:a|the|this|that|my) (?:bridge|building|roof|balcony|cliff"
    r"|tower|flat|window)",
    r"jump(?:ing)? in front of (?:a|the) (?:train|car|bus|truck|lorry|metro|tram|subway)",
    r"(?:take|taking|took|swallow|swallowing|swallowed) (?:all|a bottle of|a handful of|the whole"
    r" bottle of|the rest of) (?:of )?(?:my |the |those |these )?(?:pills|tablets|meds|medication)",
    r"(?:saving|stockpiling|hoarding|collecting) (?:up )?(?:my )?(?:pills|tablets|meds)",
    r"overdos(?:e|ed|es|ing)",
    # --- English: wanting to die or not to live. ---
    rf"(?:want|wants|wanted|wish|wishing|ready|deserve|hope|plan|planning) (?:to|2) {_EN_ADV}die",
    rf"wanna {_EN_ADV}die",
    rf"(?:hope|wish) (?:that )?i {_EN_ADV}(?:die|dont wake up|never wake up|wont wake up)",
    r"feel(?:ing)? like dying",
    r"(?:want|wants|wanted|wanna) (?:to )?(?:just )?be dead",
    r"(?:rather|better off) (?:be )?(?:dead|die)",
    rf"wish (?:i|id) (?:was|were|could|would|had) {_EN_ADV}(?:dead|die|never been born"
    rf"|not been born|disappear forever)",
    r"wish i (?:was|were) never born",
    r"wish i (?:didnt|did not|wouldnt|would not) (?:exist|wake up|live)",
    r"(?:dont|do not|no longer|never|dont even) (?:really )?(?:want|wanna|wish) (?:to )?(?:live"
    r"(?! (?:in|with|at|near|there|here|abroad|on|alone|together|by|next|far|close|forever|to"
    r"|until|like (?:my|them|him|her|that)))|be alive|exist|be here anymore(?! (?:at|in|with"
    r"|on|for))|go on|carry on|keep living|continue living|be around anymore)",
    r"(?:no|not (?:a|one|any)|nothing) (?:\w+ )?(?:reason|point|will) (?:in |to |for |of )?"
    r"(?:live|living|going on|being alive|existing|life)",
    r"nothing (?:left )?to live for",
    r"(?:lost|losing|no) (?:the |my |all |any )?will to live",
    r"(?:whats|what is) the point (?:of|in) (?:living|life|going on|being alive|existing)",
    r"(?:not|isnt|no longer|never) (?:\w+ )?worth living",
    r"(?:tired|sick|done) (?:of|with) (?:living|life|being alive|existing)",
    r"cant go on (?:living|anymore|like this)",
    r"(?:never|not|dont (?:want to|wanna)|wont) (?:\w+ )?(?:wake|waking) up",
    r"(?:better off|happier) without me",
    r"(?:be|were|are) (?:better|happier) without me",
    r"better off if i (?:(?:was|were) (?:gone|dead|not here|not around|never born)|(?:wasnt"
    r"|werent|was not|were not) (?:here|around|alive|born)|died|disappeared)",
    r"(?:miss|notice|care|matter|cry)(?: \w+){0,3} if i (?:died|was gone|were gone|was dead"
    r"|were dead|disappeared|wasnt here|werent here|killed myself)",
    # --- English: acute danger. ---
    r"(?:im|i am|we are|were) in (?:(?:acute|immediate|real) )?danger",
    r"(?:im|i am) not safe",
    r"(?:dont|do not) feel safe (?:at home|with|around|near|in my (?:own )?(?:home|house)|right"
    r" now|anymore)",
    r"(?:call|calling) (?:911|999|112)",
    # --- Dutch: zelfmoord and suicidaal (_SUICIDAL above already covers the Dutch spelling). ---
    rf"{_SUICIDE} ?(?:gedachten|gedachtes|neigingen|neiging|plannen|poging|pogingen|wens)",
    rf"poging tot {_SUICIDE}",
    rf"(?:denk|dacht|denken|nadenken|overweeg|overwoog|overwegen) (?:(?:er|vaak|soms|steeds|veel"
    rf"|weleens|wel eens|echt|serieus|de laatste tijd|aan|over|na|om) ){{0,4}}{_SUICIDE}",
    rf"{_IK} {_GAP3}{_SUICIDE} (?:te )?(?:plegen|doen)",
    rf"{_IK} pleeg {_GAP2}{_SUICIDE}",
    rf"pleeg {_IK} {_GAP2}{_SUICIDE}",
    # The bare word as a whole sentence ("Zelfmoord." or "suicide?") is a cry, not a topic.
    rf"(?<![a-z0-9] ){_SUICIDE}(?= \||$)",
    rf"{_SUICIDE} (?:wil|ga|zal|zou) {_IK} (?:\w+ )?plegen",
    r"levensmoe\w*|doodswens\w*|doodsverlangen\w*",
    # --- Dutch: ending one's life, by name or by method. ---
    r"(?:maak|maken) er (?:\w+ ){0,2}een eind(?:e)? aan",
    r"er (?:\w+ ){0,2}een eind(?:e)? aan (?:te )?(?:maken|maak)",
    rf"eind(?:e)? aan {_MIJN} (?:eigen )?leven",
    rf"{_MIJN} (?:eigen )?leven (?:te )?(?:beeindigen|beindigen|nemen)",
    rf"een punt (?:achter|aan) {_MIJN} leven",
    rf"(?:{_MEZELF}|me|zichzelf) (?:van kant (?:te )?maken|van het leven (?:te )?beroven"
    rf"|ophangen|op te hangen|opknopen|verdrinken|doodschieten|dood te schieten|vergiftigen"
    rf"|verhangen|doden|ombrengen|om te brengen)",
    r"uit het leven (?:te )?(?:stappen|stap|gaan)",
    rf"(?:hang|knoop|verhang) (?:{_IK} )?(?:{_MEZELF}|me) op",
    rf"schiet (?:{_IK} )?(?:{_MEZELF}|me) dood",
    rf"{_MIJN} (?:polsen|pols|aders) (?:door ?(?:te )?snijden|doorsnijd|doorgesneden|open)",
    r"(?:al|alle|al mijn|al mn|al die|een hele (?:strip|doos|pot)(?: met)?) (?:mijn |mn |de )?"
    r"(?:pillen|medicijnen|tabletten|slaappillen) (?:innemen|in te nemen|slikken|te slikken|nemen"
    r"|te nemen|ingenomen|geslikt)",
    rf"(?:neem|slik) (?:{_IK} )?(?:al|alle|al mijn|al mn|een hele (?:strip|doos|pot)(?: met)?)"
    rf" (?:mijn |mn |de )?(?:pillen|medicijnen|tabletten|slaappillen)",
    r"(?:voor|onder) (?:de|een) (?:trein|metro|tram|auto|vrachtwagen|bus) (?:te )?(?:springen"
    r"|spring|gaan liggen|lopen)",
    r"spring\w* (?:voor|onder) (?:de|een) (?:trein|metro|tram|auto|vrachtwagen|bus)",
    r"spring\w* (?:van|vanaf|af) (?:de|een|het|mijn|dat|die) (?:brug|flat|dak|balkon|gebouw"
    r"|toren)",
    r"(?:van|vanaf) (?:de|een|het|mijn) (?:brug|flat|dak|balkon|gebouw|toren) (?:af )?(?:te )?"
    r"spring\w*",
    r"overdosis",
    # --- Dutch: self-harm. No gap before the verb, so "mezelf nooit pijn doen" stays out. ---
    r"zelfbeschadiging|zelfverwonding|automutilatie|zelf ?beschadigen",
    rf"(?:{_MEZELF}|me|mij) (?:iets|wat) (?:aan ?doen|aan ?te doen|aandoet|aandoe|aangedaan)",
    rf"doe (?:{_IK} )?(?:{_MEZELF}|me) (?:iets|wat) aan",
    rf"{_MEZELF} (?:(?:weer|alweer|vaak|soms|expres|met opzet|echt) )?(?:snijden|snij|snijd"
    rf"|gesneden|krassen|kras|gekrast|pijn (?:te )?doen|pijn gedaan|beschadigen|beschadigd"
    rf"|verwonden|verwond|branden|gebrand)",
    rf"(?:snij|snijd|snijden|gesneden|kras|krassen|gekrast) in (?:{_MEZELF}|{_MIJN} (?:arm|armen"
    rf"|pols|polsen|been|benen|huid|lichaam|buik|dijen))",
    rf"in {_MIJN} (?:arm|armen|pols|polsen|benen|huid|dijen) (?:gesneden|gekrast|snijden|krassen"
    rf"|te snijden|te krassen)",
    rf"{_IK} (?:wil|ga|moet) (?:weer |alweer )?krassen(?! (?:op|van|aan|in de|in het|in een))",
    rf"{_IK} (?:heb|had) (?:weer |alweer |vaak )?gekrast(?! (?:op|aan|in de|in het|in een))",
    rf"{_IK} kras (?:weer|mezelf)",
    # --- Dutch: wanting to die or not to live. ---
    rf"(?:{_IK} (?:wil|will|wou|wilde)|(?:wil|wou|wilde) {_IK}) {_NL_ADV}(?:dood|doodgaan"
    rf"|dood gaan|sterven|dood zijn)",
    rf"(?:ben|was|zou) {_IK} (?:\w+ )?liever dood|{_IK} (?:ben|was|zou) (?:\w+ )?liever dood",
    rf"(?:wou|wilde|zou willen|hoop) dat {_IK} (?:er )?(?:niet meer (?:was|ben|besta|bestond"
    rf"|leefde|leef)|dood (?:was|ben|ga|ging)|nooit geboren (?:was|ben)|nooit was geboren)",
    rf"was {_IK} (?:er )?(?:maar|toch|gewoon) (?:\w+ )?(?:dood|niet meer|nooit geboren)",
    rf"(?:wil|wilde|wou|hoef|kan|ga|zou) {_GAP2}niet (?:meer|langer) (?:(?:zo|verder|te) )?"
    rf"(?:leven|bestaan|doorleven|door leven)(?! (?:in|van|als|naast|bij))",
    rf"(?:wil|wou|wilde|hoef|zou) {_GAP2}er (?:(?:gewoon|liever|echt) )?niet meer (?:zijn|te zijn"
    rf"|wezen)(?! (?:voor|om|op|bij|als|met|tijdens|vanavond|morgen))",
    r"(?:ben|was|zou) (?:\w+ )?er (?:\w+ )?liever niet(?: meer)?(?: zijn)?(?= \||$)",
    rf"{_IK} (?:wil|kan) (?:gewoon |echt |gewoon echt |echt gewoon )niet meer(?= \||$)",
    r"kan en wil (?:(?:gewoon|echt) )?niet meer(?= \||$)",
    r"zie (?:het|t) (?:\w+ ){0,2}niet meer zitten",
    r"(?:niet|nooit) meer wakker (?:worden|word|wordt|te worden)",
    r"(?:hoop|wil|wou|zou willen) (?:\w+ ){0,3}niet (?:meer )?wakker (?:worden|word|wordt"
    r"|te worden)",
    r"beter af zonder (?:mij|me)",
    r"(?:iedereen|ze|zij|jullie|de wereld|familie|niemand) (?:\w+ ){0,3}beter(?: af)? zonder"
    r" (?:mij|me)",
    rf"beter af (?:als|wanneer) {_IK} (?:er )?(?:niet meer|niet|dood)",
    rf"(?:niemand|beter|merken|missen|opvallen|schelen|boeien)(?: \w+){{0,5}} als {_IK}"
    rf" (?:(?:er )?(?:niet meer|dood) (?:was|ben|zou zijn|ga|ging|zou gaan)|verdween"
    rf"|zou verdwijnen|doodging)",
    r"geen (?:zin|reden|nut) (?:meer )?(?:om (?:nog )?(?:te leven|verder te (?:gaan|leven)|door"
    r" te gaan)|in (?:het |mijn |mn |)leven)",
    r"(?:het |mijn |mn |)leven (?:heeft|is) (?:\w+ ){0,2}(?:geen zin|zinloos|niet (?:meer )?de"
    r" moeite waard)",
    r"(?:niets|niks) (?:meer )?om (?:nog )?voor te leven",
    rf"waarom (?:zou|moet) {_IK} (?:(?:nog|eigenlijk) )?(?:leven|doorgaan|verder gaan"
    rf"|verder leven)",
    r"klaar met (?:het )?leven",
    # --- Dutch: acute danger. ---
    rf"{_IK} ben (?:niet (?:meer )?veilig|in (?:(?:acuut|direct|groot) )?gevaar)",
    rf"{_IK} voel me niet (?:meer )?veilig (?:thuis|bij|met|nu|hier|in)",
    r"(?:bel|bellen) (?:ik )?(?:112|911)|(?:112|911) (?:bellen|te bellen)",
)

# Apostrophes of every shape (straight, curly, modifier letters, accents) are dropped, so
# "don't" with any of them reads the same as "dont".
_APOSTROPHES = str.maketrans("", "", "'\u2018\u2019\u201b\u02bc\u02b9\u00b4\u0060\u2032")
# A zero-width space separates words; it must not glue "kill" and "myself" together.
_ZERO_WIDTH_SPACE = str.maketrans({"\u200b": " "})
# An ellipsis is a pause within a sentence ("I want to... die"), not a boundary.
_ELLIPSIS = re.compile(r"\.{2,}")
_BOUNDARY = re.compile(r"[.!?;:,\n\r()\[\]{}\"<>|]+")
_NOT_WORD = re.compile(r"[^a-z0-9| ]+")
_SPACES = re.compile(r" {2,}")
# Stretched letters: "dieeee", "doooood".
_STRETCH = re.compile(r"(.)\1{2,}")


def _normalise(text: str) -> str:
    """Plain lower-case ASCII words separated by single spaces, sentences by " | "."""
    text = unicodedata.normalize("NFKD", text).casefold()
    if not text.isascii():
        text = text.translate(_ZERO_WIDTH_SPACE)
        # Drop accents (combining marks) and invisible format characters (zero-width joiners,
        # soft hyphens, direction marks), so "suïcidaal" and "zelf\u00admoord" read plainly.
        text = "".join(c for c in text if unicodedata.category(c) not in ("Mn", "Cf"))
    text = text.translate(_APOSTROPHES)
    text = _ELLIPSIS.sub(" ", text)
    text = _BOUNDARY.sub(" | ", text)
    text = _NOT_WORD.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def _readings(text: str) -> list[str]:
    """The text as written, and with stretched letters shortened to two and to one."""
    if not _STRETCH.search(text):
        return [text]
    return [text, _STRETCH.sub(r"\1\1", text), _STRETCH.sub(r"\1", text)]


def is_crisis(text: str) -> bool:
    """True when the text signals suicidal thoughts, self-harm, a wish to die or acute danger."""
    return any(
        _CRISIS.search(_NOT_A_CRISIS.sub(" |", f" {reading}"))
        for reading in _readings(_normalise(text))
    )
