glossary-title = glossary
glossary-intro = glossary (nl)
