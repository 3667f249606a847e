reflection-title = reflection
reflection-intro = reflection (nl)
