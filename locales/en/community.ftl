community-title = community
community-intro = community (en)
