initiative-title = initiative
initiative-intro = initiative (nl)
