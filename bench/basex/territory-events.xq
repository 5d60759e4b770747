(: every dated rdcr timeline entry of one territory, in document order, as "slug:ordinal" :)
declare namespace tei = 'http://www.tei-c.org/ns/1.0';
for $d at $i in db:open('chancery_rdcr', 'russia.xml')//tei:div[@type = 'timeline']
where matches(string($d), '\d{4}')
return 'russia:' || $i
