## Mechanism 7: old wounds that keep working. How professional help works and how to find it.

old_wounds-title = old hurt and finding help
record-help_step = step towards help
old_wounds-intro = Sometimes you carry something from the past: a loss, a relationship that hurt, or a childhood where you learned to stay on your guard. You keep people at a distance, or find it hard to trust them. That isn't unwillingness: once, it was the safest way.
old_wounds-recognise = Does this sound familiar?
old_wounds-not-really = Then this may play less of a part for you, and that's good to know. There are other topics in the menu.
old_wounds-offer =
    You don't have to work on old hurt alone. I'm not a therapist, but I can tell you how professional help works and how to find it. Whether and when you do anything with it is up to you.
    If things are really bad right now, I can also show you straight away where to turn.
    What would you like?
old_wounds-btn-how = Tell me how it works
old_wounds-btn-now = I need help now
old_wounds-later = That's fine. It'll be waiting in the menu whenever you like.

old_wounds-how =
    A therapist or coach helps you see patterns that are hard to spot on your own, and helps painful experiences find their place. Not to erase your past, but so it steers you less.
    A psychologist or therapist is trained to work with mental health problems, including serious ones. A coach usually looks more at what you want to change now. Anyone can call themselves a coach, so do ask about their training and experience.
old_wounds-first-talk =
    A first session is mostly about getting to know each other. You say what's on your mind and what you hope for, and they ask questions. You don't need to prepare anything, or tell everything straight away.
    If it doesn't click, you're free to look for someone else. That's very normal, and a good fit really makes a difference.
    Would you like to know how to find help where you live?
old_wounds-btn-find = Yes, tell me

old_wounds-find =
    { $country ->
        [NL]
            In the Netherlands, you start with your GP (huisarts), who can think it through with you and refer you. Many practices also have a POH-GGZ: a practice nurse for mental health, who you can see for a few conversations at no cost.
            To see a psychologist or therapist in the GGZ (Dutch mental health care), covered by your health insurance, you need a referral from your GP. Your yearly excess (eigen risico) does apply.
        [BE]
            In Belgium, you can go to your GP (huisarts), who can think it through with you and refer you. You can also contact a CGG (Centrum voor Geestelijke Gezondheidszorg), a mental health centre, yourself.
            Or you can look for a first-line psychologist (eerstelijnspsycholoog): a psychologist for a limited number of sessions, at a reduced fee. You can get there through your GP, or contact one directly.
        [UK]
            In the UK, you start with your GP, who can think it through with you and refer you. In England you can also refer yourself to NHS Talking Therapies, for free sessions through the NHS, without a referral.
            If you live in Scotland, Wales or Northern Ireland, your GP will know the route there.
        [US]
            In the US, your primary care doctor is a good place to start. You can also look at your insurer's list of therapists, on their website or by phone.
            To find treatment near you, you can call the SAMHSA National Helpline on 1-800-662-4357. It's a free, confidential information line run by the US government, open 24/7.
       *[other] Almost everywhere, a GP or family doctor is a good place to start. They know what's available near you, and can help you further.
    }
old_wounds-what-now = You don't have to do anything with this now. What feels right at the moment?
old_wounds-btn-note = Note down a step
old_wounds-btn-think = I'll think about it
old_wounds-note = For example: "call my GP for an appointment", or "look up who works near me". What could be a first, small step for you?
old_wounds-noted =
    Your step: "{ $next_step }".
    { $consent ->
        [yes] I've kept it, so you can find it again later.
       *[other] I'm not keeping it, as you chose, so you might want to write it down somewhere.
    }
    When you take it is up to you. Later is fine too.
old_wounds-think = That's completely fine. You look for help when you're ready, and this explanation will still be here.

old_wounds-now =
    I'm glad you said so. If it's too heavy right now, you deserve help now, not later. You can talk to someone straight away:
    { $helplines }
    If you're in immediate danger, call { $emergency }.
old_wounds-now-after =
    I'll still be here afterwards. Take your time.
    What would you like to do now?
old_wounds-btn-back = Back to the explanation
old_wounds-btn-rest = Nothing for now
old_wounds-rest = Okay. Take good care of yourself. Type /menu whenever you want to come back.
