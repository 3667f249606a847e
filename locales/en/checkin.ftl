checkin-title = checkin
checkin-intro = checkin (en)
