checkin-title = checkin
checkin-intro = checkin (nl)
