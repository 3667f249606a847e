small_step-title = small_step
small_step-intro = small_step (nl)
