kindness-title = a kind thing from today
record-kindness = kindness noticed
kindness-ask =
    Good evening. Here's today's short question.
    Think of something small: a nod, someone holding a door for you, a message. From anyone at all.
    What kind thing did you notice today, however small?
kindness-btn-nothing = Nothing today
kindness-noticed =
    "{ $kindness }"
    I'm glad you noticed that. Small things like that slip past so easily, and you caught one.
kindness-nothing = That's fine. Some days there's not much to see, or there's just no room for it. You don't have to find anything.
kindness-close = Have a good evening. I'm here whenever you like; type /menu if you want to talk some more.
kindness-btn-stop = No more evening questions
