validation-title = validation
validation-intro = validation (en)
