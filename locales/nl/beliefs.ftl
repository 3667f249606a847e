beliefs-title = beliefs
beliefs-intro = beliefs (nl)
