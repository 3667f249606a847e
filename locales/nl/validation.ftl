validation-title = validation
validation-intro = validation (nl)
