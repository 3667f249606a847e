old_wounds-title = old_wounds
old_wounds-intro = old_wounds (en)
