glossary-title = glossary
glossary-intro = glossary (en)
