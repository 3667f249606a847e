journal-title = journal
journal-intro = journal (en)
