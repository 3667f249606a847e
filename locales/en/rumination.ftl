rumination-title = rumination
rumination-intro = rumination (en)
