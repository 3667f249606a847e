faq-title = faq
faq-intro = faq (en)
