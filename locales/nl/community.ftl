community-title = community
community-intro = community (nl)
