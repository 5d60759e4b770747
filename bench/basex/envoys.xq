(: U.S. chiefs of mission in post in Russia on 1934-01-01: credentials presented (started) by then,
   not yet ended. Dates may be partial ("1973-01"): compared as strings, a start padded to its first
   day and an end to its last, which is how Chancery reads a partial date. :)
let $day := '1934-01-01'
for $c in db:open('chancery_pocom', 'missions-countries/russia.xml')/country-mission/chiefs/chief
let $start := string($c/started/date)
let $end := string($c/ended/date)
where $start ne '' and $start le $day and ($end = '' or $end || '-99' ge $day)
return string($c/id)
