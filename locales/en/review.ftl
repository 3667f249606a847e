review-title = review
review-intro = review (en)
