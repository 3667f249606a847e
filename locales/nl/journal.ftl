journal-title = journal
journal-intro = journal (nl)
