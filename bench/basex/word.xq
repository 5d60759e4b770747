(: dated timeline entries whose text contains the word "recognized", stemmed as Chancery's full-text
   search stems (Porter, English); written so that BaseX's stemmed full-text index answers it
   (contains text on text nodes), as "slug:ordinal" :)
declare namespace tei = 'http://www.tei-c.org/ns/1.0';
for $d in db:open('chancery_rdcr')//tei:div[@type = 'timeline'][.//text() contains text 'recognized' using stemming using language 'en']
where matches(string($d), '\d{4}')
return replace(db:path($d), '\.xml$', '') || ':' || (count($d/preceding::tei:div[@type = 'timeline']) + 1)
