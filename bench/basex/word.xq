(: dated timeline entries whose title or text contains the word "recognized", stemmed as Chancery's
   full-text search stems (Porter, English), as "slug:ordinal" :)
declare namespace tei = 'http://www.tei-c.org/ns/1.0';
for $doc in db:open('chancery_rdcr')
let $slug := replace(db:path($doc), '\.xml$', '')
for $d at $i in $doc//tei:div[@type = 'timeline']
where matches(string($d), '\d{4}') and $d contains text 'recognized' using stemming using language 'en'
return $slug || ':' || $i
