// The printable report's one script (GET /api/v1/me/report): its button prints the page, which
// also offers "Save as PDF" in every browser's print dialog.
document.getElementById('print')?.addEventListener('click', () => window.print());
