reflection-title = reflection
reflection-intro = reflection (en)
