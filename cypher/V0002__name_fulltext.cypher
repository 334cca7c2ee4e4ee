// Names are Japanese without word breaks. The cjk analyzer indexes character bigrams, so a
// two-character query such as 住基 finds 住基ネット and 既存住基システム and nothing else;
// the standard analyzers split into single characters and match any name sharing one kanji.
CREATE FULLTEXT INDEX name_fulltext IF NOT EXISTS
FOR (n:Organization|Department|Process|System|SystemType|PersonalInfoFile|DataItem|LegalBasis|Contractor)
ON EACH [n.name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
