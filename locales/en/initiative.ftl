initiative-title = initiative
initiative-intro = initiative (en)
