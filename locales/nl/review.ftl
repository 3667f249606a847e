review-title = review
review-intro = review (nl)
