beliefs-title = beliefs
beliefs-intro = beliefs (en)
