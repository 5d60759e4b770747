// Hover or tap a timeline mark: its date, title and quote appear in the caption under the picture.
document.querySelectorAll('.timeline .mark').forEach(function (mark) {
  function show(ev) {
    var caption = document.getElementById('caption');
    if (!caption) return;
    document.querySelectorAll('.timeline .mark.active').forEach(function (m) { m.classList.remove('active'); });
    mark.classList.add('active');
    caption.textContent = mark.dataset.date + ' — ' + mark.dataset.title + ': “' + mark.dataset.quote + '”';
    if (ev.type === 'click' && !mark.classList.contains('shown')) { ev.preventDefault(); mark.classList.add('shown'); }
  }
  mark.addEventListener('mouseenter', show);
  mark.addEventListener('focus', show);
  mark.addEventListener('click', show);
});
