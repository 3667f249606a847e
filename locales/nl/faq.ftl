faq-title = faq
faq-intro = faq (nl)
