(: every event on 16 November across all years. BaseX can only read the day from the prose,
   with a regular expression over each entry's text; the record keeps no structured date for it.
   Entries whose head gives a year but whose prose names "November 16, <year of the head>" count. :)
declare namespace tei = 'http://www.tei-c.org/ns/1.0';
for $doc in db:open('chancery_rdcr')
let $slug := replace(db:path($doc), '\.xml$', '')
for $d at $i in $doc//tei:div[@type = 'timeline']
let $year := ($d/tei:head//tei:date/@when)[1]
where exists($year) and matches(string-join($d/tei:p, ' '), 'November\s+16,\s+' || substring($year, 1, 4))
return $slug || ':' || $i
