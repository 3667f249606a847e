## The small step of the day. The small_step computation picks the steps themselves
## (small_step-step-<topic>-<n>); feel free to add more, in both languages, with the same number.

small_step-title = today's small step
record-small_step = small steps
small_step-show =
    Your small step for today:
    { $step }
    It doesn't have to be right now, and it doesn't have to be perfect. If this one doesn't suit you, just ask for another.
small_step-btn-done = Done
small_step-btn-later = Not today
small_step-btn-another = Another one
small_step-done = Good that you did it. Small things count, even when nobody else sees them.
small_step-later = That's fine. Some days there's no room for it, and that's allowed.

# Afraid to show yourself
small_step-step-vulnerability-1 = Send someone one honest sentence today about how you're really doing, instead of "I'm fine".
small_step-step-vulnerability-2 = If someone asks how you are today, mention one thing that's really true, even if it's small.
small_step-step-vulnerability-3 = Tell someone today what you're looking forward to or what you enjoy. Personal doesn't have to mean heavy.
small_step-step-vulnerability-4 = Write a message to someone you miss. You don't have to send it; writing it is enough for today.
small_step-step-vulnerability-5 = Ask someone for a small favour today, like a tip or their opinion. Asking shows something of you too.

# Thoughts that keep you small
small_step-step-beliefs-1 = Notice one moment today when someone is kind to you, and let it sink in for a second.
small_step-step-beliefs-2 = Catch yourself thinking something like "they must find me boring" today? Ask yourself: do I know this, or do I just think it?
small_step-step-beliefs-3 = For one disappointment today, think of two explanations other than "it's me".
small_step-step-beliefs-4 = Tonight, write down three small things that went well today between you and someone else.
small_step-step-beliefs-5 = If you get a compliment today, say "thank you" and let it stand, without brushing it off.

# Pulling away when it gets close
small_step-step-danger_pause-1 = Feel the urge to pull back today? Wait ten minutes before you act on it.
small_step-step-danger_pause-2 = Ask one question today at a moment when you'd normally draw your own conclusion, like "Is everything okay?"
small_step-step-danger_pause-3 = Don't leave a message that makes you nervous unanswered. A short reply is enough.
small_step-step-danger_pause-4 = Write down when you wanted to pull away today, and what you felt at that moment.
small_step-step-danger_pause-5 = About to say something sharp today? Say "pause" to yourself first and take three slow breaths.

# Stuck in your head
small_step-step-rumination-1 = Take two minutes today just to follow your breathing. Set a timer if it helps.
small_step-step-rumination-2 = Write down a thought that keeps coming back, and ask yourself: is it true, or does it just feel that way right now?
small_step-step-rumination-3 = Notice you're going round in circles? Step outside for a moment and name five things you can see.
small_step-step-rumination-4 = Pick a set quarter of an hour today for worrying. When a worry comes up at another time, kindly park it until then.
small_step-step-rumination-5 = Do one thing today with your full attention, like drinking your coffee or washing up, without your phone.

# Waiting for someone to come
small_step-step-initiative-1 = Look up one activity near you today, like a class, a choir or a walking group. Just looking it up is enough.
small_step-step-initiative-2 = Message someone today you haven't heard from in a while, without waiting for them to reach out first.
small_step-step-initiative-3 = Suggest a concrete plan to someone today: a walk or a coffee, with a day and a time.
small_step-step-initiative-4 = Put one moment in your calendar this week to go somewhere other people are.
small_step-step-initiative-5 = Ask someone today to come along to something you were planning to go to anyway.

# Looking for approval
small_step-step-validation-1 = Share something that really matters to you with one person today, instead of with everyone online.
small_step-step-validation-2 = Put your phone away for an hour today, and notice how you feel without likes or messages.
small_step-step-validation-3 = Say honestly what you think in a conversation today, even if you're not sure the other person will agree.
small_step-step-validation-4 = Write down three things that matter to you, whatever others might think of them.
small_step-step-validation-5 = Ask someone a follow-up question today about something they tell you, instead of watching how you come across.

# Old hurt
small_step-step-old_wounds-1 = Write down one moment today when you reacted more strongly than you wanted to. Just write it down; no need to solve anything.
small_step-step-old_wounds-2 = Look up today how you could see a GP, a counsellor or a coach near you. Looking it up commits you to nothing.
small_step-step-old_wounds-3 = If an old feeling stirs today, tell yourself: "This belongs to back then, and I'm here now."
small_step-step-old_wounds-4 = Tell someone you trust a small piece of something from your past, only if it feels right.
small_step-step-old_wounds-5 = Write down one question you'd like to ask a therapist or coach one day.

# Checking in with yourself
small_step-step-reflection-1 = Take ten minutes tonight to write down how you felt today.
small_step-step-reflection-2 = Stop three times today and ask yourself: what am I feeling right now? One word is enough.
small_step-step-reflection-3 = Notice one of your habits in conversations today, like quickly changing the subject or always saying you're fine.
small_step-step-reflection-4 = Tonight, write down the moment today when you felt most connected, and what made it so.
small_step-step-reflection-5 = After a conversation today, ask yourself: what did I need, and did I say it?

# Small contacts
small_step-step-community-1 = Greet a neighbour today, even if it's just a nod.
small_step-step-community-2 = Have a short chat today with someone you see often: at the bakery, at the bus stop or at work.
small_step-step-community-3 = Go today to a place you've been before, like the library or a café, and plan to go back once more this week.
small_step-step-community-4 = Remember the name of someone you meet today, and use it next time.
small_step-step-community-5 = Do something small for someone nearby today, like taking in a parcel or holding the door.
