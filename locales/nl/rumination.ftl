rumination-title = rumination
rumination-intro = rumination (nl)
